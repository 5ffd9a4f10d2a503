// npm run bench:compare — times the engine of the working tree against the engine of a commit (default HEAD),
// both bundled as `npm run bench` bundles it and loaded into one process, on the bench's texts. The two are timed
// in alternating batches, in the order ABBA (base first in one round, the working tree first in the next), so that
// a slow minute and the order itself fall on both alike; each round gives one ratio, and the median of the ratios
// is the answer, with their spread. Separate processes timed one after the other differed by up to 2× here on the
// same code; in one process the same code against itself comes out within a few per cent. It also says whether
// the two engines give the same analyses, which an optimisation should.
// Usage: node bench/compare.mjs [--base <commit>] [--filter <regex>] [--seconds <s>] [--json [file]]

import path from 'node:path'
import { positive, readOptions, usageError, writeJsonReport } from './lib/args.mjs'
import { buildBaseAndWorkingTree } from './lib/base-tree.mjs'
import { benchDir, defaultDevDir, repoRoot } from './lib/corpus.mjs'
import { PATHOLOGICAL } from './lib/generate.mjs'
import { machineInfo, machineLine } from './lib/machine.mjs'
import { repeatFor, sink, stats, WARM_ROUNDS } from './lib/measure.mjs'
import { fmtInt, fmtMs, table } from './lib/report.mjs'
import { benchTexts, pathologicalText } from './lib/texts.mjs'

const HELP = `usage: node bench/compare.mjs [options]   (npm run bench:compare -- [options])
  --base <commit>     the engine to compare against: src/ at this commit (default HEAD)
  --filter <regex>    the bench texts to time, by id (default '^gen-(ru|en)-(1k|10k)$'; ids as in npm run bench;
                      the pathological inputs at full size as path:<id>, e.g. 'path:dash lines', and at a tenth
                      as path:<id>@0.1)
  --seconds <s>       timing per text, both engines together (default 20)
  --dev <dir>         the dev set folder (default ../shared/eval/dev beside the repo)
  --json [file]       every figure as JSON (to stdout without a file)`

const { values: v } = readOptions(
  process.argv.slice(2),
  {
    base: { type: 'string' },
    filter: { type: 'string' },
    seconds: { type: 'string' },
    dev: { type: 'string' },
    json: { type: 'string' },
  },
  HELP,
)
const base = v.base ?? 'HEAD'
const filter = new RegExp(v.filter ?? '^gen-(ru|en)-(1k|10k)$')
const seconds = positive(v.seconds, 'seconds', 20)
/** A batch is this long or one call, whichever is longer: long enough for the clock, short enough to pair. */
const BATCH_MS = 20

const outDir = path.join(benchDir, 'out', 'compare')
const log = v.json === '-' ? (...a) => console.error(...a) : (...a) => console.log(...a)

const engines = await buildBaseAndWorkingTree(base, outDir)
const corpus = benchTexts(v.dev ? path.resolve(v.dev) : defaultDevDir)
// The pathological inputs too, at full size as "path:<id>" ("path:dash lines") and at the tenth of it that their
// scaling exponent is measured against as "path:<id>@0.1": a change to their exponent shows as a different ratio at
// the two sizes.
const pathological = PATHOLOGICAL.flatMap((p) => [
  { id: `path:${p.id}`, text: pathologicalText(p.id, corpus.prose) },
  { id: `path:${p.id}@0.1`, text: pathologicalText(p.id, corpus.prose, 0.1) },
])
const texts = [...corpus.articles, ...pathological].filter((a) => filter.test(a.id))
if (!texts.length) usageError(`no bench text matches --filter ${filter.source}`)

const machine = machineInfo(repoRoot)
for (const line of machineLine(machine)) log(line)
log(
  `base: src/ at ${engines.baseCommit} · new: the working tree's src/${engines.same ? ' (the same files: an A/A run, its spread is the noise)' : ''}`,
)
for (const note of corpus.notes) log(`note: ${note}`)
log(`ABBA batches of ≥ ${BATCH_MS} ms, ${seconds} s per text\n`)

const rows = texts.map((t) => compare(t))
log(
  table(
    ['text', 'chars', 'base ms', 'new ms', 'new/base', '95% CI', 'rounds', 'same analysis'],
    rows.map((r) => [
      r.id,
      fmtInt(r.chars),
      fmtMs(r.base.median),
      fmtMs(r.new.median),
      r.ratio.median.toFixed(3),
      r.ratio.ci95 ? `${r.ratio.ci95[0].toFixed(3)}–${r.ratio.ci95[1].toFixed(3)}` : '— (< 6 rounds)',
      fmtInt(r.rounds),
      r.sameAnalysis ? 'yes' : 'NO',
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
  ),
)
const geo = Math.exp(rows.reduce((s, r) => s + Math.log(r.ratio.median), 0) / rows.length)
log(`\nnew/base over these texts (geometric mean of the medians): ${geo.toFixed(3)}`)
const differ = rows.filter((r) => !r.sameAnalysis).map((r) => r.id)
if (differ.length) log(`the analyses differ on: ${differ.join(', ')}`)

const written = writeJsonReport(v.json, {
  machine,
  base: engines.baseCommit,
  sameSource: engines.same,
  batchMs: BATCH_MS,
  seconds,
  rows,
  geometricMeanRatio: geo,
})
if (written) log(`JSON written to ${written}`)

/** One text: both engines warmed, then ABBA rounds until `seconds` have passed. */
function compare({ id, text }) {
  const a = () => engines.base.analyze({ text })
  const b = () => engines.new.analyze({ text })
  const sameAnalysis = JSON.stringify(a()) === JSON.stringify(b())
  // Warmed together, alternately, as they are timed: warmed one after the other, the same code came out 5–15%
  // slower as 'new' than as 'base'.
  repeatFor(
    2000,
    () => {
      a()
      b()
    },
    WARM_ROUNDS,
  )
  // Calls per batch from the warm engine's pace (the first calls of a text are slower).
  let probe = 0
  const t0 = performance.now()
  while (probe < 5 || performance.now() - t0 < 2 * BATCH_MS) {
    sink.value = a()
    probe++
  }
  const calls = Math.max(1, Math.round((BATCH_MS * probe) / (performance.now() - t0)))
  const batch = (fn) => {
    const start = performance.now()
    for (let i = 0; i < calls; i++) sink.value = fn()
    return (performance.now() - start) / calls
  }
  const baseTimes = []
  const newTimes = []
  const ratios = []
  const until = performance.now() + seconds * 1000
  for (let round = 0; round < 4 || performance.now() < until; round++) {
    let tb
    let tn
    if (round % 2 === 0) {
      tb = batch(a)
      tn = batch(b)
    } else {
      tn = batch(b)
      tb = batch(a)
    }
    baseTimes.push(tb)
    newTimes.push(tn)
    ratios.push(tn / tb)
  }
  // The median's 95% confidence interval without assuming a distribution: the ranks n/2 ∓ 0.98·√n of the sorted
  // ratios (the sign test's interval).
  const sorted = [...ratios].sort((x, y) => x - y)
  const n = sorted.length
  const rank = (r) => sorted[Math.min(n - 1, Math.max(0, r))]
  const half = 0.98 * Math.sqrt(n)
  log(`${id}: ${ratios.length} rounds of ${calls} call${calls > 1 ? 's' : ''} each`)
  return {
    id,
    chars: text.length,
    callsPerBatch: calls,
    rounds: ratios.length,
    sameAnalysis,
    base: stats(baseTimes),
    new: stats(newTimes),
    ratio: {
      median: stats(ratios).median,
      // Fewer than six rounds bound no 95% interval: even their extremes cover the median less often than that.
      ci95: n >= 6 ? [rank(Math.floor(n / 2 - half)), rank(Math.ceil(n / 2 + half) - 1)] : null,
    },
  }
}
