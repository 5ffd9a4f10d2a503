import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Lexicon } from '../../src/engine/lang'
import { lexicons } from '../../src/engine/lang/index'
import { eligibleSentences } from '../../src/engine/summary/eligible'
import { extractKeywords } from '../../src/engine/summary/keywords'
import { Vocabulary } from '../../src/engine/summary/terms'
import { buildDocument, type Document } from '../../src/engine/text/document'
import type { Token } from '../../src/engine/text/tokens'
import type { Language } from '../../src/engine/types'

// The definition of the keywords, written plainly: entries in a Map keyed by stem strings ("ким чен ын" for a
// name), made at the first occurrence, in Map order. extractKeywords keys a trie by interned stems and makes an
// entry only at a term's second occurrence; it must give the same answer.
interface Entry {
  forms: string[]
  formCounts: number[]
  count: number
  name: boolean
  firstSeen: number
}

function reference(doc: Document, lex: Lexicon, eligible: ArrayLike<number>): string[] {
  const v = new Vocabulary(doc, lex)
  const midCapital = new Set<string>()
  for (const s of doc.sentences)
    for (let k = 1; k < s.tokens.length; k++)
      if (s.tokens[k]?.capitalized) midCapital.add(s.tokens[k]?.lower ?? '')
  const entries = new Map<string, Entry>()
  let seen = 0
  const add = (key: string, form: string, name: boolean, weight: number) => {
    let e = entries.get(key)
    if (!e) {
      e = { forms: [], formCounts: [], count: 0, name, firstSeen: seen++ }
      entries.set(key, e)
    }
    e.count += weight
    const k = e.forms.indexOf(form)
    if (k < 0) {
      e.forms.push(form)
      e.formCounts.push(1)
    } else e.formCounts[k] = (e.formCounts[k] as number) + 1
  }
  for (const s of doc.sentences) {
    const para = doc.paragraphs[s.paragraph]
    if (!eligible[s.index] && !para?.heading && !para?.title) continue
    const tokens = s.tokens
    const at = v.factsOf(s)
    let i = 0
    while (i < tokens.length) {
      let n = 0
      while (n < 6 && i + n < tokens.length) {
        const t = tokens[i + n] as Token
        if (!t.capitalized || lex.stopWords.has(t.lower) || /^\d/.test(t.lower)) break
        if (n > 0 && t.start - (tokens[i + n - 1] as Token).end !== 1) break
        if (i + n === 0 && !midCapital.has(t.lower)) break
        n++
      }
      if (n > 0) {
        const stems = tokens.slice(i, i + n).map((_, j) => v.factsAt(at + i + j).stem.text)
        for (let len = 1; len <= Math.min(3, n); len++) {
          for (let a = 0; a + len <= n; a++) {
            const form = doc.text.slice(
              (tokens[i + a] as Token).start,
              (tokens[i + a + len - 1] as Token).end,
            )
            if (form.length > 1)
              add(
                stems.slice(a, a + len).join(' '),
                lex.language === 'en' ? form.replace(/['’]s?$/u, '') : form,
                true,
                2,
              )
          }
        }
        i += n
        continue
      }
      const t = tokens[i] as Token
      const f = v.factsAt(at + i)
      i++
      if (!t.capitalized && f.keyword) add(f.stem.text, f.norm, false, 1)
    }
  }
  const multi = [...entries].filter(([k, e]) => e.name && k.includes(' ')).map(([k]) => k)
  for (const k of multi) if ((entries.get(k)?.count ?? 0) < 4) entries.delete(k)
  for (const k of multi) {
    const e = entries.get(k)
    if (!e) continue
    const parts = k.split(' ')
    for (let len = 1; len < parts.length; len++)
      for (let a = 0; a + len <= parts.length; a++) {
        const sub = parts.slice(a, a + len).join(' ')
        const se = entries.get(sub)
        if (se?.name && se !== e && se.count <= e.count) entries.delete(sub)
      }
  }
  const byEdge = new Map<string, Entry>()
  for (const [key, e] of entries) {
    if (!e.name || !key.includes(' ')) continue
    for (const edge of [key.slice(0, key.indexOf(' ')), key.slice(key.lastIndexOf(' ') + 1)]) {
      const other = byEdge.get(edge)
      if (!other || e.count > other.count) byEdge.set(edge, e)
    }
  }
  for (const [key, e] of entries) {
    if (!e.name || key.includes(' ')) continue
    const longer = byEdge.get(key)
    if (!longer) continue
    longer.count += e.count
    entries.delete(key)
  }
  return [...entries.values()]
    .filter((e) => e.count >= 2)
    .sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen)
    .slice(0, 10)
    .map((e) => bestForm(e, lex.language))
}

function bestForm(e: Entry, language: Language): string {
  let best = ''
  let bestCount = -1
  e.forms.forEach((form, k) => {
    const n = e.formCounts[k] as number
    if (n > bestCount || (n === bestCount && form.length < best.length)) {
      best = form
      bestCount = n
    }
  })
  if (language !== 'ru' && language !== 'uk') return best
  let pick = best
  e.forms.forEach((form, k) => {
    if ((e.formCounts[k] as number) * 3 < bestCount) return
    if (form.length < pick.length || (form.length === pick.length && rank(form) < rank(pick))) pick = form
  })
  if (!e.name || pick.includes(' ')) return pick
  if (language === 'ru') {
    if (/[иИ][иИ]$/u.test(pick)) return `${pick.slice(0, -1)}я`
    if (pick.length > 4 && /[^аеёиоуыэюя]ы$/iu.test(pick)) return `${pick.slice(0, -1)}а`
  } else if (/[іІ][їЇ]$/u.test(pick)) return `${pick.slice(0, -1)}я`
  return pick
}

function rank(form: string): number {
  const last = form.at(-1)?.toLowerCase() ?? ''
  if ('ая'.includes(last) || !'аеёиіїоуыэюяєь'.includes(last)) return 0
  if ('ыиіуюї'.includes(last)) return 2
  return 1
}

const WORDS: Record<'ru' | 'en', string[]> = {
  ru: [
    'Путин',
    'Путина',
    // More written forms of one stem than an entry searches linearly (MAX_LINEAR_FORMS).
    'Путину',
    'Путиным',
    'Путине',
    'ПУТИН',
    'ПУТИНА',
    'ПУТИНУ',
    'ПУТИНЫМ',
    'ПУТИНЕ',
    'переговорами',
    'переговорам',
    'Владимир',
    'Ким',
    'Чен',
    'Ын',
    'России',
    'Россия',
    'Москвы',
    'КНДР',
    'переговоры',
    'переговоров',
    'парад',
    'парада',
    'экономика',
    'двусторонних',
    'заявил',
    'в',
    'и',
    'он',
    'В',
    '2025',
    'Си',
  ],
  en: [
    'Clinton',
    "Clinton's",
    'Clinton’s',
    'Hillary',
    'Trump',
    'Donald',
    'U',
    'S',
    'budget',
    'budgets',
    'council',
    'approved',
    'said',
    'the',
    'The',
    'He',
    'of',
    'Monday',
    '2025',
  ],
}
const GLUE = [' ', ' ', ' ', ', ', '. ', '.\n', '\n\n', ' «', '» ', ': ']

describe('keywords', () => {
  it('count every written form of a name seen in more forms than are searched linearly', () => {
    const lex = lexicons.ru
    const forms = ['Путин', 'Путина', 'Путину', 'Путиным', 'Путине', 'ПУТИН', 'ПУТИНА', 'ПУТИНУ', 'ПУТИНЫМ']
    const text = [
      ...forms.map((f) => `Вчера ${f} приехал в город.`),
      ...Array.from({ length: 6 }, () => 'Вчера ПУТИНЕ звонили из города.'),
    ].join(' ')
    const doc = buildDocument(text, 'ru')
    const eligible = eligibleSentences(doc, lex)
    const keywords = extractKeywords(doc, lex, eligible)
    expect(keywords).toContain('ПУТИНЕ')
    expect(keywords).toEqual(reference(doc, lex, eligible))
  })

  for (const language of ['ru', 'en'] as const) {
    it(`equal the plain definition on any mix of names, terms and punctuation (${language})`, () => {
      const lex = lexicons[language]
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...WORDS[language]), fc.constantFrom(...GLUE)), {
            maxLength: 120,
          }),
          (pairs) => {
            const doc = buildDocument(pairs.map(([w, g]) => w + g).join(''), language)
            const eligible = eligibleSentences(doc, lex)
            expect(extractKeywords(doc, lex, eligible)).toEqual(reference(doc, lex, eligible))
          },
        ),
        { numRuns: 400 },
      )
    })
  }
})
