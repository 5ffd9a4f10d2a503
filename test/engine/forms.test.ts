import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/engine/lang/index'
import {
  agencyOfForm,
  beginArticle,
  countryOfForm,
  FORM_AGENCY,
  FORM_NEVER_NAME,
  FORM_PREPOSITION,
  FORM_VERB,
  formOf,
  roleOfForm,
} from '../../src/engine/speakers/forms'
import { vocabularyOf } from '../../src/engine/speakers/vocabulary'

// Word forms carry the lexicon's answers about them, looked up once per form: the mention reader's questions
// must get the same answers as the lexicon's own sets would give.
describe('word forms', () => {
  const ru = vocabularyOf(lexicons.ru)
  const en = vocabularyOf(lexicons.en)

  it('are shared by every word written alike', () => {
    expect(formOf(ru, 'сказал')).toBe(formOf(ru, 'сказал'))
  })

  it('carry the lexicon classes as bits', () => {
    expect(formOf(ru, 'заявил').flags & FORM_VERB).not.toBe(0)
    expect(formOf(ru, 'заявил').flags & FORM_NEVER_NAME).not.toBe(0)
    expect(formOf(ru, 'в').flags & FORM_PREPOSITION).not.toBe(0)
    expect(formOf(ru, 'тасс').flags & FORM_AGENCY).not.toBe(0)
    expect(formOf(ru, 'путин').flags & (FORM_VERB | FORM_NEVER_NAME | FORM_AGENCY)).toBe(0)
    expect(formOf(en, 'said').flags & FORM_VERB).not.toBe(0)
  })

  it('resolve pronouns, French inversions included', () => {
    expect(formOf(ru, 'она').pronoun).toBeDefined()
    expect(formOf(vocabularyOf(lexicons.fr), 'a-t-il').pronoun).toBeDefined()
    expect(formOf(ru, 'стол').pronoun).toBeUndefined()
  })

  it('answer roles, countries and agency case forms when first asked', () => {
    const f = formOf(ru, 'президента')
    expect(f.role).toBeUndefined()
    expect(roleOfForm(ru, f)).toBe('президент')
    expect(f.role).toBe('президент')
    expect(countryOfForm(ru, formOf(ru, 'российский'))).not.toBeNull()
    expect(countryOfForm(ru, formOf(ru, 'стол'))).toBeNull()
    // «Интерфаксу»: a case form of a listed agency.
    expect(agencyOfForm(ru, formOf(ru, 'интерфаксу'))).toBe(true)
    expect(agencyOfForm(en, formOf(en, 'reutersx'))).toBe(false)
  })

  it('are no role when a verb is made on the role word’s stem (управлял, судил; uk судить), its case forms are', () => {
    const uk = vocabularyOf(lexicons.uk)
    for (const verb of ['управлял', 'судил', 'судит', 'судили'])
      expect(roleOfForm(ru, formOf(ru, verb))).toBeNull()
    expect(roleOfForm(uk, formOf(uk, 'судить'))).toBeNull()
    for (const noun of ['судом', 'судье', 'водителя', 'председателем', 'жителям'])
      expect(roleOfForm(ru, formOf(ru, noun))).not.toBeNull()
    for (const noun of ['суддя', 'судді', 'адвокатові', 'депутатів'])
      expect(roleOfForm(uk, formOf(uk, noun))).not.toBeNull()
  })

  it('are forgotten only between articles, past a bound', () => {
    const v = vocabularyOf(lexicons.es)
    for (let i = 0; i < 50_000; i++) formOf(v, `palabra${i}`)
    expect(v.forms.size).toBeGreaterThanOrEqual(50_000)
    beginArticle(v)
    expect(v.forms.size).toBe(0)
  })
})

describe('what a verb of saying shows of its subject (ru, uk)', () => {
  it('present-tense plurals and short adjectives show the plural, -на the feminine, the singular nothing', () => {
    const ru = lexicons.ru.speech.verbs
    expect([
      ru.get('говорят'),
      ru.get('пишут'),
      ru.get('уверены'),
      ru.get('уверена'),
      ru.get('говорит'),
    ]).toEqual(['p', 'p', 'p', 'f', null])
    const uk = lexicons.uk.speech.verbs
    expect([uk.get('кажуть'), uk.get('пишуть'), uk.get('впевнена'), uk.get('каже')]).toEqual([
      'p',
      'p',
      'f',
      null,
    ])
  })
})
