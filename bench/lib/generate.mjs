// Deterministic article generator: real sentences from the corpora, arranged into paragraphs, with quotes
// and attributions at about the density of the dev set (one quote per 40-100 words), plus pathological
// inputs. The same corpora and seed always give the same text, so runs are comparable; each row's JSON
// carries a hash of its text to show when the corpora changed.
import { countWords } from './corpus.mjs'

/** mulberry32: a tiny, well-mixed 32-bit PRNG; enough for sampling, and identical on every platform. */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a, to derive a seed from a row name. */
export function seedFrom(str) {
  let h = 0x811c9dc5
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

// Fictional speakers. Russian entries carry the genitive (for «по словам …») and the gender, because the
// past-tense speech verb agrees with it (сказал / сказала).
const SPEAKERS = {
  en: [
    { name: 'Sarah Mitchell', role: 'the council leader', pron: 'she' },
    { name: 'David Okafor', role: 'a spokesman for the ministry', pron: 'he' },
    { name: 'Laura Jensen', role: 'the chief executive', pron: 'she' },
    { name: 'Peter Novak', role: 'the head of the union', pron: 'he' },
    { name: 'Amira Haddad', role: 'a senior analyst', pron: 'she' },
    { name: 'James Whitfield', role: 'the police chief', pron: 'he' },
  ],
  ru: [
    { name: 'Иван Петров', gen: 'Ивана Петрова', role: 'министр экономики', f: false },
    { name: 'Анна Смирнова', gen: 'Анны Смирновой', role: 'глава комитета', f: true },
    { name: 'Сергей Кузнецов', gen: 'Сергея Кузнецова', role: 'пресс-секретарь мэрии', f: false },
    { name: 'Мария Волкова', gen: 'Марии Волковой', role: 'директор института', f: true },
    { name: 'Дмитрий Орлов', gen: 'Дмитрия Орлова', role: 'губернатор области', f: false },
    { name: 'Елена Соколова', gen: 'Елены Соколовой', role: 'председатель профсоюза', f: true },
  ],
}

const EN_VERBS = ['said', 'told reporters', 'added', 'explained', 'warned', 'noted']
const RU_VERBS = ['сказал', 'заявил', 'отметил', 'добавил', 'подчеркнул', 'пояснил']

const pick = (rand, list) => list[Math.floor(rand() * list.length)]

/** Drops the final full stop so that the sentence can stand before «», —» or «,"». */
function body(s) {
  return s.replace(/[.…]+$/, '')
}

/** Lower-cases the first letter for reported speech, unless the first word looks like a name or acronym. */
function lowerFirst(s) {
  const first = s.split(/\s/, 1)[0]
  if (first.length > 1 && first === first.toUpperCase()) return s
  return s[0].toLowerCase() + s.slice(1)
}

/** One quote sentence (or two) with an attribution, in one of the forms found in real news. */
function quoteEn(rand, pools, prev) {
  const sp = pick(rand, SPEAKERS.en)
  const s1 = pick(rand, pools.plain)
  const s2 = pick(rand, pools.plain)
  const ends = /[?!]$/.test(s1)
  const close = ends ? `"${s1}"` : `"${body(s1)},"`
  switch (Math.floor(rand() * 7)) {
    case 0:
      return { text: `${close} ${sp.name} ${pick(rand, EN_VERBS)}.`, speaker: sp, form: 'quote, X verb' }
    case 1:
      return { text: `${close} said ${sp.name}, ${sp.role}.`, speaker: sp, form: 'quote, verb X, role' }
    case 2:
      return { text: `${sp.name} said: "${s1}"`, speaker: sp, form: 'X verb: quote' }
    case 3:
      return { text: `"${s1} ${body(s2)}," ${sp.name} said.`, speaker: sp, form: 'two sentences, X verb' }
    case 4:
      // A follow-up quote attributed by pronoun, the way articles continue a speaker.
      if (prev) return { text: `${close} ${prev.pron} added.`, speaker: prev, form: 'pronoun follow-up' }
      return { text: `${close} ${sp.name} added.`, speaker: sp, form: 'quote, X verb' }
    case 5:
      return { text: `${sp.name} said that ${lowerFirst(s1)}`, speaker: sp, form: 'X verb that (reported)' }
    default:
      return {
        text: `According to ${sp.name}, ${lowerFirst(s1)}`,
        speaker: sp,
        form: 'according to X (reported)',
      }
  }
}

function quoteRu(rand, pools, prev) {
  const sp = pick(rand, SPEAKERS.ru)
  const verb = (who) => pick(rand, RU_VERBS) + (who.f ? 'а' : '')
  const s1 = pick(rand, pools.plain)
  const s2 = pick(rand, pools.plain)
  const close = /[?!]$/.test(s1) ? `«${s1}» —` : `«${body(s1)}», —`
  switch (Math.floor(rand() * 7)) {
    case 0:
      return { text: `${close} ${verb(sp)} ${sp.name}.`, speaker: sp, form: 'quote, verb X' }
    case 1:
      return { text: `${close} ${verb(sp)} ${sp.role} ${sp.name}.`, speaker: sp, form: 'quote, verb role X' }
    case 2:
      return { text: `${sp.name} ${verb(sp)}: «${body(s1)}».`, speaker: sp, form: 'X verb: quote' }
    case 3:
      return {
        text: `«${s1} ${body(s2)}», — ${verb(sp)} ${sp.name}.`,
        speaker: sp,
        form: 'two sentences, verb X',
      }
    case 4:
      if (prev)
        return {
          text: `${close} ${verb(prev)} ${prev.f ? 'она' : 'он'}.`,
          speaker: prev,
          form: 'pronoun follow-up',
        }
      return { text: `${close} ${verb(sp)} ${sp.name}.`, speaker: sp, form: 'quote, verb X' }
    case 5:
      return {
        text: `${sp.name} ${verb(sp)}, что ${lowerFirst(s1)}`,
        speaker: sp,
        form: 'X verb that (reported)',
      }
    default:
      return {
        text: `По словам ${sp.gen}, ${lowerFirst(s1)}`,
        speaker: sp,
        form: 'according to X (reported)',
      }
  }
}

/** A section heading: the first words of a real sentence, capitalised, without closing punctuation. */
function heading(rand, pools) {
  const words = pick(rand, pools.plain)
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .split(/\s+/)
    .filter(Boolean)
  const n = 3 + Math.floor(rand() * 4)
  const h = words.slice(0, n).join(' ')
  return h[0].toUpperCase() + h.slice(1)
}

/**
 * Generates an article of at least `words` words (stopping at the first paragraph boundary after it).
 * Paragraphs hold 1-4 sentences; about one in eight is a journalist's own quoted line from the corpus,
 * about a third of the others carry one synthetic quote; a heading opens a section every 8-14 paragraphs.
 */
export function generateArticle(options) {
  return generateWithQuotes(options).text
}

/**
 * `generateArticle`, with where each synthetic quotation and its attribution stand in the text and who says
 * it: `quotes` of { start, end, speaker, form }, `form` naming the construction ("X verb: quote", "pronoun
 * follow-up"…). The speaker of a pronoun follow-up is the previous synthetic speaker, which the sentences drawn
 * in between may contradict: read that form's figures with care.
 */
export function generateWithQuotes({ lang, words, pools, seed }) {
  const rand = mulberry32(seed)
  const quotes = []
  const makeQuote = lang === 'ru' ? quoteRu : quoteEn
  const paragraphs = []
  let total = 0
  let prev = null
  let nextHeading = 8 + Math.floor(rand() * 7)
  while (total < words) {
    let para
    if (paragraphs.length === nextHeading) {
      para = heading(rand, pools)
      nextHeading += 8 + Math.floor(rand() * 7)
      prev = null
    } else if (pools.quoted.length > 0 && rand() < 0.12) {
      para = pick(rand, pools.quoted)
      prev = null
    } else {
      const n = 1 + Math.floor(rand() * 4)
      const sentences = []
      const quoteAt = rand() < 0.35 ? Math.floor(rand() * n) : -1
      for (let i = 0; i < n; i++) {
        if (i === quoteAt) {
          const q = makeQuote(rand, pools, prev)
          // Offsets are fixed below, once the paragraph's place in the text is known.
          const inParagraph = sentences.reduce((sum, x) => sum + x.length + 1, 0)
          quotes.push({
            paragraph: paragraphs.length,
            inParagraph,
            length: q.text.length,
            speaker: q.speaker.name,
            form: q.form,
          })
          sentences.push(q.text)
          prev = q.speaker
        } else {
          sentences.push(pick(rand, pools.plain))
        }
      }
      para = sentences.join(' ')
    }
    paragraphs.push(para)
    total += countWords(para)
  }
  const paragraphStart = [0]
  for (const p of paragraphs) paragraphStart.push((paragraphStart.at(-1) ?? 0) + p.length + 1)
  return {
    text: paragraphs.join('\n'),
    quotes: quotes.map((q) => {
      const start = (paragraphStart[q.paragraph] ?? 0) + q.inParagraph
      return { start, end: start + q.length, speaker: q.speaker, form: q.form }
    }),
  }
}

/**
 * Inputs built to find superlinear paths: runs of one character that scanners may treat as openers or
 * separators, one very long line (no paragraph breaks), long text without sentence punctuation, and a quotation
 * left open over a run of blank lines (until 0.2.23 each break looked ahead to its closing mark: 100,000 lines
 * took minutes).
 * `scale` is 1 for the full size and 0.1 for the reference size the exponent is measured against.
 */
export const PATHOLOGICAL = [
  { id: 'run «', describe: (n) => `${n.toLocaleString('en')} «`, make: (n) => '«'.repeat(n), size: 50_000 },
  { id: 'run "', describe: (n) => `${n.toLocaleString('en')} "`, make: (n) => '"'.repeat(n), size: 50_000 },
  { id: 'run —', describe: (n) => `${n.toLocaleString('en')} —`, make: (n) => '—'.repeat(n), size: 50_000 },
  {
    id: 'unclosed «',
    describe: (n) => `${n.toLocaleString('en')} × "«слово "`,
    make: (n) => '«слово '.repeat(n),
    size: 50_000,
  },
  {
    id: 'dash lines',
    describe: (n) => `${n.toLocaleString('en')} dialogue lines`,
    make: (n) => '— Да, — сказал он.\n'.repeat(n),
    size: 20_000,
  },
  {
    id: 'blank lines',
    describe: (n) => `« open over ${n.toLocaleString('en')} blank lines`,
    make: (n) => `«Слово${'\n'.repeat(n)}конец», — сказал он.`,
    size: 100_000,
  },
  {
    id: 'one line',
    describe: (n) => `one ${n.toLocaleString('en')}-char line`,
    make: (n, ctx) => cut(ctx.prose.en.replace(/\n/g, ' '), n),
    size: 100_000,
  },
  {
    id: 'no punct',
    describe: (n) => `${n.toLocaleString('en')} words, no punctuation`,
    make: (n, ctx) => firstWords(ctx.prose.ru.replace(/[^\p{L}\p{N}\s]/gu, ' '), n),
    size: 100_000,
  },
]

/** The first `n` characters, cut back to a word boundary. */
function cut(text, n) {
  const s = text.slice(0, n)
  const space = s.lastIndexOf(' ')
  return space > n * 0.9 ? s.slice(0, space) : s
}

function firstWords(text, n) {
  return text.split(/\s+/).filter(Boolean).slice(0, n).join(' ')
}
