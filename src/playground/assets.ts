import { CSS } from './css'
import { JS } from './js'

let version: string | undefined

/**
 * A short content hash of the page's script and stylesheet, used as `?v=` so browsers can cache them for
 * good and still get a new version after a deploy. Computed on first use, not at startup: a Worker's
 * global scope should do no work it can defer (FNV-1a over ~40 KB takes well under a millisecond).
 */
export function assetVersion(): string {
  if (version === undefined) {
    let hash = 0x811c9dc5
    for (const s of [JS, CSS]) {
      for (let i = 0; i < s.length; i++) {
        hash ^= s.charCodeAt(i)
        hash = Math.imul(hash, 0x01000193)
      }
    }
    version = (hash >>> 0).toString(16).padStart(8, '0')
  }
  return version
}
