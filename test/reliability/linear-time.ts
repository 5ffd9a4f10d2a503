import { analyze } from '../../src/engine/index'
import type { Language } from '../../src/engine/types'

/** Sizes measured in turn: a superlinear rule shows at the first step that takes measurable time. */
export const SIZES = [6_250, 25_000, 100_000] as const
/** Linear code grows ~4× per step; quadratic code 16×. */
const MAX_GROWTH = 10
/** Below this a step is too fast to judge, and passes. */
const FLOOR_MS = 150
/** Whatever the growth, the largest input must be analysed within this (the Workers CPU limit is 30 s). */
export const CAP_MS = 5_000

export type Adversary = (n: number) => string

function time(text: string, language: Language): number {
  const t0 = performance.now()
  analyze({ text, language })
  return performance.now() - t0
}

/**
 * Times the engine on inputs of growing size and returns the first step that grew superlinearly (or broke the cap),
 * or null. A suspicious step is measured twice more and judged on the fastest runs, to ride out a busy machine.
 */
export function superlinearStep(make: Adversary, language: Language): string | null {
  time(make(500), language) // warm up the JIT and the lexicon caches
  let prev = time(make(SIZES[0]), language)
  for (const n of SIZES.slice(1)) {
    const text = make(n)
    let t = time(text, language)
    const smaller = make(n / 4)
    // Only a suspicious growth is measured again; a run over the cap is a verdict (and re-running it is slow).
    if (t > FLOOR_MS && t > MAX_GROWTH * prev && t <= CAP_MS) {
      prev = Math.min(prev, time(smaller, language))
      t = Math.min(t, time(text, language))
    }
    if (import.meta.env.VITE_LINEAR_VERBOSE)
      console.info(`${n / 4} → ${n}: ${prev.toFixed(0)} → ${t.toFixed(0)} ms`)
    if (t > CAP_MS) return `${n} characters took ${t.toFixed(0)} ms (cap ${CAP_MS} ms)`
    if (t > FLOOR_MS && t > MAX_GROWTH * prev)
      return `${n / 4} → ${n} characters: ${prev.toFixed(0)} → ${t.toFixed(0)} ms (×${(t / prev).toFixed(1)})`
    prev = t
  }
  return null
}
