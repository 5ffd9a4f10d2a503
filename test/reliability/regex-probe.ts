/**
 * A small ReDoS prober. It reads every regular-expression literal in the engine's source, builds "pump" strings
 * from the characters and words the expression itself mentions, repeats each pump to a few thousand characters
 * with a failing last character, and flags an expression whose time grows superlinearly with the length.
 * It is a net for expressions added later, not a proof: docs/reliability-notes.md holds the review by hand.
 */

export interface FoundRegex {
  file: string
  line: number
  re: RegExp
}

// A regex literal where an expression can start: line start, after = ( , : ! & | ? { } ; [ or return.
const LITERAL =
  /(?:^|[=(,:!&|?{};[]|\breturn)\s*\/(?![*/])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuyv]*)/g

export function findRegexes(sources: Record<string, string>): FoundRegex[] {
  const out: FoundRegex[] = []
  for (const [file, text] of Object.entries(sources)) {
    text.split('\n').forEach((lineText, i) => {
      if (/^\s*(?:\/\/|\*|\/\*)/.test(lineText)) return // comments
      for (const m of lineText.matchAll(LITERAL)) {
        try {
          // Without g/y: test() must not carry lastIndex from one probe to the next.
          out.push({
            file,
            line: i + 1,
            re: new RegExp(m[1] as string, (m[2] as string).replace(/[gy]/g, '')),
          })
        } catch {
          // Not a regex after all (a division in an expression); nothing to probe.
        }
      }
    })
  }
  return out
}

const GENERIC = [' ', '\t', '\n', 'a', 'A', 'я', 'Я', '1', '.', '-', '"', '«', '»', '(', ')', '/', ':', ',']

/** Pump strings for an expression: its own punctuation and words, alone and in the shapes rules use them. */
export function pumpsFor(re: RegExp): { prefix: string; pump: string }[] {
  const src = re.source.replace(/\\[pP]\{[^}]*\}/g, '').replace(/\\[a-zA-Z]/g, '')
  const chars = new Set([...GENERIC, ...[...src].filter((c) => /[^\p{L}\p{N}\s\\]/u.test(c))])
  const words = [...new Set(src.match(/\p{L}{2,}/gu) ?? [])].slice(0, 12)
  const pumps: string[] = [...chars]
  for (const w of words) pumps.push(`${w} `, `(${w} `, `${w}/`, `${w}: `, `${w}A`)
  const prefixes = ['', ...(re.source.startsWith('^') ? words.flatMap((w) => [`${w} `, `${w} A`]) : [])]
  return prefixes.flatMap((prefix) => pumps.map((pump) => ({ prefix, pump })))
}

function timeOnce(re: RegExp, prefix: string, pump: string, n: number): number {
  const text = `${prefix}${pump.repeat(Math.ceil(n / pump.length))}\u0000`
  const t0 = performance.now()
  re.test(text)
  return performance.now() - t0
}

const SCREEN = 5_000
/** A linear expression scans 5,000 characters in microseconds; anything slower is measured properly. */
const SCREEN_MS = 0.25
/**
 * The smaller of the two sizes compared must take this long: workerd's clock ticks in whole milliseconds, so a
 * ratio of shorter runs is mostly noise. Sizes grow 4× at a time up to MAX_N until a run is that long.
 */
const MIN_SMALL_MS = 4
const MAX_N = 20_000
const GROWTH = 10
/** Enough counterexamples to act on; more would only make a failing run slower. */
const MAX_REPORTED = 3

const best = (re: RegExp, prefix: string, pump: string, n: number) =>
  Math.min(timeOnce(re, prefix, pump, n), timeOnce(re, prefix, pump, n))

/** Inputs on which `re` grows superlinearly: n → 4n takes over 10× as long (linear: 4×, quadratic: 16×). */
export function superlinearInputs(re: RegExp): string[] {
  const bad: string[] = []
  for (const { prefix, pump } of pumpsFor(re)) {
    if (bad.length >= MAX_REPORTED) break
    if (timeOnce(re, prefix, pump, SCREEN) < SCREEN_MS) continue
    let n = SCREEN
    let small = best(re, prefix, pump, n)
    while (small < MIN_SMALL_MS && n < MAX_N) {
      n *= 4
      small = best(re, prefix, pump, n)
    }
    if (small < MIN_SMALL_MS) continue // still fast at MAX_N characters: linear, and cheap
    const large = best(re, prefix, pump, 4 * n)
    if (large > GROWTH * small)
      bad.push(
        `${JSON.stringify(prefix)} + ${JSON.stringify(pump)}×n, n = ${n} → ${4 * n}: ` +
          `${small.toFixed(0)} → ${large.toFixed(0)} ms`,
      )
  }
  return bad
}
