import type { Language } from '../types'
import type { SpeechLexicon } from './speech'

/**
 * Everything the engine knows about one language. Adding a language means adding one file that exports a
 * Lexicon and registering it in `index.ts`; the scanner, attribution and summary code stay untouched.
 */
export interface Lexicon {
  language: Language
  /** BCP 47 locale for Intl.Segmenter. */
  locale: string
  /** Silent reading speed of adult readers, words per minute. */
  readingWordsPerMinute: number
  /** Function words: ignored by keywords and sentence similarity; also a language-detection signal. */
  stopWords: ReadonlySet<string>
  /** Inflected forms of verbs of saying, lower-case ("сказал", "сказала", "said", "says"). */
  speechVerbs: ReadonlySet<string>
  /** Quote and speaker vocabulary: verbs of saying with agreement, source phrases, roles, countries, agencies. */
  speech: SpeechLexicon
  /** Abbreviations that never end a sentence, lower-case, without the final dot ("mr", "u.s", "им", "z"). */
  abbreviations: ReadonlySet<string>
  /** Non-prose lines (promo links, bylines, photo captions, "Read more:"): never summary sentences. */
  boilerplate: readonly RegExp[]
  /** Light stemmer (Snowball) for sentence similarity and keywords; takes and returns lower case. */
  stem: (word: string) => string
  /** First words that make a sentence lean on the one before it (pronouns, connectives), lower-case. */
  danglingStarts: ReadonlySet<string>
  /**
   * Words written elided against the next one, lower-case, without the apostrophe ("l", "d", "qu"): each is a
   * token of its own with its apostrophe, so that "d'Emmanuel Macron" names Emmanuel Macron and "l'économiste" is
   * a role. Empty where an apostrophe only joins one word (don't, O'Neil).
   */
  elisions: ReadonlySet<string>
}

/** A whitespace-separated word list as a set: how every lexicon file writes its vocabularies. */
export const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean))
