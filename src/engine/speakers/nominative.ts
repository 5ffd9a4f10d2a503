import type { Agreement, NameInflection } from '../lang/speech'

/**
 * Russian and Ukrainian names back to the nominative (Путина → Путин, Ким Чен Ына → Ким Чен Ын, Михайла
 * Кривошея → Михайло Кривошей, Ольги → Ольга). Suffix rules by gender; a form the article itself uses in
 * the nominative always wins over a rule (the caller checks attested forms first).
 */
export function nominativeWord(word: string, gender: Agreement, inflection: NameInflection): string {
  const lower = word.toLowerCase()
  const cased = (s: string) => matchCase(word, s)
  if (gender === 'f') {
    for (const [from, to] of FEMININE)
      if (lower.endsWith(from) && lower.length >= from.length + 2)
        return cased(lower.slice(0, -from.length) + to)
    return word
  }
  // Masculine (or unknown): a consonant stem with a case ending.
  for (const [from, to] of MASCULINE) {
    if (!lower.endsWith(from) || lower.length < from.length + 2) continue
    const stem = lower.slice(0, -from.length)
    // Игоря → Игорь, but no name in -аь: Николая is Николай's (and rules ['ея', 'ей'] and ['ія', 'ій'] above).
    if ((to === '' || to === 'ь') && !isConsonant(stem.at(-1))) continue
    if (inflection.vowelFinalMaleNames.has(`${stem}о`)) return cased(`${stem}о`)
    // Surnames in -енко (Петренка, Шевченку, Коваленком → Петренко, Шевченко, Коваленко): no name ends in -енк.
    if (to === '' && stem.endsWith('енк')) return cased(`${stem}о`)
    return cased(stem + to)
  }
  return word
}

// Longest endings first. Instrumental -ым/-им only after a consonant stem.
const MASCULINE: readonly [string, string][] = [
  ['ого', 'ий'],
  ['ему', 'ий'],
  ['ея', 'ей'],
  ['ею', 'ей'],
  ['ія', 'ій'],
  ['ия', 'ий'],
  ['ові', ''],
  ['еві', ''],
  ['ым', ''],
  ['ом', ''],
  ['ем', ''],
  ['а', ''],
  ['у', ''],
  ['ю', 'ь'],
  ['я', 'ь'],
]

const FEMININE: readonly [string, string][] = [
  ['ской', 'ская'],
  ['цкой', 'цкая'],
  ['ою', 'а'],
  ['ой', 'а'],
  ['ей', 'я'],
  ['ую', 'ая'],
  ['ії', 'ія'],
  ['ии', 'ия'],
  ['ої', 'а'],
  ['ы', 'а'],
  ['и', 'а'],
  ['у', 'а'],
  ['ю', 'я'],
  ['е', 'а'],
  ['і', 'а'],
]

const CONSONANTS = new Set('бвгґджзйклмнпрстфхцчшщ')

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && CONSONANTS.has(ch)
}

function matchCase(model: string, lower: string): string {
  if (model === model.toUpperCase() && model.length > 1) return lower.charAt(0).toUpperCase() + lower.slice(1)
  return model.charAt(0) + lower.slice(1)
}

/** Whether a word looks like an oblique feminine form of a name (Ольги, Галяминой, Ольгою). */
export function looksFeminineOblique(lower: string): boolean {
  return /(?:ою|ой|ої|ую)$/.test(lower) || /[^аеиоуыэюяіїє][иы]$/.test(lower)
}

/** Whether a word looks like a nominative feminine name (Ольга, Юлия, Ганна). */
export function looksFeminineNominative(lower: string): boolean {
  return /(?:[^и]а|ия|ія|я)$/.test(lower)
}

export function isPatronymic(lower: string, inflection: NameInflection): boolean {
  for (const e of inflection.patronymicEndings) {
    const i = lower.lastIndexOf(e)
    if (i > 0 && lower.length - i - e.length <= 2) return true
  }
  return false
}

/**
 * A patronymic in the nominative from its vocative, which Ukrainian declines («Леонтійовичу» → «Леонтійович»,
 * «Петрівно» → «Петрівна»); a Russian address is in the nominative already. Other forms are returned as written.
 */
export function patronymicNominative(written: string): string {
  if (written.endsWith('ичу')) return written.slice(0, -1)
  if (written.endsWith('вно')) return `${written.slice(0, -1)}а`
  return written
}

/**
 * The nominative of a description's head word written in another case, from the lexicon's `headNominatives`
 * («пресс-службе» → «пресс-служба», «Министерстве» → «Министерство», «гравця» → «гравець»), or null when the
 * lexicon has none for its stem or the word is more than the stem and a case ending («представительница»).
 */
export function headNominative(written: string, stem: string, inflection: NameInflection): string | null {
  const nominative = inflection.headNominatives.get(stem)
  if (nominative === undefined) return null
  const lower = written.toLowerCase()
  const at = stemStart(lower, stem)
  if (at < 0 || lower.length - at - stem.length > MAX_CASE_ENDING) return null
  const stemWritten = written.slice(at, at + stem.length)
  const word = nominative.startsWith(stem)
    ? stemWritten + nominative.slice(stem.length)
    : matchCase(stemWritten, nominative)
  return written.slice(0, at) + word
}

/**
 * The nominative of a feminine noun made from a role's stem with a suffix («соседки», «сусідку», «жителька»,
 * «очевидицы» of the stems сосед, сусід, жител, очевид): the stem, the suffix and -а (-я after a Ukrainian -иц), or
 * null when the word is not the stem, one of those suffixes and a case ending. Without it the head would lose its -а
 * as a masculine genitive does («мэра» → мэр), and «соседка» be shown as «соседк».
 */
export function derivedFeminineNominative(written: string, stem: string): string | null {
  const lower = written.toLowerCase()
  const at = stemStart(lower, stem)
  if (at < 0) return null
  const derived = /^(?:(ь?к)(?:а|и|ы|у|ой|ою|е|і)|(иц)(а|и|ы|у|ой|ою|е)|(иц)(?:я|і|ю|ею))$/.exec(
    lower.slice(at + stem.length),
  )
  if (!derived) return null
  // (Not -ці, which is the Ukrainian dative of -ка, «сусідці», but as often a plural of -ець, «очевидці».)
  const suffix = derived[1] ?? derived[2] ?? derived[4]
  return `${written.slice(0, at + stem.length)}${suffix}${derived[4] ? 'я' : 'а'}`
}

/** Where a role's stem starts in a lower-case word: at its start or after a hyphen («экс-министра»); else -1. */
function stemStart(lower: string, stem: string): number {
  const at = lower.indexOf(stem)
  return at < 0 || (at > 0 && lower[at - 1] !== '-') ? -1 : at
}

/** What a noun's nominative can end in where its stem ends: nothing (Газпром), а, я, ь, о. */
export const NOMINATIVE_ENDINGS: readonly string[] = ['', 'а', 'я', 'ь', 'о']

/**
 * One declined word of an organisation's name in marks back to the nominative, by its ending: a masculine stem's
 * case endings go («Газпрома», «Газпроме», «Газпромом» → Газпром); a feminine genitive comes back («Почты» →
 * Почта, «Роснефти» → Роснефть, «Магнолии» → Магнолия). Ukrainian -і (Нафтогазі, Укрпошті) and Russian dative -е
 * after a feminine (Почте) cannot be told apart: -і is kept, -е read as masculine, the more common.
 */
export function titledNominative(written: string): string {
  const lower = written.toLowerCase()
  if (lower.length < 4) return written
  let out: string | null = null
  if (/[бвгджзклмнпрстфхцчшщ](?:ом|ові|а|у|е)$/.test(lower)) out = lower.replace(/(?:ом|ові|а|у|е)$/, '')
  else if (/ии$/.test(lower)) out = `${lower.slice(0, -2)}ия`
  else if (/[кгхжшчщ]и$/.test(lower) || /[бвдзлмнпрстфц]ы$/.test(lower)) out = `${lower.slice(0, -1)}а`
  else if (/[бвдзлмнпрстфц]и$/.test(lower)) out = `${lower.slice(0, -1)}ь`
  return out === null ? written : written.slice(0, 1) + out.slice(1)
}

/** The longest case ending of a Russian or Ukrainian noun («-ами», «-ями»). */
const MAX_CASE_ENDING = 3

/**
 * An institution's name back to the nominative: "Саратовского гарнизонного военного суда" → "Саратовский
 * гарнизонный военный суд", "городской администрации" → "городская администрация". The head noun's ending
 * tells the gender; the adjectives before it follow. A head whose nominative the lexicon gives (`head`, from
 * headNominative) is written so, and its gender is that form's: "Главном управлении" → "Главное управление".
 */
export function nominativePhrase(
  words: string[],
  head?: { nominative: string; neuterAdjective: string },
): string {
  const written = (words.at(-1) ?? '').toLowerCase()
  const neuter = head !== undefined && /(?:о|е|є|ння)$/.test(head.nominative)
  const feminine = head
    ? !neuter && /[ая]$/.test(head.nominative)
    : /(?:ии|ії|ы|и|і|ой|ою)$/.test(written) && !/(?:ого|ому)$/.test(written)
  return words
    .map((w, k) => {
      const lower = w.toLowerCase()
      let out = lower
      if (k === words.length - 1 && head) return head.nominative
      if (neuter) out = lower.replace(/(?:ого|ому|ом|ым|им|ім)$/, head.neuterAdjective)
      else if (k === words.length - 1) {
        if (feminine)
          out = lower
            .replace(/(?:ии)$/, 'ия')
            .replace(/(?:ії)$/, 'ія')
            .replace(/(?:ы|ой|ою)$/, 'а')
            .replace(/(?:и|і)$/, 'а')
        else out = lower.replace(/(?:ом|ем|у|а|е|і)$/, '')
      } else if (feminine) out = lower.replace(/(?:ой|ою|ої|ей)$/, 'ая')
      else
        out = lower
          .replace(/([кгхжшчщ])(?:ого|ому|им|ом)$/, '$1ий')
          .replace(/н(?:его|ему)$/, 'ний')
          .replace(/(?:ого|ому|ым|ом)$/, 'ый')
      return w.charAt(0) === w.charAt(0).toUpperCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out
    })
    .join(' ')
}
