// A mention — a way the text refers to a possible speaker — and what reading one takes.
import type { Agreement } from '../lang/speech'
import type { Word } from '../quotes/context'
import type { Vocabulary } from './vocabulary'

export type MentionKind = 'name' | 'role' | 'pronoun' | 'org'

/** A way the text refers to a possible speaker: words [from, to) of the word list. */
export interface Mention {
  kind: MentionKind
  from: number
  to: number
  /** For a role followed by a name ("президент России Владимир Путин"): where the name starts, else -1. */
  nameFrom: number
  agreement: Agreement
  /** "Trump's", "Clinton’s": the owner of something, not the subject. */
  possessive: boolean
  /** Right after a preposition ("в Пекине", "with Obama"): a place or an object, not the subject. */
  governed: boolean
  country: string | null
  /** The role stem of a role mention ("президент"). */
  role: string | null
}

/** What the article as a whole says about capitalisation: which capitalised words are names here. */
export interface NameEvidence {
  /** Lower-case words seen capitalised inside a sentence, by `stemKey`. */
  capitalisedInside: ReadonlySet<string>
  /**
   * Words the lexicon says are no names (months, weekdays) that the article writes capitalised right after a
   * first name ("Theresa May", "Keith May"): here they are a surname too ("…," May said). Lower case.
   */
  surnames: ReadonlySet<string>
  /**
   * Where every noun has a capital: the words (lower case) the article writes right after a first name ("Jens
   * Härtel"). An article and an adjective before one elsewhere make no noun of it: „so der frustrierte Härtel“.
   */
  firstNamed: ReadonlySet<string>
  /** This reading's mark on the forms (speakers/forms.ts) seen written in lower case; see `writtenLowercase`. */
  stamp: number
  /** Words joined to the next or the one before by "&" ("Q&A", "AT&T", "R&D"): parts of a term, no names. */
  ampersanded: ReadonlySet<Word>
  /**
   * Lines written in title case, as English headlines are ("Chief Harteau Releases Statement on Recent Violence"), by
   * paragraph index; and the words (by `stemKey`) capitalised in them and nowhere else, which there prove no name.
   */
  titleCase: ReadonlySet<number>
  titleOnly: ReadonlySet<string>
}

export interface MentionReader {
  words: readonly Word[]
  v: Vocabulary
  ev: NameEvidence
  /**
   * The last run of single capitals joined by full stops walked (mentions.ts, dottedAbbreviation), its first and
   * last word: the reader asks at each of its words, and each would walk the rest of it again.
   */
  dottedRun: { from: number; to: number }
}

/** Where a mention starts (a word index): the key of searches over mentions in text order. */
export const mentionFrom = (m: Mention): number => m.from

export function mention(
  kind: MentionKind,
  from: number,
  to: number,
  agreement: Agreement,
  governed: boolean,
): Mention {
  return { kind, from, to, nameFrom: -1, agreement, possessive: false, governed, country: null, role: null }
}
