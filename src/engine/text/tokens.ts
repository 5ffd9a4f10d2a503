import type { Span } from '../types'
import { classAt, LETTER, LOWER, LOWER_STABLE, MARK, NUMBER, UPPER, widthAt } from './chars'
import { detach } from './detach'

// The bits of Token.flags.
const CAPITALIZED = 1
const INITIAL = 2
const TITLED = 4
const MODIFIER_KNOWN = 8
const MODIFIER = 16

/**
 * A word of the text: the one object the engine makes per word, so its size is most of the engine's memory per word,
 * and at 100k words most of what the garbage collector copies and promotes (analyze() renews its tokens instead:
 * TokenPool below). Hence `end` is derived and the four yes/no facts share one number (`flags`) instead of taking a
 * field each: Node 20 builds V8 without pointer compression, where a field costs 8 bytes, and there the document
 * model went from about 180 to 148 bytes a word (`npm run bench`, per-stage table; a field costs 4 bytes in workerd).
 * Accessors keep them as readable as fields; V8 inlines them once the code is optimised.
 */
export class Token implements Span {
  /**
   * Where the token stands, filled in by buildDocument (text/document.ts) for the words of the article's
   * sentences: the characters between the previous word of its paragraph (or the paragraph's start) and this
   * one; its paragraph and sentence (indices). Until then '' / -1.
   */
  gap!: string
  paragraph!: number
  sentence!: number
  /**
   * What the quote stage learns of the word (quotes/context.ts, where it is documented), with `titled` and
   * `modifier` below. It is created here, with the token, so that every token has one shape from birth and the
   * quote stage can use the tokens themselves as its words: a second object per word, copied from the first, was
   * at 100k words the largest part of what the garbage collector had to move.
   */
  quote!: number
  /** The lexicon's facts about the word's form (speakers/forms.ts); opaque to this layer. */
  form!: object | undefined
  /** CAPITALIZED | INITIAL | TITLED | MODIFIER_KNOWN | MODIFIER. */
  private flags!: number

  /** Where the word starts in the text. (Like `lexeme`, rewritten only when a TokenPool renews the token.) */
  start!: number
  /** The token as written, shared by every token written alike (see Lexeme). */
  lexeme!: Lexeme

  // Every field is set by renew(), which the constructor calls: a token a TokenPool renews is the token the
  // constructor would make.
  constructor(start: number, lexeme: Lexeme, capitalized: boolean) {
    this.renew(start, lexeme, capitalized)
  }

  /** The token as new, for a TokenPool to hand out again. */
  renew(start: number, lexeme: Lexeme, capitalized: boolean): Token {
    this.start = start
    this.lexeme = lexeme
    this.gap = ''
    this.paragraph = -1
    this.sentence = -1
    this.quote = -1
    this.form = undefined
    this.flags = capitalized ? CAPITALIZED : 0
    return this
  }

  /** The token as written. */
  get text(): string {
    return this.lexeme.text
  }

  /** Lower-cased form, for lexicon look-ups. */
  get lower(): string {
    return this.lexeme.lower
  }

  get end(): number {
    return this.start + this.lexeme.text.length
  }

  /** Starts with an upper-case letter. */
  get capitalized(): boolean {
    return (this.flags & CAPITALIZED) !== 0
  }

  /** Opens its sentence or follows an opening mark, colon or dash (capitals prove nothing there); buildDocument. */
  get initial(): boolean {
    return (this.flags & INITIAL) !== 0
  }

  set initial(yes: boolean) {
    this.setFlag(INITIAL, yes)
  }

  /** Inside a name or title in quotation marks; set by the quote stage (quotes/context.ts). */
  get titled(): boolean {
    return (this.flags & TITLED) !== 0
  }

  set titled(yes: boolean) {
    this.setFlag(TITLED, yes)
  }

  /** Whether the word can modify a role (speakers/mentions.ts); undefined until asked. */
  get modifier(): boolean | undefined {
    return this.flags & MODIFIER_KNOWN ? (this.flags & MODIFIER) !== 0 : undefined
  }

  set modifier(yes: boolean | undefined) {
    this.flags &= ~(MODIFIER_KNOWN | MODIFIER)
    if (yes !== undefined) this.flags |= yes ? MODIFIER_KNOWN | MODIFIER : MODIFIER_KNOWN
  }

  private setFlag(bit: number, yes: boolean): void {
    this.flags = yes ? this.flags | bit : this.flags & ~bit
  }
}

/**
 * A word as written ("Путина", "the"), interned: one object per distinct spelling, shared by all its tokens. The
 * one hash look-up per token is made here, when the token is made; the stages after it need per-word facts of
 * their own (the lexicon's facts of the form, speakers/forms.ts; the summary's, summary/terms.ts), and each keeps
 * them in a slot of the lexeme, stamped with the table they came from, instead of hashing the word again. The
 * lower-case form is worked out once per spelling too, not once per capitalised token.
 */
export class Lexeme {
  /** The facts of speakers/forms.ts for `lower`, valid while `formOwner` is the table they were read from. */
  form: object | undefined = undefined
  formOwner: object | undefined = undefined
  /** The summary's facts (summary/terms.ts) for `lower`, valid while `factsOwner` is their table. */
  facts: object | undefined = undefined
  factsOwner: object | undefined = undefined

  constructor(
    readonly text: string,
    readonly lower: string,
  ) {}
}

/** Spellings kept between articles; past this the table starts afresh (bounded memory). */
const LEXEMES_LIMIT = 50_000
const lexemes = new Map<string, Lexeme>()

/**
 * The lower case of `s`. A word of a text already read (a name's word as written, "Путина") gives its lexeme's,
 * found by one look-up; any other string its own toLowerCase(). For a word outside ASCII, toLowerCase goes
 * through ICU and costs several times the look-up, and the speaker stages lower-case the same name words again
 * and again.
 */
export function lowerCase(s: string): string {
  const lx = lexemes.get(s)
  return lx !== undefined ? lx.lower : s.toLowerCase()
}

/** The lexeme of `text[s, e)`. */
function lexemeOf(text: string, s: number, e: number): Lexeme {
  const word = text.slice(s, e)
  let lx = lexemes.get(word)
  if (lx === undefined) {
    // Kept past this article: not a view into its text (see detach).
    const key = detach(word)
    lx = new Lexeme(key, key.toLowerCase())
    if (lexemes.size >= LEXEMES_LIMIT) lexemes.clear()
    lexemes.set(key, lx)
  }
  return lx
}

const WORD_START = LETTER | NUMBER
const WORD_PART = LETTER | MARK | NUMBER

/** Inner joiners: apostrophes and hyphens (', ’, -, non-breaking ‑) between two parts of one word. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2011
}

/**
 * Word tokens of `text[start, end)` with offsets into `text`: letters/digits with inner apostrophes or
 * hyphens (80-й / aujourd’hui / O'Neil), a language's elided words apart ("l’" "État": `elisions`) — without
 * elisions exactly the matches of the regex
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*` (flags g, u) cut at `end`, found by a
 * scan over char codes and a table of character classes (chars.ts): no regex exec and match array per word, no
 * search past the range. Linear in the range.
 */
export function tokenize(
  text: string,
  start: number,
  end: number,
  elisions: ReadonlySet<string> = NO_ELISIONS,
  pool: TokenPool | null = null,
): Token[] {
  // Tokens are written into one scratch list and copied out at their exact number: a list grown by push has room
  // for 16 words at least (V8), while a sentence of a dialogue or a list holds a few, and the grown one was
  // garbage at once.
  const out = scratch
  let n = 0
  let i = start
  // A range that starts inside a surrogate pair starts at the pair, as a `u` regex does. (The document model never
  // cuts a pair; this keeps the function equal to the regex on any range.)
  if (i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--
  while (i < end) {
    // The next word start: a letter or a digit.
    const c = text.charCodeAt(i)
    const k = c < 0x80 ? asciiClass(c) : isCyrillic(c) ? cyrillicClass(c) : classAt(text, i)
    if (!(k & WORD_START)) {
      i += c < 0xd800 ? 1 : widthAt(text, i)
      continue
    }
    const s = i
    i += c < 0xd800 ? 1 : widthAt(text, i)
    // The rest of the word; a joiner belongs to it only when a letter or digit follows. The scan stops at `end`
    // (a range cut inside a word cuts the word there), but may look one code point past it for a joiner.
    while (i < end) {
      const d = text.charCodeAt(i)
      const dk = d < 0x80 ? asciiClass(d) : isCyrillic(d) ? cyrillicClass(d) : classAt(text, i)
      if (dk & WORD_PART) {
        i += d < 0xd800 ? 1 : widthAt(text, i)
      } else if (isJoiner(d) && i + 1 < text.length) {
        const nk = classAt(text, i + 1)
        if (!(nk & WORD_START)) break
        i += 1 + widthAt(text, i + 1)
      } else break
    }
    const e = Math.min(i, end)
    const elided = elisions.size > 0 ? elisionEnd(text, s, e, elisions) : -1
    if (elided > 0) {
      // "l'État" → "l'", "État": the elided word with its apostrophe, then the word.
      out[n++] = makeToken(pool, s, lexemeOf(text, s, elided), (k & UPPER) !== 0)
      out[n++] = makeToken(pool, elided, lexemeOf(text, elided, e), (classAt(text, elided) & UPPER) !== 0)
      continue
    }
    // A first code point cut in half by `end` is no letter.
    const capitalized = widthAt(text, s) <= e - s && (k & UPPER) !== 0
    out[n++] = makeToken(pool, s, lexemeOf(text, s, e), capitalized)
  }
  const tokens = out.slice(0, n)
  // Not kept past the call: the scratch list would keep the last tokens alive. (A pool keeps its own tokens alive:
  // with one, the list can keep only tokens made past the pool's limit, no more than its longest range had.)
  if (!pool) out.fill(undefined, 0, n)
  return tokens as Token[]
}

const scratch: Array<Token | undefined> = []

function makeToken(pool: TokenPool | null, start: number, lexeme: Lexeme, capitalized: boolean): Token {
  return pool ? pool.take(start, lexeme, capitalized) : new Token(start, lexeme, capitalized)
}

/** The tokens analyze()'s pool keeps: enough for a 100k-word article (src/engine/index.ts). */
export const TOKEN_POOL_LIMIT = 131_072

/**
 * The tokens of one analysis after another, renewed rather than made anew. An analysis holds all its tokens to its
 * end, so in a long article they outlive V8's young generation, and Node's collector copied every one twice (to the
 * survivor space, then to the old generation), on fresh pages, run after run: at 100k words the collector's pauses
 * were 27–30% of a run, and the tokens are 8.8 of the 10.7 MB such a document holds. Renewed, the tokens stay in the
 * old generation from one analysis to the next. Timed against new tokens (`npm run bench:compare`), the 100k-word
 * articles took 0.75 (ru) and 0.82–0.83 (en) times as long, 100,000 unpunctuated words 0.77–0.83, and the 1k- and
 * 10k-word ones the same (0.99–1.01).
 *
 * `begin()` hands out the first token again: every token taken before it may be renewed, so a document built on a
 * pool is valid until the pool's next `begin()`. Only analyze() uses one, and it lets no token out. At most `limit`
 * tokens are kept; past them an analysis makes new ones, as without a pool.
 */
export class TokenPool {
  private readonly tokens: Token[] = []
  private used = 0

  constructor(private readonly limit: number) {}

  begin(): this {
    this.used = 0
    return this
  }

  take(start: number, lexeme: Lexeme, capitalized: boolean): Token {
    if (this.used < this.tokens.length)
      return (this.tokens[this.used++] as Token).renew(start, lexeme, capitalized)
    const t = new Token(start, lexeme, capitalized)
    if (this.tokens.length < this.limit) {
      this.tokens.push(t)
      this.used++
    }
    return t
  }
}

/**
 * Whether the token is an elided word ("l'", "qu’"): only one ends in its apostrophe, as the word scan takes an
 * apostrophe only before a letter.
 */
export function isElided(t: Token): boolean {
  const last = t.text.charCodeAt(t.text.length - 1)
  return last === 0x27 || last === 0x2019
}

/** Words in a list of tokens, an elided word and the word it leans on ("l'État") counting as one. */
export function countWords(tokens: readonly Token[]): number {
  let n = 0
  for (const t of tokens) if (!isElided(t)) n++
  return n
}

const NO_ELISIONS: ReadonlySet<string> = new Set()
/** The longest elided word ("lorsqu", "puisqu"), so that only a word's first letters are looked at. */
const MAX_ELISION = 7

/**
 * Where the word [s, e) goes on after an elided word and its apostrophe ("l'État", "qu’il"), the index after the
 * apostrophe; else -1. Only when a letter follows, which the word scan guarantees for its joiners.
 */
function elisionEnd(text: string, s: number, e: number, elisions: ReadonlySet<string>): number {
  for (let i = s + 1; i < Math.min(e - 1, s + MAX_ELISION + 1); i++) {
    const c = text.charCodeAt(i)
    if (c === 0x27 || c === 0x2019) return elisions.has(text.slice(s, i).toLowerCase()) ? i + 1 : -1
  }
  return -1
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

// ASCII classes without a table look-up: digits, A-Z, a-z (as chars.ts would classify them).
function asciiClass(c: number): number {
  if (c >= 97 && c <= 122) return LETTER | LOWER | LOWER_STABLE
  if (c >= 65 && c <= 90) return LETTER | UPPER
  if (c >= 48 && c <= 57) return NUMBER | LOWER_STABLE
  return LOWER_STABLE
}

// The basic Cyrillic block, U+0400–U+045F, all letters (most of a Russian or Ukrainian text), classed by range
// rather than by chars.ts's table: upper case below U+0430 (Ѐ–Џ, А–Я), lower case from it (а–я, ѐ–џ).
function isCyrillic(c: number): boolean {
  return c >= 0x400 && c < 0x460
}

function cyrillicClass(c: number): number {
  return c < 0x430 ? LETTER | UPPER : LETTER | LOWER | LOWER_STABLE
}
