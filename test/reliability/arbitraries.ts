import fc from 'fast-check'

/**
 * Generators of hostile article text. Each piece targets something a text engine gets wrong: offsets across
 * surrogate pairs and combining marks, sentence and paragraph splitting on odd separators, quote-mark pairing,
 * and attribution next to names and speech verbs.
 */

const pick = (chars: string) => fc.constantFrom(...[...chars])

/** Characters that change how text is read or measured, each alone (lone surrogates included on purpose). */
export const nastyChar = fc.oneof(
  pick('\u200F\u200E\u202E\u202D\u2066\u2067\u2068\u2069\u061C'), // bidi controls
  pick('שלוםمرحبا'), // RTL letters
  fc.constantFrom('😀', '👍🏽', '👨‍👩‍👧', '🇺🇦', '1️⃣', '\u{1F9D1}\u200D\u{1F4BB}'), // emoji: pairs, ZWJ, flags
  pick('\u0301\u0308\u0336\u0489\u20DD'), // combining marks (may follow anything, even a space)
  pick('\u200B\u200C\u200D\u2060\uFEFF\u00AD'), // zero-width and soft hyphen
  pick('\u0000\u0001\u0007\b\t\v\f\r\u001B\u007F\u0085\u2028\u2029'), // controls and odd line breaks
  fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF'), // lone surrogates
  pick('\u00A0\u2003\u3000\u202F'), // non-ASCII spaces
)

/** Every quotation mark and dash the scanner knows, and a few it may not. */
export const quoteMark = pick('"\'«»„“”‘’‚‹›「」『』〝〞＂—–-‐―')

const word = fc.constantFrom(
  'Путин',
  'Владимир',
  'сказал',
  'заявил',
  'что',
  'по словам',
  'президент',
  'Зеленський',
  'сказав',
  'said',
  'says',
  'told',
  'Mr.',
  'Dr.',
  'John',
  'Smith',
  'the',
  'U.S.',
  'according to',
  'dijo',
  'sagte',
  'a déclaré',
  'Merkel',
  'Macron',
  'т.е.',
  'им.',
  '2025-09-03',
  'date',
  '12',
  '3.5',
  'A',
  'я',
  'Он',
  'She',
  // The attribution rules' own vocabulary, so that random texts reach them, cut anywhere (the end of the text
  // right after a document's noun once threw).
  'говорится в сообщении',
  'сообщили в',
  'пресс-службе',
  'Минфина',
  'ведомства',
  'Газпром',
  'ДТП',
  'глава региона',
  'в',
  'heißt es in einer Mitteilung',
  'der',
  'dans un communiqué de',
  "l'Élysée",
  'dit-il',
  'indique-t-on',
  'selon',
  'según',
  'portavoz del Ministerio',
  'a spokesman for',
  'a Tesco spokesperson',
  'Senior Station Officer',
  'May',
  'the company',
)
const punct = pick('.,!?…;:()[]/\\*#@&%')
const space = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\t', ' — ', ', ')

/** One piece of an article: mostly words and spaces, sometimes marks, punctuation or nasty characters. */
const piece = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 6, arbitrary: space },
  { weight: 3, arbitrary: quoteMark },
  { weight: 2, arbitrary: punct },
  { weight: 2, arbitrary: nastyChar },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
)

/** Quotations nested to any depth, with closing marks sometimes missing or swapped (unbalanced on purpose). */
const nested: fc.Arbitrary<string> = fc.letrec<{ q: string }>((tie) => ({
  q: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(word, { maxLength: 4 }).map((w) => w.join(' ')),
    fc
      .tuple(quoteMark, fc.array(tie('q'), { maxLength: 3 }), fc.oneof(quoteMark, fc.constant('')))
      .map(([open, inner, close]) => `${open}${inner.join(' ')}${close}`),
  ),
})).q

/** A random article: a sequence of pieces and nested quotations. Up to a few hundred characters. */
export const articleText = fc
  .array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: nested }), {
    minLength: 1,
    maxLength: 80,
  })
  .map((parts) => parts.join(''))

/** Text made only of quotation marks and spaces: every mark is a candidate opening and closing. */
export const onlyQuoteMarks = fc
  .array(fc.oneof(quoteMark, fc.constantFrom(' ', '\n')), { minLength: 1, maxLength: 300 })
  .map((a) => a.join(''))

/** Any string at all, code unit by code unit (lone surrogates and controls included). */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
  fc.string({ unit: nastyChar, minLength: 1, maxLength: 100 }),
)

/** The body a client might send: fields of every type, prototype keys, extra fields, huge numbers. */
export const hostileValue = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    2 ** 53 + 1,
    -0,
    0,
    1.5,
    21,
    20,
    1,
    -1,
    '20',
    '1e3',
    true,
    false,
    null,
    '',
    '   ',
    [],
    {},
  ),
  fc.jsonValue({ maxDepth: 3 }),
  anyText,
)
export const language = fc.constantFrom('auto', 'ru', 'en', 'de', 'fr', 'es', 'uk')

/** Raw JSON text of a hostile request body. */
export const hostileBody: fc.Arbitrary<string> = fc.oneof(
  // A well-formed request with hostile extras.
  fc
    .record(
      {
        text: fc.oneof(articleText, anyText),
        title: fc.oneof(fc.constant(null), anyText, hostileValue),
        language: fc.oneof(language, hostileValue),
        options: fc.oneof(
          fc.record({ summarySentences: fc.oneof(fc.integer({ min: 1, max: 20 }), hostileValue) }),
          hostileValue,
        ),
        extra: hostileValue,
      },
      { requiredKeys: ['text'] },
    )
    .map((o) => JSON.stringify(o)),
  // Anything that parses as JSON.
  fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
  // Numbers JSON.parse turns into Infinity, -0 or lossy integers.
  fc
    .constantFrom('1e999', '-1e999', '123456789012345678901234567890', '-0', '1E+2')
    .map((n) => `{"text":"Он сказал: «Да».","options":{"summarySentences":${n}}}`),
  // Prototype-pollution shaped objects, as JSON.parse builds them (own "__proto__" keys).
  fc
    .tuple(
      articleText,
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
    )
    .map(
      ([text, key]) =>
        `{"text":${JSON.stringify(text)},"${key}":{"polluted":1,"summarySentences":50},` +
        `"options":{"${key}":{"polluted":1}}}`,
    ),
)
