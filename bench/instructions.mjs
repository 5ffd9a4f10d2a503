// npm run bench:instructions — the scaling exponents of `npm run bench` from instruction counts instead of time.
// Each text runs under valgrind (cachegrind, no cache simulation), which counts the instructions the process
// executes: the same count on every run of the same code and input, whatever else the machine is doing. So the
// exponents here do not move with the shared VM's slow phases, and they hold only the work done — the engine's and,
// in the first mode, the garbage collector's — not what the machine charges for it (page faults, cache misses),
// which the timed bench includes. Slow (valgrind runs the code some 50× slower): minutes per long text.
// Usage: node bench/instructions.mjs [--filter regex] [--mode both|collector|engine] [--jobs n] [--json [file]]

import { execFile, execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readOptions, usageError, writeJsonReport } from './lib/args.mjs'
import { benchDir, repoRoot } from './lib/corpus.mjs'
import { buildEngine, firstLine } from './lib/engine.mjs'
import { PATHOLOGICAL } from './lib/generate.mjs'
import { machineInfo, machineLine } from './lib/machine.mjs'
import { exponent } from './lib/measure.mjs'
import { fmtExp, fmtExpAgainst, fmtInt, fmtMs, table } from './lib/report.mjs'
import { benchTexts } from './lib/texts.mjs'

const HELP = `npm run bench:instructions -- [options]
  --filter <regex>    only pairs whose id matches (e.g. 'gen-ru|dialogue')
  --mode <m>          both (default), collector (Node's default heap) or engine (no collections)
  --jobs <n>          valgrind processes at a time (default: one per core)
  --json [file]       write the results as JSON to file, or to stdout (the table then goes to stderr)`

const LIMIT = 1.1
/**
 * The modes: Node's heap as the timed bench has it (the collector's instructions included), and a young generation
 * of 1 GiB, in which the counted runs make no collection at all (an analysis of 100k words allocates about 45 MB):
 * the engine's own instructions. The report says so when a collection fell in them after all. (A larger young
 * generation is no option: at 4 GiB valgrind runs out of address-space segments.)
 */
const MODES = {
  collector: { flags: [], label: 'with the collector' },
  engine: { flags: ['--min-semi-space-size=1024', '--max-semi-space-size=1024'], label: 'engine only' },
}

const { values: v } = readOptions(
  process.argv.slice(2),
  {
    filter: { type: 'string' },
    mode: { type: 'string' },
    jobs: { type: 'string' },
    json: { type: 'string' },
  },
  HELP,
)
const modes = v.mode === undefined || v.mode === 'both' ? ['collector', 'engine'] : [v.mode]
if (!modes.every((m) => MODES[m]))
  usageError(`--mode must be both, collector or engine, not ${v.mode}\n${HELP}`)
const jobs = v.jobs === undefined ? availableParallelism() : Math.floor(Number(v.jobs))
if (!(jobs >= 1)) usageError(`--jobs must be a whole number ≥ 1, not ${v.jobs}`)
const filter = v.filter ? new RegExp(v.filter) : null
const progress = (msg) => process.stderr.write(`${msg}\n`)
const print = v.json === '-' ? progress : (msg) => process.stdout.write(`${msg}\n`)

let valgrindVersion
try {
  valgrindVersion = execFileSync('valgrind', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim()
} catch {
  progress(
    'bench:instructions needs valgrind (Debian/Ubuntu: apt-get install valgrind); it is not on this PATH',
  )
  process.exit(1)
}

const outDir = path.join(benchDir, 'out')
const textDir = path.join(outDir, 'instructions')
mkdirSync(textDir, { recursive: true })
const engine = await buildEngine(repoRoot, outDir).catch((err) => {
  progress(`bench: the engine does not build: ${firstLine(err)}`)
  process.exit(1)
})
const child = fileURLToPath(new URL('./lib/instructions-child.mjs', import.meta.url))

// The pairs the timed bench judges: the generated articles' 10k→100k step, and each pathological input from a
// tenth of its size to the whole.
const { articles, prose } = benchTexts()
const byId = (id) => articles.find((a) => a.id === id).text
const pairs = [
  ...['ru', 'en'].map((lang) => ({
    id: `gen-${lang} 10k→100k`,
    small: byId(`gen-${lang}-10k`),
    full: byId(`gen-${lang}-100k`),
  })),
  ...PATHOLOGICAL.map((p) => ({
    id: p.describe(p.size),
    small: p.make(Math.round(p.size / 10), { prose }),
    full: p.make(p.size, { prose }),
  })),
].filter((p) => !filter || filter.test(p.id))
if (!pairs.length) usageError(`no pair matches --filter ${v.filter}`)

/**
 * Counted runs for a text: many for a short one, whose runs differ most (a function optimised, a scavenge, in one
 * run and not the next), two for the long ones.
 */
function runsFor(text) {
  return Math.min(80, Math.max(2, Math.ceil(400_000 / text.length)))
}

/** Instructions executed by one valgrind process running the child with `runs` counted runs. */
function countInstructions(mode, file, runs) {
  const args = [
    '--tool=cachegrind',
    '--cache-sim=no',
    '--cachegrind-out-file=/dev/null',
    process.execPath,
    // The same count on every run: one thread (V8's compiler and collector threads would otherwise run beside the
    // counted code, as and when the machine lets them), collections scheduled without reading the clock, and fixed
    // seeds for string hashing and V8's other random choices. Without these, two runs of the same process differed
    // by 0.3% of their instructions, 5-7% of what the counted runs of a short text cost.
    '--predictable',
    '--hash-seed=1',
    '--random-seed=1',
    ...MODES[mode].flags,
    child,
    engine.outfile,
    file,
    String(runs),
  ]
  return new Promise((resolve, reject) => {
    execFile('valgrind', args, { maxBuffer: 16 * 2 ** 20 }, (err, stdout, stderr) => {
      const total = /I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1]
      if (err || !total) return reject(new Error(firstLine(err) ?? stderr.split('\n').slice(-3).join(' ')))
      resolve({
        instructions: Number(total.replaceAll(',', '')),
        ...JSON.parse(stdout.trim().split('\n').at(-1)),
      })
    })
  })
}

// The measurements: per pair, mode and size, one valgrind process with k counted runs and one with 2k; the
// difference of their counts over k is what k steady-state analyses cost, without the start-up, the warm-up and
// valgrind's own fixed costs, which both processes share. `jobs` processes at a time.
const tasks = []
for (const [i, pair] of pairs.entries()) {
  const files = {}
  for (const size of ['small', 'full']) {
    files[size] = path.join(textDir, `${i}-${size}.txt`)
    writeFileSync(files[size], pair[size])
  }
  pair.counts = {}
  for (const mode of modes)
    for (const size of ['small', 'full']) {
      const k = runsFor(pair[size])
      for (const runs of [k, 2 * k]) tasks.push({ pair, mode, size, runs, file: files[size] })
    }
}
const started = performance.now()
let next = 0
let done = 0
async function worker() {
  while (next < tasks.length) {
    const t = tasks[next++]
    const key = `${t.mode} ${t.size}`
    t.pair.counts[key] ??= {}
    try {
      t.pair.counts[key][t.runs] = await countInstructions(t.mode, t.file, t.runs)
    } catch (err) {
      t.pair.counts[key].error = firstLine(err)
    }
    done++
    progress(`  ${done}/${tasks.length}: ${t.pair.id}, ${t.size}, ${MODES[t.mode].label}, ${t.runs} runs`)
  }
}
progress(
  `bench:instructions: ${pairs.length} pair(s) × ${modes.length} mode(s), ${jobs} valgrind process(es) at a time`,
)
await Promise.all(Array.from({ length: jobs }, worker))

/** Steady-state instructions per analysis of one size of a pair in one mode, or why there are none. */
function perRun(pair, mode, size) {
  const counts = pair.counts[`${mode} ${size}`]
  if (counts.error) return { error: counts.error }
  const k = runsFor(pair[size])
  const [a, b] = [counts[k], counts[2 * k]]
  return {
    perRun: (b.instructions - a.instructions) / k,
    runs: k,
    // The first k runs are the same in both processes: the collections of the difference are the second one's rest.
    collections: b.collections - a.collections,
    quotes: b.quotes,
  }
}

const rows = pairs.map((pair) => {
  const row = { id: pair.id, chars: [pair.small.length, pair.full.length] }
  for (const mode of modes) {
    const small = perRun(pair, mode, 'small')
    const full = perRun(pair, mode, 'full')
    row[mode] = {
      small,
      full,
      exponent:
        small?.perRun > 0 && full?.perRun > 0
          ? exponent(pair.small.length, small.perRun, pair.full.length, full.perRun)
          : null,
    }
  }
  return row
})

const machine = machineInfo(repoRoot)
// Millions of instructions, rounded as the timed bench rounds milliseconds (3 figures, 2 decimals under 10).
const mega = (r) => (r?.error ? 'error' : r ? fmtMs(r.perRun / 1e6) : '—')
const headers = ['pair', 'chars (small / full)']
for (const mode of modes) headers.push(`M instr. small`, `M instr. full`, `exp, ${MODES[mode].label}`)
const lines = [
  `quotecast bench:instructions — engine ${engine.version ?? '?'}, instructions counted by ${valgrindVersion}`,
  ...machineLine(machine).map((l) => `  ${l}`),
  '',
  table(
    headers,
    rows.map((r) => [
      r.id,
      `${fmtInt(r.chars[0])} / ${fmtInt(r.chars[1])}`,
      ...modes.flatMap((m) => [mega(r[m].small), mega(r[m].full), fmtExp(r[m].exponent)]),
    ]),
    ['l', 'r', ...modes.flatMap(() => ['r', 'r', 'r'])],
  ),
  '',
  'M instr.: millions of instructions per analysis in steady state (the count at 2k runs minus the count at k runs, over k; k from 80 for the shortest text to 2 for the longest); exp: scaling exponent between the two sizes, by characters',
]
const verdicts = []
for (const mode of modes) {
  const over = rows.filter((r) => r[mode].exponent !== null && r[mode].exponent > LIMIT)
  const collected =
    mode === 'engine'
      ? rows.filter((r) => r[mode].small?.collections > 0 || r[mode].full?.collections > 0)
      : []
  verdicts.push(
    `${over.length ? 'over' : 'within'} ${LIMIT} ${MODES[mode].label}: ${rows.map((r) => `${r.id} ${fmtExpAgainst(r[mode].exponent, LIMIT)}`).join(', ')}`,
  )
  if (collected.length)
    verdicts.push(
      `note: collections fell in the engine-only runs of ${collected.map((r) => r.id).join(', ')}: their figures include some of the collector's work`,
    )
}
lines.push(...verdicts, `(${((performance.now() - started) / 1000).toFixed(0)} s)`)
print(lines.join('\n'))
writeJsonReport(v.json, {
  tool: 'quotecast bench:instructions',
  machine,
  engine: engine.version,
  modes,
  rows,
})
