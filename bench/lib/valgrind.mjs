// Instruction counts of the engine under valgrind, shared by both uses of bench:instructions (the scaling pairs and
// the A/B of two commits). valgrind (callgrind) counts the instructions the process executes: the same count on every
// run of the same code and input, whatever else the machine is doing. From that count it takes away what V8's
// compilers execute, by callgrind's call graph: V8 goes on optimising the engine's functions for thousands of runs
// (on gen-ru-1k, a function compiled by TurboFan every 20 runs or so, still after 3,000), and a compilation costs
// millions of instructions, so that without this the steady state of a short text is no steady state: gen-ru-1k
// counted 10.2, 16.0 and 14.1 million instructions a run over runs 10–20, 20–56 and 56–112 after its warm-up, of
// which 1.5, 7.3 and 5.6 were compiling, and 8.7, 8.6 and 8.5 the rest.
import { execFile, execFileSync } from 'node:child_process'
import { createReadStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { firstLine } from './engine.mjs'
import { fmtMs } from './report.mjs'

/**
 * The heaps the counts are taken in: Node's as the timed bench has it (the collector's instructions included), and
 * a young generation of 1 GiB, in which the counted runs make no collection at all (an analysis of 100k words
 * allocates about 45 MB): the engine's own instructions. The reports say so when a collection fell in them after
 * all. (A larger young generation is no option: at 4 GiB valgrind runs out of address-space segments.)
 */
export const MODES = {
  collector: { flags: [], label: 'with the collector' },
  engine: { flags: ['--min-semi-space-size=1024', '--max-semi-space-size=1024'], label: 'engine only' },
}

/** valgrind's version line, or null when it is not installed. */
export function valgrindVersion() {
  try {
    return execFileSync('valgrind', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}

const child = fileURLToPath(new URL('./instructions-child.mjs', import.meta.url))

/**
 * Counted runs for a text: many for a short one, whose runs differ most (a function optimised, a scavenge, in one
 * run and not the next), two for the long ones.
 */
export function runsFor(text) {
  return Math.min(80, Math.max(2, Math.ceil(400_000 / text.length)))
}

/**
 * V8's compilers, by the functions through which the engine's code reaches them: TurboFan optimising a function (also
 * on stack replacement) and Sparkplug compiling baseline code. What callgrind counts inside these calls, callees
 * included, is compiling, not analysing.
 */
const COMPILER_ENTRY =
  /^v8::internal::(?:Compiler::(?:CompileOptimized|CompileOptimizedOSR|CompileBaseline|CompileSharedWithBaseline)|baseline::BaselineBatchCompiler::CompileBatch)\(/

/**
 * Instructions executed by one valgrind process running the child with `runs` counted runs of the engine bundled
 * at `engineFile` on the text in `textFile`: `{ instructions, compiling, collections, quotes }`, `compiling` being
 * the part of `instructions` spent in V8's compilers.
 */
export async function countInstructions(mode, engineFile, textFile, runs) {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotecast-callgrind-'))
  const outFile = path.join(dir, 'callgrind.out')
  const args = [
    '--tool=callgrind',
    // Plain names in the output, read by compilingIn.
    '--compress-strings=no',
    '--compress-pos=no',
    `--callgrind-out-file=${outFile}`,
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
    engineFile,
    textFile,
    String(runs),
  ]
  try {
    const { stdout, stderr } = await new Promise((resolve, reject) => {
      execFile('valgrind', args, { maxBuffer: 16 * 2 ** 20 }, (err, stdout, stderr) =>
        err
          ? reject(new Error(firstLine(err) ?? stderr.split('\n').slice(-3).join(' ')))
          : resolve({ stdout, stderr }),
      )
    })
    const total = /Collected\s*:\s*(\d+)/.exec(stderr)?.[1]
    if (!total) throw new Error(stderr.split('\n').slice(-3).join(' '))
    // A warm-up always compiles: none found means node's symbols do not name V8's compilers (a stripped binary, or
    // a V8 whose functions are named otherwise), and the counts would hold the compiling after all.
    const compiling = await compilingIn(outFile)
    if (compiling === 0)
      throw new Error(`no call of V8's compilers found in node's call graph (${process.execPath})`)
    return {
      instructions: Number(total),
      compiling,
      ...JSON.parse(stdout.trim().split('\n').at(-1)),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The instructions a callgrind output file (uncompressed names) counts in calls to COMPILER_ENTRY functions from
 * functions outside them: each call's line `calls=…` is followed by a line of the call's inclusive cost.
 */
async function compilingIn(file) {
  let caller = ''
  let callee = ''
  let costOfCall = false
  let compiling = 0
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (costOfCall) {
      costOfCall = false
      if (COMPILER_ENTRY.test(callee) && !COMPILER_ENTRY.test(caller)) compiling += Number(line.split(' ')[1])
    } else if (line.startsWith('fn=')) caller = line.slice(3)
    else if (line.startsWith('cfn=')) callee = line.slice(4)
    else if (line.startsWith('calls=')) costOfCall = true
  }
  return compiling
}

/**
 * Queues the counts of one text in one mode on `tasks`: a valgrind process with k counted runs and one with 2k. The
 * difference of their counts over k is what a steady-state analysis costs, without the start-up, the warm-up and
 * valgrind's own fixed costs, which both processes share. Returns `counts`, filled in as { [k]: …, [2k]: … } or
 * { error } as the two tasks run (runPool); `label` names them in the progress lines.
 */
export function queueCounts(tasks, { text, textFile, mode, engineFile, label }) {
  const counts = {}
  const k = runsFor(text)
  for (const runs of [k, 2 * k])
    tasks.push({
      label: `${label}, ${MODES[mode].label}, ${runs === k ? 'k' : '2k'} runs`,
      run: async () => {
        try {
          counts[runs] = await countInstructions(mode, engineFile, textFile, runs)
        } catch (err) {
          counts.error = firstLine(err)
        }
      },
    })
  return counts
}

/**
 * Steady-state instructions per analysis from the counts of queueCounts, V8's compiling left out (`perRun`; with it,
 * `total`; the compiling alone, `compiling`), or why there are none.
 */
export function perRun(text, counts) {
  if (counts.error) return { error: counts.error }
  const k = runsFor(text)
  const [a, b] = [counts[k], counts[2 * k]]
  const total = (b.instructions - a.instructions) / k
  const compiling = (b.compiling - a.compiling) / k
  return {
    perRun: total - compiling,
    total,
    compiling,
    runs: k,
    // The first k runs are the same in both processes: the collections of the difference are the second one's rest.
    collections: b.collections - a.collections,
    quotes: b.quotes,
  }
}

/** Runs `tasks` (from queueCounts), `jobs` at a time, with a progress line for each as it ends. */
export async function runPool(tasks, jobs, progress) {
  let next = 0
  let done = 0
  async function worker() {
    while (next < tasks.length) {
      const t = tasks[next++]
      await t.run()
      progress(`  ${++done}/${tasks.length}: ${t.label}`)
    }
  }
  await Promise.all(Array.from({ length: jobs }, worker))
}

/**
 * The report's line when collections fell in the runs of texts `ids` in `mode`, or null: only the engine-only mode's
 * counts are meant to have none (with the collector, they belong in the count).
 */
export function collectionsNote(mode, ids) {
  return mode === 'engine' && ids.length
    ? `note: collections fell in the engine-only runs of ${ids.join(', ')}: their figures include some of the collector's work`
    : null
}

/** Millions of instructions, rounded as the timed bench rounds milliseconds (3 figures, 2 decimals under 10). */
export function megaInstructions(r) {
  return r?.error ? 'error' : r ? fmtMs(r.perRun / 1e6) : '—'
}
