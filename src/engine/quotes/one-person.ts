import type { Cluster } from '../speakers/clusters'
import { personLike, type SpeakerModel } from '../speakers/model'

/**
 * The one person some words name. Someone the article presents as a person (a first name, a role, a gender, the
 * subject of a verb of saying) outranks capitalised words met only as complements, which are as often places
 * («Зеленський … порівнявши окуповані Росією Крим та частину Донбасу з …») or, in a Title Case headline, any word
 * ("Politifact: Donald Trump Is Right, ‘Thousands of Shootings’"); two of a rank are no one.
 */
export class OnePerson {
  private person: Cluster | null = null
  private other: Cluster | null = null
  private twoPersons = false
  private twoOthers = false

  constructor(private readonly model: SpeakerModel) {}

  add(c: Cluster): void {
    if (personLike(c, this.model.v)) {
      if (this.person && this.person !== c) this.twoPersons = true
      this.person = c
    } else {
      if (this.other && this.other !== c) this.twoOthers = true
      this.other = c
    }
  }

  /**
   * The one person; null when none is named, undefined when it cannot tell which. Where every noun has a capital,
   * capitalised words met nowhere as a person name no one („Die Bundesliga in Wort und Witz: „…““).
   */
  result(): Cluster | null | undefined {
    if (this.twoPersons) return undefined
    if (this.person) return this.person
    if (this.twoOthers) return undefined
    return this.model.v.speech.capitalisedNouns ? null : this.other
  }
}
