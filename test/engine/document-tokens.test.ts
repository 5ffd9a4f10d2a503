import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../src/engine/text/document'
import { tokenize } from '../../src/engine/text/tokens'

// The tokenizer scans char codes against a table of character classes (text/chars.ts) for speed; it must find
// exactly the words of the regex it replaced, cut at the end of the range, with the same lower-case and
// capitalisation. This reference is that regex.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu

function reference(text: string, start: number, end: number) {
  const out: { start: number; end: number; text: string; lower: string; capitalized: boolean }[] = []
  WORD.lastIndex = start
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    const word = m.index + m[0].length > end ? m[0].slice(0, end - m.index) : m[0]
    out.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      capitalized: /^\p{Lu}/u.test(word),
    })
  }
  return out
}

// Letters of several scripts and cases, marks, digits, joiners, astral letters and lone surrogates.
const PIECES = [
  'слово',
  'Путин',
  'ПУТИН',
  'Їжак',
  'ѐџЀЏ',
  'Ґ',
  'ϿѠѡ',
  'word',
  'Word',
  'l’État',
  "O'Neil",
  '80-й',
  'covid-19',
  'a‑b',
  'İ',
  'ẞ',
  'ǅ',
  'Ⅻ',
  '²',
  '٣',
  'é',
  'e\u0301',
  '𝐀𝐁',
  '😀',
  '\ud800',
  '\udc00',
  "'",
  '’',
  '-',
  ' ',
  '.',
  ', ',
  '«',
  '»',
  '\n',
]

describe('tokenize', () => {
  it('finds the words of the reference regex, cut at the end of the range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const text = pieces.join('')
          const start = text.length ? a % text.length : 0
          const end = start + (b % (text.length - start + 1))
          // Compared as JSON, which escapes lone surrogates: a failure message holding one cannot cross the
          // test pool's WebSocket.
          // Only the lexical fields: the rest (gap, sentence, …) are filled in later by buildDocument.
          const lexical = tokenize(text, start, end).map(({ start, end, text, lower, capitalized }) => ({
            start,
            end,
            text,
            lower,
            capitalized,
          }))
          expect(JSON.stringify(lexical)).toBe(JSON.stringify(reference(text, start, end)))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('classes every character around the Cyrillic block as the reference regex does', () => {
    // The block U+0400–U+045F is classed by its range rather than by the table: its edges and the characters
    // just outside it, alone, between spaces and inside a word.
    for (let code = 0x3f0; code < 0x470; code++) {
      const c = String.fromCharCode(code)
      for (const text of [c, ` ${c} `, `a${c}b`, `Я${c}`]) {
        const lexical = tokenize(text, 0, text.length).map(({ start, end, text, lower, capitalized }) => ({
          start,
          end,
          text,
          lower,
          capitalized,
        }))
        expect(lexical, `U+${code.toString(16)} in ${JSON.stringify(text)}`).toEqual(
          reference(text, 0, text.length),
        )
      }
    }
  })

  it('keeps a lower-case word as its own lower case and lower-cases the rest', () => {
    const [a, b, c] = tokenize('слово Слово ǅemal', 0, 17)
    expect(a).toMatchObject({ text: 'слово', lower: 'слово', capitalized: false })
    expect(b).toMatchObject({ text: 'Слово', lower: 'слово', capitalized: true })
    // A title-case letter (Lt) is not upper case (Lu), but it has a lower case.
    expect(c).toMatchObject({ text: 'ǅemal', lower: 'ǆemal', capitalized: false })
  })

  it('keeps its yes/no facts apart, though they share one number', () => {
    const [t] = tokenize('Слово', 0, 5)
    if (!t) throw new Error('no token')
    const facts = () => [t.capitalized, t.initial, t.titled, t.modifier]
    expect(facts()).toEqual([true, false, false, undefined])
    t.initial = true
    t.modifier = false
    expect(facts()).toEqual([true, true, false, false])
    t.titled = true
    t.modifier = true
    expect(facts()).toEqual([true, true, true, true])
    t.initial = false
    t.modifier = undefined
    expect(facts()).toEqual([true, false, true, undefined])
    t.titled = false
    expect(facts()).toEqual([true, false, false, undefined])
    expect(t.end).toBe(5)
  })
})

describe('elided words (French)', () => {
  const elisions = new Set(['l', 'd', 'qu'])
  it('are tokens of their own with their apostrophe; other apostrophes join one word', () => {
    const text = "L'État d’Emmanuel Macron qu'il aujourd'hui l'"
    expect(tokenize(text, 0, text.length, elisions).map((t) => [t.text, t.lower, t.capitalized])).toEqual([
      ["L'", "l'", true],
      ['État', 'état', true],
      ['d’', 'd’', false],
      ['Emmanuel', 'emmanuel', true],
      ['Macron', 'macron', true],
      ["qu'", "qu'", false],
      ['il', 'il', false],
      ["aujourd'hui", "aujourd'hui", false],
      ['l', 'l', false],
    ])
    // Without elisions, the reference regex's words.
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual([
      "L'État",
      'd’Emmanuel',
      'Macron',
      "qu'il",
      "aujourd'hui",
      'l',
    ])
  })
  it('count as one word with the word after them', () => {
    const doc = buildDocument("L'État a dit qu'il partira d'ici lundi.", 'fr')
    expect(doc.wordCount).toBe(7)
    expect(doc.sentences[0]?.tokens.length).toBe(10)
  })
})

describe('document tokens', () => {
  it('carry their gaps, sentence and paragraph indices and clause starts', () => {
    const text = 'Он сказал: «Мы придём». Потом ушёл.\n\nВторой абзац — вот.'
    const doc = buildDocument(text, 'ru')
    const pick = (word: string) => doc.sentences.flatMap((s) => s.tokens).find((w) => w.text === word)
    expect(pick('Он')).toMatchObject({ gap: '', paragraph: 0, sentence: 0, initial: true })
    expect(pick('сказал')).toMatchObject({ gap: ' ', initial: false })
    // After a colon and an opening mark a capital proves nothing: the word counts as a clause start.
    expect(pick('Мы')).toMatchObject({ gap: ': «', initial: true })
    expect(pick('Потом')).toMatchObject({ gap: '». ', sentence: 1, initial: true })
    expect(pick('Второй')).toMatchObject({ gap: '', paragraph: 1, sentence: 2, initial: true })
    expect(pick('вот')).toMatchObject({ gap: ' — ', initial: true })
  })
})

describe('sentence length', () => {
  it('is bounded: a long line without a full stop is cut into pieces, never rejoined into one', () => {
    const text = '«слово '.repeat(5_000)
    const doc = buildDocument(text, 'ru')
    expect(doc.sentences.length).toBeGreaterThan(5)
    for (const s of doc.sentences) expect(s.end - s.start).toBeLessThanOrEqual(3_000)
    // Every word is still in exactly one sentence.
    expect(doc.sentences.reduce((n, s) => n + s.tokens.length, 0)).toBe(5_000)
  })
})
