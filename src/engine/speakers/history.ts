import type { Agreement } from '../lang/speech'
import type { Word } from '../quotes/context'
import { firstAtOrAfter } from '../text/lower-bound'
import { type Cluster, knownGender } from './clusters'

/**
 * Who spoke where: the quotations the attribution has given a speaker, in text order (noted as it goes), and each
 * speaker's first. Pronouns and redescriptions ask it for the one speaking; interviews for the one who spoke before.
 */
const spokeAt = (s: { at: number }): number => s.at

export class SpeakerHistory {
  private readonly spoke: { at: number; cluster: Cluster }[] = []
  private readonly first = new Map<Cluster, number>()

  constructor(private readonly words: readonly Word[]) {}

  /** The quotation opening at word `at` is this cluster's (in text order; a repeat or a step back is ignored). */
  note(at: number, cluster: Cluster): void {
    const last = this.spoke.at(-1)
    if (last && last.at >= at) return
    this.spoke.push({ at, cluster })
    if (!this.first.has(cluster)) this.first.set(cluster, at)
  }

  /** Whether the cluster is the speaker of a quotation before word `pos`. */
  spokeBefore(c: Cluster, pos: number): boolean {
    return (this.first.get(c) ?? pos) < pos
  }

  /** The speaker of the latest quotation before word `pos`, from sentence `fromSentence` on, that fits `agreement`. */
  latest(pos: number, fromSentence: number, agreement: Agreement): Cluster | null {
    for (let k = this.countBefore(pos) - 1; k >= 0; k--) {
      const { at, cluster } = this.spoke[k] as { at: number; cluster: Cluster }
      if (((this.words[at] as Word | undefined)?.sentence ?? -1) < fromSentence) return null
      if (agreement === 'p') return cluster.kind === 'org' ? cluster : null
      if (cluster.kind === 'description' && knownGender(cluster, agreement)) return cluster
      if (cluster.kind !== 'person' || (agreement && cluster.gender && cluster.gender !== agreement)) continue
      return cluster
    }
    return null
  }

  /** The organisation that spoke last before word `pos`, from sentence `fromSentence` on, or null. */
  latestOrganisation(pos: number, fromSentence: number): Cluster | null {
    for (let k = this.countBefore(pos) - 1; k >= 0; k--) {
      const { at, cluster } = this.spoke[k] as { at: number; cluster: Cluster }
      if ((this.words[at] as Word).sentence < fromSentence) return null
      if (cluster.kind === 'org') return cluster
    }
    return null
  }

  /**
   * How many noted quotations start before word `pos`, by bisection: reported speech and the later rules ask after
   * every quotation is noted, so walking back from the last one would cost a pass over all of them per question.
   */
  private countBefore(pos: number): number {
    return firstAtOrAfter(this.spoke, pos, spokeAt)
  }
}
