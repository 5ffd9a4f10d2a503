// npm run bench:instructions — the engine's work counted in instructions instead of time, in two uses:
//  - the scaling exponents of `npm run bench` (the default): each pair of sizes the timed bench judges, counted;
//  - with --base <commit>, an A/B: instructions per analysis of the working tree's engine against a commit's, on
//    bench texts (by default the sample and the 1k-word articles), for an optimisation too small to time here.
// Each text runs under valgrind (lib/valgrind.mjs), which counts the instructions the process executes: the same
// count on every run of the same code and input, whatever else the machine is doing. So these figures do not move
// with the shared VM's slow phases, and they hold only the work done — the engine's and, in the collector mode, the
// garbage collector's — not what the machine charges for it (page faults, cache misses), which the timed bench
// includes. Slow (valgrind runs the code some 50× slower): minutes per long text.
// Usage: node bench/instructions.mjs [--filter regex] [--mode both|collector|engine] [--jobs n] [--json [file]]
//        node bench/instructions.mjs --base <commit> [--filter regex] [--mode …] [--jobs n] [--json [file]]

import { availableParallelism } from 'node:os'
import path from 'node:path'
import { readOptions, usageError } from './lib/args.mjs'
import { benchDir } from './lib/corpus.mjs'
import { compareCommits } from './lib/instructions-ab.mjs'
import { scalingPairs } from './lib/instructions-scaling.mjs'
import { MODES, valgrindVersion } from './lib/valgrind.mjs'

const HELP = `npm run bench:instructions -- [options]
  --base <commit>     A/B: instructions per analysis of the working tree's engine against src/ at this commit
  --filter <regex>    the scaling pairs whose id matches (e.g. 'gen-ru|dialogue'); with --base, the bench texts by
                      id (default '^(seed-ru|gen-(ru|en)-1k)$'; ids as in npm run bench)
  --mode <m>          both, collector (Node's default heap) or engine (no collections); default both, with
                      --base engine
  --jobs <n>          valgrind processes at a time (default: one per core)
  --json [file]       write the results as JSON to file, or to stdout (the table then goes to stderr)`

const { values: v } = readOptions(
  process.argv.slice(2),
  {
    base: { type: 'string' },
    filter: { type: 'string' },
    mode: { type: 'string' },
    jobs: { type: 'string' },
    json: { type: 'string' },
  },
  HELP,
)
const mode = v.mode ?? (v.base === undefined ? 'both' : 'engine')
const modes = mode === 'both' ? ['collector', 'engine'] : [mode]
if (!modes.every((m) => MODES[m]))
  usageError(`--mode must be both, collector or engine, not ${v.mode}\n${HELP}`)
const jobs = v.jobs === undefined ? availableParallelism() : Math.floor(Number(v.jobs))
if (!(jobs >= 1)) usageError(`--jobs must be a whole number ≥ 1, not ${v.jobs}`)
let filter = null
try {
  filter = v.filter ? new RegExp(v.filter) : null
} catch (err) {
  usageError(`--filter: ${err.message}\n${HELP}`)
}
const progress = (msg) => process.stderr.write(`${msg}\n`)
const print = v.json === '-' ? progress : (msg) => process.stdout.write(`${msg}\n`)

const valgrind = valgrindVersion()
if (!valgrind) {
  progress(
    'bench:instructions needs valgrind (Debian/Ubuntu: apt-get install valgrind); it is not on this PATH',
  )
  process.exit(1)
}

const options = {
  modes,
  jobs,
  filter,
  valgrind,
  outDir: path.join(benchDir, 'out'),
  json: v.json,
  progress,
  print,
}
if (v.base === undefined) await scalingPairs(options)
else await compareCommits({ ...options, base: v.base })
