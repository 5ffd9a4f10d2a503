// npm run bench — times the analysis engine (bundled as the Worker bundles it) on the sample article, the
// dev set, generated articles of 1k-100k words and pathological inputs, next to compromise's quote finder.
// Usage: node bench/run.mjs [--json [file]] [--quick] [--filter regex] [--no-compromise] [--no-stages]
//        [--no-pathological] [--no-curve] [--dev dir] [--timeout seconds]
import { createHash } from 'node:crypto'
import path from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { positive, readOptions, writeJsonReport } from './lib/args.mjs'
import { startCompromise } from './lib/compromise.mjs'
import { benchDir, countWords, defaultDevDir, repoRoot } from './lib/corpus.mjs'
import { buildEngine, buildStages, firstLine } from './lib/engine.mjs'
import { PATHOLOGICAL } from './lib/generate.mjs'
import { buildWorker } from './lib/http.mjs'
import { machineInfo, machineLine, pageFaultCostUs, pageFaults } from './lib/machine.mjs'
import { exponent, plan, repeatFor, stats, timeRuns, timeRunsAsync, WARM_ROUNDS } from './lib/measure.mjs'
import { fmtExp, fmtExpAgainst, fmtInt, fmtMs, fmtRatio, table } from './lib/report.mjs'
import { benchTexts } from './lib/texts.mjs'

const HELP = `npm run bench -- [options]
  --json [file]       write the results as JSON to file, or to stdout (the table then goes to stderr)
  --quick             about 4× fewer iterations, for a smoke run
  --filter <regex>    only rows whose id matches (e.g. 'gen-en|seed')
  --no-compromise     skip the compromise comparison
  --no-stages         skip per-stage timings
  --no-pathological   skip the pathological inputs
  --no-curve          skip the scaling curve (cuts of the 100k-word texts, 10k to 100k words)
  --no-http           skip the in-process HTTP layer rows
  --dev <dir>         the dev set folder (default ../shared/eval/dev beside the repo)
  --timeout <s>       time limit per pathological input (default 15)`

const TARGETS = { msPer1k: 2, quotesMsPer1k: 1, ratio: 20, exponent: 1.1 }

function parseOptions(argv) {
  const { values: v } = readOptions(
    argv,
    {
      json: { type: 'string' },
      quick: { type: 'boolean' },
      filter: { type: 'string' },
      'no-compromise': { type: 'boolean' },
      'no-stages': { type: 'boolean' },
      'no-pathological': { type: 'boolean' },
      'no-curve': { type: 'boolean' },
      'no-http': { type: 'boolean' },
      dev: { type: 'string' },
      timeout: { type: 'string' },
    },
    HELP,
  )
  return {
    json: v.json ?? null,
    quick: v.quick ?? false,
    filter: v.filter ? new RegExp(v.filter) : null,
    compromise: !v['no-compromise'],
    stages: !v['no-stages'],
    pathological: !v['no-pathological'],
    curve: !v['no-curve'],
    http: !v['no-http'],
    devDir: v.dev ? path.resolve(v.dev) : defaultDevDir,
    timeoutMs: positive(v.timeout, 'timeout', 15) * 1000,
  }
}

const opts = parseOptions(process.argv.slice(2))
// Progress always goes to stderr; stdout carries the table, or the JSON when it is asked for on stdout.
const progress = (msg) => process.stderr.write(`${msg}\n`)
const print = opts.json === '-' ? progress : (msg) => process.stdout.write(`${msg}\n`)
const selected = (id) => !opts.filter || opts.filter.test(id)
const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12)

async function main() {
  const started = performance.now()
  const machine = machineInfo(repoRoot)
  const outDir = path.join(benchDir, 'out')
  const notes = []

  let engine
  try {
    engine = await buildEngine(repoRoot, outDir)
  } catch (err) {
    progress(`bench: the engine does not build: ${firstLine(err)}`)
    process.exit(1)
  }
  const stageRunner = opts.stages
    ? await buildStages(repoRoot, outDir)
    : { error: 'per-stage timing off (--no-stages)' }
  if (stageRunner.error) notes.push(stageRunner.error)

  const texts = benchTexts(opts.devDir)
  notes.push(...texts.notes)
  const articles = texts.articles.filter((r) => selected(r.id))

  progress(
    `bench: engine ${engine.version ?? '?'} bundled (${Math.round(engine.bytes / 1024)} KiB); ${articles.length} texts`,
  )
  const warm = warmUp(articles, engine)
  notes.push(warm.note)
  const rows = []
  const gcLog = observeGc()
  const bySize = [...articles].sort((x, y) => x.text.length - y.text.length)
  // The article-sized texts here in interleaved rounds; the long ones after them in a worker thread of their own
  // (see measureLong).
  const small = bySize.filter((a) => countWords(a.text) < ARTICLE_WORDS)
  const long = bySize.filter((a) => countWords(a.text) >= ARTICLE_WORDS)
  const compromise = opts.compromise ? await startCompromiseThread(small, long, notes) : null
  const {
    rows: measured,
    roundTotals,
    compromiseRoundTotals,
  } = await measureArticles(small, engine, compromise)
  const steady = steadiness(roundTotals, compromiseRoundTotals)
  if (steady) notes.push(steadinessNote(steady))
  if (long.length) {
    const {
      rows: longRows,
      referenceRounds,
      notes: longNotes,
    } = await measureLong(long, small, engine.outfile)
    measured.push(...longRows)
    notes.push(...longNotes)
    // The 1,000-word texts' rounds, timed beside the 10k-word ones: their side of the paired 1k→10k step.
    for (const row of measured)
      if (referenceRounds.has(row.id)) row.scalingRounds = referenceRounds.get(row.id)
  }
  // GC entries arrive asynchronously: let them in, then count the pauses inside each text's timed runs.
  await new Promise((resolve) => setTimeout(resolve, 0))
  for (const row of measured) {
    if (row.windows) {
      const paused = row.windows.reduce((ms, [from, to]) => ms + gcLog.pausedMs(from, to), 0)
      row.gcMsPerRun = paused / row.n
    }
    delete row.windows
    rows.push(row)
  }
  gcLog.stop()
  rows.sort((x, y) => articles.findIndex((a) => a.id === x.id) - articles.findIndex((a) => a.id === y.id))
  if (compromise) await finishCompromise(compromise, long, rows, notes)
  if (stageRunner.outfile) {
    const err = await measureStages(stageRunner.outfile, articles, rows)
    if (err) notes.push(`per-stage timing failed: ${err}`)
  }

  let runtimeFloor = null
  const floorSizes = floorSizesOf(rows)
  if (floorSizes.length > 1 && selected('floor')) {
    runtimeFloor = await measureFloor(floorSizes)
    if (runtimeFloor.error) notes.push(`runtime reference failed: ${runtimeFloor.error}`)
    else notes.push(floorNote(runtimeFloor))
  }

  const curve = []
  if (opts.curve && selected('curve')) {
    const hundredK = articles.filter((a) => a.group === 'generated' && countWords(a.text) >= 100_000)
    curve.push(...(await measureCurve(hundredK, engine.outfile)))
  }

  const http = []
  if (opts.http && selected('http')) {
    try {
      http.push(...(await measureHttp(texts.articles[0].text, outDir)))
    } catch (err) {
      notes.push(`HTTP layer rows unavailable: ${firstLine(err)}`)
    }
  }

  const pathological = []
  if (opts.pathological) {
    for (const p of PATHOLOGICAL) {
      if (!selected(`path ${p.id}`)) continue
      pathological.push(await measurePathological(p, texts.prose, engine.outfile))
    }
  }

  const scaling = scalingOf(rows)
  const report = {
    tool: 'quotecast bench',
    machine,
    engine: { version: engine.version, bundleBytes: engine.bytes },
    options: { quick: opts.quick, compromise: opts.compromise, filter: opts.filter?.source ?? null },
    warmUp: { firstCallMs: warm.firstCallMs },
    steadiness: steady,
    rows,
    scaling,
    runtimeFloor,
    curve,
    http,
    pathological,
    targets: targetsOf(rows, scaling, pathological),
    notes,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  }
  // After every timing: the probe's 160 MB of fresh pages would otherwise be in the heap's way.
  machine.pageFaultUs = pageFaultCostUs()
  const faults = faultNote(rows, machine.pageFaultUs)
  if (faults) notes.push(faults)
  printReport(report)
  const file = writeJsonReport(opts.json, report)
  if (file) progress(`bench: JSON written to ${file}`)
}

/**
 * Steady state first. A Worker isolate serves request after request, so what the engine costs is its cost in
 * optimised code; timed cold, the first texts of the list would pay V8's compilation of every hot function
 * (seen: the sample article 3-5 ms timed first, 0.9 ms once warm). Every article-sized text therefore runs
 * round after round until the JIT has settled, for ours and for compromise alike, before any timing (the long
 * texts warm up in threads of their own, see measureLong). The first call of all, on a fresh engine, is kept and
 * reported: it is what a new isolate's first request pays. No collection is forced between texts: after `gc()` V8
 * starts again from a small young generation and the next runs pay for it (the 1,000-word articles timed 2-5×
 * slower).
 */
function warmUp(articles, engine) {
  const small = articles.filter((a) => countWords(a.text) < ARTICLE_WORDS)
  if (!small.length) return { firstCallMs: null, note: 'no article-sized text selected: no warm-up here' }
  const budgetMs = opts.quick ? 800 : 2_500
  const first = small[0]
  let firstCallMs = null
  if (first) {
    const t0 = performance.now()
    engine.analyze({ text: first.text })
    firstCallMs = performance.now() - t0
  }
  const ours = repeatFor(
    budgetMs,
    () => {
      for (const a of small) engine.analyze({ text: a.text })
    },
    WARM_ROUNDS,
  )
  return {
    firstCallMs,
    note: `warm-up before timing: ${ours} rounds of the ${small.length} article-sized texts; the very first call, cold, took ${fmtMs(firstCallMs)} ms (${first?.id ?? '—'})`,
  }
}

/** Texts under this many words are article-sized: warmed in rounds and timed in interleaved rounds. */
const ARTICLE_WORDS = 2_000
/** Rounds of the article-sized texts: each takes a fifth of every text's samples. */
const ROUNDS = 5

/** A text's row before timing: its first analysis (quotes, speakers, or the error). */
function firstRow(a, engine) {
  const words = countWords(a.text)
  const row = { id: a.id, group: a.group, lang: a.lang, words, chars: a.text.length, sha: sha(a.text) }
  try {
    const out = engine.analyze({ text: a.text })
    row.quotes = out.quotes?.length ?? null
    row.speakers = out.speakers?.length ?? null
  } catch (err) {
    row.error = firstLine(err)
  }
  return row
}

/** Times one text's runs; `windows` keeps when, for the GC pauses. */
function timeText(a, engine, row, p, samples) {
  const from = performance.now()
  const faults = pageFaults()
  const timed = timeRuns(() => engine.analyze({ text: a.text }), p)
  samples.push(...timed)
  row.windows ??= []
  row.windows.push([from, performance.now()])
  // Per run, warm-up runs included (they are runs of the same text in the same state).
  row.faults = (row.faults ?? 0) + pageFaults() - faults
  row.faultedRuns = (row.faultedRuns ?? 0) + timed.length + (p.warmup ?? 0)
}

function finishRow(row, samples) {
  Object.assign(row, stats(samples))
  if (row.faultedRuns) row.faultsPerRun = row.faults / row.faultedRuns
  delete row.faults
  delete row.faultedRuns
  row.msPer1kWords = row.words ? (row.median / row.words) * 1000 : null
  return row
}

/**
 * Rounds of the two sizes an exponent compares, timed in turn (one with --quick): the long texts' (measureLong) and
 * each pathological input's (measurePathological). An input's rounds are short, and their exponents spread over 0.5
 * on this machine (bench/README.md), so it has more of them.
 */
const PAIRED_ROUNDS = 3
const PATHOLOGICAL_ROUNDS = 5

/**
 * The long texts (2,000 words and more), by size (10k, 100k words), each size in a worker thread of its own
 * (lib/long-worker.mjs: each text once, the main thread's warm-up, then each text's runs), in PAIRED_ROUNDS rounds of
 * every size, the order alternating from round to round (smaller sizes first in the first round). The worker of the
 * smallest size also times the 1,000-word generated texts (`references`), so that every step of the scaling
 * exponent has both its sizes timed in each round, seconds apart: timed once each, minutes apart, the 1k→10k step
 * had read 1.19 / 1.08 in one run and 1.06 / 1.08 in the next on one engine, as the machine's phase moved.
 * A 100k-word analysis leaves a heap of that many words' objects; in the main thread it was collected while the
 * article-sized texts were timed (their medians 1.5–2× slower in four runs of four). The Worker itself takes at
 * most 200,000 characters (MAX_TEXT_CHARS, about 30,000 words), so an isolate serving articles never holds one.
 * Returns the long texts' rows (their samples pooled over the rounds, `scalingRounds` per round), by id the
 * references' rounds, and notes on rounds a text lost (a worker that failed or ran out of time).
 */
async function measureLong(long, small, enginePath) {
  const rows = long.map((a) => {
    const words = countWords(a.text)
    return { id: a.id, group: a.group, lang: a.lang, words, chars: a.text.length, sha: sha(a.text) }
  })
  const references = small.filter((a) => a.group === 'generated')
  // Sizes by order of magnitude: 10,000-99,999 words together, then 100,000 and more.
  const magnitude = (row) => Math.floor(Math.log10(row.words))
  const magnitudes = [...new Set(rows.map(magnitude))].sort((x, y) => x - y)
  const timed = new Map([...rows, ...references].map((x) => [x.id, []]))
  const errors = new Map()
  const rounds = opts.quick ? 1 : PAIRED_ROUNDS
  for (let round = 0; round < rounds; round++) {
    for (const m of round % 2 === 0 ? magnitudes : [...magnitudes].reverse()) {
      const group = rows.filter((row) => magnitude(row) === m)
      const refs = m === magnitudes[0] ? references : []
      progress(
        `  ${[...refs, ...group].map((x) => x.id).join(', ')}: in a worker thread (round ${round + 1} of ${rounds})`,
      )
      const texts = [
        ...refs.map((a) => ({
          id: a.id,
          text: a.text,
          plan: plan(countWords(a.text), { quick: opts.quick }),
        })),
        ...group.map((row) => ({
          id: row.id,
          text: long.find((a) => a.id === row.id).text,
          plan: plan(row.words, { quick: opts.quick }),
        })),
      ]
      const error = await runWorker(
        './lib/long-worker.mjs',
        { enginePath, warm: small.map((a) => a.text), texts, warmMs: opts.quick ? 800 : 2_500 },
        300_000,
        (msg) => timed.get(msg.id).push({ round, ...msg }),
      )
      for (const row of group)
        if (!timed.get(row.id).some((r) => r.round === round))
          errors.set(row.id, [...(errors.get(row.id) ?? []), { round, error: error ?? 'not timed' }])
    }
  }
  for (const row of rows) {
    const runs = timed.get(row.id)
    if (!runs.length) {
      row.error = errors.get(row.id)?.[0]?.error ?? 'not timed'
      continue
    }
    Object.assign(row, {
      quotes: runs[0].quotes,
      speakers: runs[0].speakers,
      gcMsPerRun: meanPerRun(runs, 'gcMsPerRun'),
      faultsPerRun: meanPerRun(runs, 'faultsPerRun'),
      scalingRounds: roundsOf(runs),
    })
    finishRow(
      row,
      runs.flatMap((r) => r.samples),
    )
  }
  const referenceRounds = new Map(references.map((a) => [a.id, roundsOf(timed.get(a.id))]))
  // A text timed in some rounds and not in others keeps the rounds it has; say which it lost.
  const notes = rows
    .filter((row) => !row.error && errors.has(row.id))
    .map((row) => {
      const lost = errors.get(row.id).map((e) => `round ${e.round + 1}: ${e.error}`)
      return `${row.id}: ${lost.join('; ')} (its figures are from the other rounds)`
    })
  return { rows, referenceRounds, notes }
}

/** The mean per run of a figure each round gives per run (`key`), over every round's runs. */
function meanPerRun(rounds, key) {
  let sum = 0
  let n = 0
  for (const r of rounds) {
    sum += r[key] * r.samples.length
    n += r.samples.length
  }
  return sum / n
}

/** Each round's median and collector pauses per run, for the paired scaling exponents (scalingOf). */
function roundsOf(runs) {
  return runs.map((r) => ({ round: r.round, median: stats(r.samples).median, gcMsPerRun: r.gcMsPerRun }))
}

/**
 * Runs a worker module of this folder (the long texts, the per-stage timing) that posts `{ id, … }` per text, then
 * `{ done }` or `{ error }`; `onText` gets each text's message. Resolves with an error message, or null.
 */
function runWorker(module, workerData, timeoutMs, onText) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(module, import.meta.url), { workerData })
    const finish = (error) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(error)
    }
    const timer = setTimeout(() => finish(`timeout after ${timeoutMs / 1000} s`), timeoutMs)
    worker.on('message', (msg) => {
      if (msg.id) onText(msg)
      else if (msg.done) finish(null)
      else if (msg.error) finish(msg.error)
    })
    worker.once('error', (err) => finish(firstLine(err)))
  })
}

/**
 * The article-sized texts in interleaved rounds: each round takes a fifth of every text's samples, in size order.
 * Timed one after the other, a text got all of a slow minute of this shared VM (its whole median twice the
 * others', the per-stage thread's figure of the same text unmoved); in rounds a slow minute falls on all texts.
 * With `compromise` (lib/compromise.mjs), each of our rounds is followed by its share of the same texts in its
 * thread, so that both libraries are timed across the same minutes of the machine.
 */
async function measureArticles(texts, engine, compromise) {
  progress(
    `  ${texts.length} article-sized texts, ${ROUNDS} interleaved rounds${compromise ? ', each followed by compromise on the same texts' : ''}`,
  )
  const rows = texts.map((a) => firstRow(a, engine))
  const samples = texts.map(() => [])
  // Per round, the sum over the texts of their medians in that round: how steady the machine was (see steadiness).
  const roundTotals = []
  const compromiseRoundTotals = []
  for (let r = 0; r < ROUNDS; r++) {
    let total = 0
    texts.forEach((a, k) => {
      const row = rows[k]
      if (row.error) return
      const p = plan(row.words, { quick: opts.quick })
      const per = {
        warmup: r === 0 ? p.warmup : 0,
        iterations: Math.ceil(p.iterations / ROUNDS),
        min: 1,
        capMs: p.capMs / ROUNDS,
      }
      const before = samples[k].length
      timeText(a, engine, row, per, samples[k])
      const median = stats(samples[k].slice(before)).median
      row.roundMedians ??= []
      row.roundMedians.push(median)
      total += median
    })
    roundTotals.push(total)
    if (compromise?.running) compromiseRoundTotals.push(await compromiseRound(compromise, r, texts, rows))
  }
  return {
    rows: rows.map((row, k) => (row.error ? row : finishRow(row, samples[k]))),
    roundTotals,
    compromiseRoundTotals: compromise?.running ? compromiseRoundTotals : [],
  }
}

/** Round-to-round spread above this is a slow phase of the machine, not noise: the run's figures need care. */
const UNSTEADY = 1.25

/**
 * How steady the machine was while the article-sized texts were timed: the rounds' totals (each the sum of every
 * text's median in that round) and their spread, max over min. This shared VM has phases of a second or more in
 * which the engine runs 1.5–2× slower (an arithmetic loop timed meanwhile does not move); a run that caught one
 * shows it here, rather than as a slower engine. With compromise's rounds, also its totals and the ratio of the
 * two per round.
 */
function steadiness(roundTotals, compromiseRoundTotals) {
  if (roundTotals.length < 2 || !(Math.min(...roundTotals) > 0)) return null
  const spread = Math.max(...roundTotals) / Math.min(...roundTotals)
  const paired = compromiseRoundTotals.length === roundTotals.length
  return {
    roundTotalsMs: roundTotals,
    spread,
    unsteady: spread > UNSTEADY,
    compromiseRoundTotalsMs: paired ? compromiseRoundTotals : null,
    ratioPerRound: paired ? compromiseRoundTotals.map((c, k) => c / roundTotals[k]) : null,
  }
}

function steadinessNote(steady) {
  const rounds = steady.roundTotalsMs
  let note = `steadiness: the ${rounds.length} rounds of the article-sized texts took ${rounds.map(fmtMs).join(', ')} ms (sums of the texts' medians per round), spread ${steady.spread.toFixed(2)}×`
  if (steady.unsteady)
    note += ` — above ${UNSTEADY}×: a slow phase of the machine fell in this run; compare its figures with care, or run it again`
  if (steady.ratioPerRound)
    note += `; compromise's rounds took ${steady.compromiseRoundTotalsMs.map(fmtMs).join(', ')} ms, so ${steady.ratioPerRound.map(fmtRatio).join(', ')} per round`
  return note
}

/**
 * compromise's quote finder on the same texts, in the same process, in a worker thread of its own
 * (lib/compromise-worker.mjs), warmed up there as ours is here. The article-sized texts are timed in step with
 * ours, a round of theirs after each round of ours; the long texts after ours. Timed after all of ours instead,
 * the ratio moved with whichever of the two timings a slow phase of this VM fell in (9.5–25× on gen-ru-1k over
 * one day's runs); timed in our rounds in one heap, its garbage was collected in our timing. Returns null, with a
 * note, when the thread does not start.
 */
async function startCompromiseThread(small, long, notes) {
  const withPlan = (a) => ({
    id: a.id,
    text: a.text,
    plan: plan(countWords(a.text), { quick: opts.quick, slow: true }),
  })
  progress('  compromise: warming up in its thread')
  try {
    const thread = await startCompromise({
      small: small.map(withPlan),
      long: long.map(withPlan),
      rounds: ROUNDS,
      warmMs: opts.quick ? 800 : 2_500,
    })
    thread.running = true
    return thread
  } catch (err) {
    notes.push(`compromise comparison unavailable: ${firstLine(err)}`)
    return null
  }
}

/**
 * One round of compromise's share of the article-sized texts: each text's median in it goes to its row
 * (`compromiseRoundMedians`, beside our `roundMedians`); returns the sum of those medians, as ours.
 */
async function compromiseRound(compromise, r, texts, rows) {
  const before = texts.map((a) => compromise.samples.get(a.id)?.length ?? 0)
  try {
    await compromise.round(r)
  } catch (err) {
    compromise.running = false
    compromise.error = firstLine(err)
    return null
  }
  return texts.reduce((total, a, k) => {
    const added = (compromise.samples.get(a.id) ?? []).slice(before[k])
    if (!added.length) return total
    const median = stats(added).median
    rows[k].compromiseRoundMedians ??= []
    rows[k].compromiseRoundMedians.push(median)
    return total + median
  }, 0)
}

/**
 * How many times faster ours is, for an article-sized text: in each round, compromise's median over ours (the
 * two timed within a second of each other), then the median over the rounds. A slow phase of the machine that
 * spans a round's pair leaves its ratio alone, and the median sets aside up to two rounds whose two halves fell
 * on different sides of a phase; the ratio of the two pooled medians has no such pairing. Null without a pair
 * for every round.
 */
function pairedRatio(row) {
  const ours = row.roundMedians
  const theirs = row.compromiseRoundMedians
  if (!ours || !theirs || ours.length !== theirs.length || ours.length < 3) return null
  return stats(theirs.map((c, k) => c / ours[k])).median
}

/** The long texts' compromise runs, then every row's compromise figures and ratio. */
async function finishCompromise(compromise, long, rows, notes) {
  if (compromise.running && long.length) {
    progress(`  compromise: ${long.map((a) => a.id).join(', ')}`)
    try {
      await compromise.long()
    } catch (err) {
      compromise.error = firstLine(err)
    }
  }
  await compromise.stop()
  if (compromise.error) notes.push(`compromise comparison stopped: ${compromise.error}`)
  for (const row of rows) {
    const samples = compromise.samples.get(row.id)
    if (!samples?.length || row.error) continue
    row.compromise = { quotes: compromise.quotes.get(row.id), ...stats(samples) }
    row.pooledRatio = row.compromise.median / row.median
    row.ratio = pairedRatio(row) ?? row.pooledRatio
  }
  notes.push(
    `compromise: in a worker thread of its own, warmed by ${compromise.warmRounds} rounds of the article-sized texts; after each of our ${ROUNDS} rounds of them, its share of the same texts; the long texts after ours`,
  )
}

/**
 * Per-stage medians for the sample and the generated articles (for the dev articles the total is enough), timed in
 * a worker thread after everything else here (see lib/stages-worker.mjs), warmed there on every article-sized text.
 * Returns an error message, or null.
 */
function measureStages(outfile, articles, rows) {
  const small = articles.filter((a) => countWords(a.text) < 2_000).map((a) => a.text)
  const texts = articles
    .filter((a) => a.group !== 'dev')
    .map((a) => {
      const p = plan(countWords(a.text), { quick: opts.quick })
      return {
        id: a.id,
        text: a.text,
        words: countWords(a.text),
        plan: { ...p, iterations: Math.max(2, Math.ceil(p.iterations / 2)), min: 2, capMs: p.capMs / 2 },
      }
    })
  progress('  per-stage timing, in a worker thread')
  return runWorker(
    './lib/stages-worker.mjs',
    { outfile, warm: small, texts, warmMs: opts.quick ? 800 : 2_500 },
    180_000,
    (msg) => {
      const row = rows.find((r) => r.id === msg.id)
      if (!row) return
      if (msg.stages) row.stages = msg.stages
      if (msg.documentBytesPerWord !== undefined) row.documentBytesPerWord = msg.documentBytesPerWord
    },
  )
}

/** Sizes of the scaling curve, in words: cuts of each 100k-word text at the end of a paragraph. */
const CURVE_WORDS = [10_000, 20_000, 30_000, 40_000, 60_000, 100_000]

/** The first paragraphs of `text` that hold at least `words` words (all of it if it holds fewer). */
function cutAtParagraph(text, words) {
  let count = 0
  let end = 0
  while (end < text.length && count < words) {
    const next = text.indexOf('\n', end)
    const lineEnd = next < 0 ? text.length : next + 1
    count += countWords(text.slice(end, lineEnd))
    end = lineEnd
  }
  return text.slice(0, end)
}

/**
 * The analysis of the 100k-word texts cut at 10k…100k words, each size in a worker thread of its own
 * (lib/long-worker.mjs, warmed on the cut itself): where the time per word grows and where
 * it stays flat, with the page faults and collector pauses per run beside it. One text per language, so that the
 * sizes differ only in length.
 */
async function measureCurve(texts, enginePath) {
  const points = []
  for (const a of texts) {
    for (const target of CURVE_WORDS) {
      const text = cutAtParagraph(a.text, target)
      const words = countWords(text)
      const id = `${a.id}@${target / 1000}k`
      progress(`  scaling curve: ${id} (${fmtInt(words)} words), in a worker thread`)
      const point = { id, lang: a.lang, words, chars: text.length }
      const error = await runWorker(
        './lib/long-worker.mjs',
        {
          enginePath,
          // Warmed on the text itself: its first runs also grow the heap to its size, which the steady state
          // must be past (warmed on the small texts instead, the 10k cut took 5× its steady time).
          warm: [],
          texts: [{ id, text, plan: plan(words, { quick: opts.quick }) }],
          warmMs: opts.quick ? 500 : 1_500,
        },
        120_000,
        (msg) => {
          Object.assign(point, stats(msg.samples), {
            gcMsPerRun: msg.gcMsPerRun,
            faultsPerRun: msg.faultsPerRun,
          })
        },
      )
      if (error) point.error = error
      const before = points.at(-1)
      if (before?.lang === a.lang && before.median && point.median)
        point.exponent = exponent(before.words, before.median, words, point.median)
      points.push(point)
    }
  }
  return points
}

/** The word counts of one language's generated texts (Russian, or else English), smallest first. */
function floorSizesOf(rows) {
  const gen = (lang) => rows.filter((r) => r.group === 'generated' && r.lang === lang && r.median)
  const chosen = gen('ru').length ? gen('ru') : gen('en')
  return chosen.map((r) => r.words).sort((a, b) => a - b)
}

/**
 * The runtime's own growth at the generated texts' sizes (lib/floor-worker.mjs: per word, one live object of a
 * token's shape and its text, nothing else), in a worker thread after the texts: a reference for the engine's
 * exponents.
 */
async function measureFloor(sizes) {
  progress('  runtime reference (a live object and a string per word), in a worker thread')
  const points = []
  const error = await runWorker(
    './lib/floor-worker.mjs',
    {
      sizes: sizes.map((words) => ({ words, iterations: words < 2_000 ? 50 : words < 20_000 ? 20 : 7 })),
      warmMs: opts.quick ? 200 : 600,
    },
    120_000,
    (msg) => points.push({ words: msg.words, n: msg.n, median: msg.median, faultsPerRun: msg.faultsPerRun }),
  )
  const exponents = points.slice(1).map((b, k) => ({
    from: points[k].words,
    to: b.words,
    exponent: exponent(points[k].words, points[k].median, b.words, b.median),
  }))
  return { points, exponents, error }
}

function floorNote(floor) {
  const points = floor.points
    .map((p) => `${fmtInt(p.words)} words ${fmtMs(p.median)} ms (${fmtFaults(p.faultsPerRun)} faults)`)
    .join(', ')
  const exps = floor.exponents
    .map((e) => `${fmtInt(e.from)}→${fmtInt(e.to)} ${fmtExp(e.exponent)}`)
    .join(', ')
  return `runtime reference, not a target (lib/floor-worker.mjs: per word, one live object of a token's 9 fields and its 7-letter text, nothing else, as an analysis holds its tokens): ${points}; exponent ${exps}`
}

/**
 * The Worker's fetch handler in process with an in-memory KV, on the sample article: a cache hit, a miss
 * (Cache-Control: no-cache: analysis, envelope, KV write) and GET /healthz, the floor of routing and
 * middleware. Hit minus healthz is what our cache path costs in CPU, without wrangler's proxy or KV simulation.
 */
async function measureHttp(text, outDir) {
  progress('  HTTP layer, in process')
  const worker = await buildWorker(repoRoot, outDir)
  const body = JSON.stringify({ text })
  const post = (noCache) => () =>
    worker.request('POST', '/v1/analyze', {
      body,
      headers: { 'content-type': 'application/json', ...(noCache ? { 'cache-control': 'no-cache' } : {}) },
    })
  const cases = [
    { id: 'POST /v1/analyze, cache hit', run: post(false), expect: 'HIT' },
    { id: 'POST /v1/analyze, no-cache (miss)', run: post(true), expect: 'MISS' },
    { id: 'GET /healthz', run: () => worker.request('GET', '/healthz'), expect: null },
  ]
  await post(false)() // fills the cache
  const rows = []
  for (const c of cases) {
    const probe = await c.run()
    const row = { id: c.id, status: probe.status, cache: probe.cache, bytes: probe.bytes }
    if (probe.status !== 200 || (c.expect && probe.cache !== c.expect))
      row.warning = `got ${probe.status} ${probe.cache}`
    Object.assign(row, stats(await timeRunsAsync(c.run, plan(1_000, { quick: opts.quick }))))
    rows.push(row)
  }
  return rows
}

/**
 * Runs one pathological input at a tenth of its size and at full size, each in a worker with a time limit, in
 * PATHOLOGICAL_ROUNDS rounds of both sizes, the order alternating from round to round. The exponent is the median
 * of the rounds' exponents, each from the two medians of its round: the machine has slow phases of a second or
 * more (1.3–2×), and the two sizes timed once each, seconds apart, had put one input at 1.28 in one run and 0.93
 * in the next. Paired by round, a phase that falls on one size's worker moves one round, not the result.
 */
async function measurePathological(p, prose, enginePath) {
  const result = { id: p.id, input: p.describe(p.size) }
  const sizes = [Math.round(p.size / 10), p.size]
  // Each size's text and counts, made once for all rounds.
  const inputs = sizes.map((n) => {
    const text = p.make(n, { prose })
    return { n, text, chars: text.length, words: countWords(text) }
  })
  const warmText = inputs[0].text
  const rounds = opts.quick ? 1 : PATHOLOGICAL_ROUNDS
  for (const { n, chars } of inputs)
    progress(`  pathological: ${p.describe(n)} (${fmtInt(chars)} chars), ${rounds} round(s)`)
  // Short inputs run fast; they need more samples for a stable median. Each size is timed in steady state,
  // like the articles (lib/worker.mjs): the first runs at a size pay once for growing the isolate's heap to
  // it (seen: 50,000 « at 8 ms after two runs, 2.8 ms after a second of them), which is not the algorithm's
  // scaling. The very first run at full size is reported apart (`firstMs`).
  const plans = [
    { warmup: 0, iterations: 8, capMs: 700, min: 3 },
    { warmup: 0, iterations: 5, capMs: 1_500, min: 2 },
  ]
  const bySize = [[], []]
  // A size that fails ends the measurement; one cut by the time limit ends it after its round (no more rounds).
  let stop = false
  for (let round = 0; round < rounds && !stop; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0]
    for (const which of order) {
      const { text, ...size } = inputs[which]
      const r = await inWorker(enginePath, text, warmText, plans[which], opts.timeoutMs)
      bySize[which].push({ round, ...size, ...r })
      if (r.partial) stop = true
      if (!r.ok) {
        stop = true
        break
      }
    }
  }
  const [small, full] = bySize.map(pooled)
  result.chars = full?.chars ?? small.chars
  result.small = small
  result.full = full ?? null
  if (small?.ok && full?.ok) {
    const [a, b] = bySize.map((runs) => runs.filter((r) => r.ok))
    const paired = roundExponents(small.chars, a, full.chars, b, (r) => r.stats.median)
    result.roundExponents = paired
    result.exponent = paired.length ? stats(paired).median : undefined
    result.pooledExponent = exponent(small.chars, small.stats.median, full.chars, full.stats.median)
  }
  // A full-size run cut by the time limit gives only a lower bound: the exponent is at least this.
  result.timedOut = bySize.flat().some((r) => r?.partial || r?.error?.startsWith('timeout'))
  return result
}

/**
 * One size's rounds as one result: every sample pooled (median, p95), faults per run over all of them, the first
 * run of the first round; a round that failed instead, if one did.
 */
function pooled(runs) {
  if (!runs.length) return undefined
  // A round that failed (an exception, or a timeout before any run ended) fails the input.
  const failed = runs.find((r) => !r.ok)
  if (failed) return failed
  const samples = runs.flatMap((r) => r.samples)
  return {
    ...runs[0],
    stats: stats(samples),
    samples,
    faultsPerRun: meanPerRun(runs, 'faultsPerRun'),
    rounds: runs.length,
    partial: runs.some((r) => r.partial),
  }
}

function inWorker(enginePath, text, warmText, pl, timeoutMs) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./lib/worker.mjs', import.meta.url), {
      workerData: { enginePath, text, warmText, plan: pl },
    })
    // The worker reports its first run apart, then every timed run (those past `warmup` count).
    const samples = []
    let faults = 0
    let seen = 0
    let first = null
    let quotes = null
    const finish = (extra) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(
        samples.length
          ? {
              ok: true,
              stats: stats(samples),
              samples,
              faultsPerRun: faults / samples.length,
              firstMs: first,
              quotes,
              ...extra,
            }
          : { ok: false, ...extra },
      )
    }
    const timer = setTimeout(() => {
      const error = `timeout after ${timeoutMs / 1000} s`
      // Runs that finished before the limit still give a (lower-bound) median, marked partial.
      finish(samples.length ? { partial: true, note: `${error}, ${samples.length} run(s)` } : { error })
    }, timeoutMs)
    worker.on('message', (msg) => {
      if (msg.first !== undefined) {
        first = msg.first
        quotes = msg.quotes
      } else if (msg.sample !== undefined) {
        if (++seen > (pl.warmup ?? 0)) {
          samples.push(msg.sample)
          faults += msg.faults
        }
        quotes = msg.quotes
      } else if (msg.done) finish({})
      else if (msg.error) finish({ error: msg.error })
    })
    worker.once('error', (err) => finish({ error: firstLine(err) }))
  })
}

/**
 * Garbage-collection pauses, from Node's performance timeline: how much of a text's time is V8 collecting rather
 * than the engine computing. Shown beside the scaling exponents, since at 100k words the collector's share grows.
 */
function observeGc() {
  const entries = []
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()))
  observer.observe({ entryTypes: ['gc'] })
  return {
    pausedMs(from, to) {
      let ms = 0
      for (const e of entries) if (e.startTime >= from && e.startTime < to) ms += e.duration
      return ms
    },
    stop: () => observer.disconnect(),
  }
}

/**
 * Scaling exponents between consecutive generated sizes, and over the whole 1k-100k range. Where both sizes were
 * timed in the same rounds (measureLong: `scalingRounds`), the exponent is the median of the rounds' exponents,
 * each between the two medians of its round (`roundExponents`); else the one between the two medians.
 */
function scalingOf(rows) {
  const out = []
  for (const lang of ['ru', 'en']) {
    const gen = rows
      .filter((r) => r.group === 'generated' && r.lang === lang && r.median)
      .sort((a, b) => a.words - b.words)
    const step = (a, b) => {
      const paired = pairedExponents(a, b, (r) => r.median)
      const s = { lang, from: a.id, to: b.id }
      if (!paired.length) return { ...s, exponent: exponent(a.words, a.median, b.words, b.median) }
      const withoutGc = pairedExponents(a, b, (r) => r.median - (r.gcMsPerRun ?? 0))
      return {
        ...s,
        exponent: stats(paired).median,
        roundExponents: paired,
        pooledExponent: exponent(a.words, a.median, b.words, b.median),
        // The same, with each median less the mean GC pause per run: what the engine's own code scales like.
        exponentWithoutGc: withoutGc.length ? stats(withoutGc).median : null,
      }
    }
    for (let i = 1; i < gen.length; i++) {
      const [a, b] = [gen[i - 1], gen[i]]
      const s = step(a, b)
      // Unpaired (a filter that keeps one size of a pair out of the rounds): from the medians less the pauses.
      s.exponentWithoutGc ??= exponent(
        a.words,
        a.median - (a.gcMsPerRun ?? 0),
        b.words,
        b.median - (b.gcMsPerRun ?? 0),
      )
      b.exponent = s.exponent
      if (a.compromise && b.compromise)
        s.compromiseExponent = exponent(a.words, a.compromise.median, b.words, b.compromise.median)
      out.push(s)
    }
    if (gen.length > 2) {
      const { exponentWithoutGc, ...s } = step(gen[0], gen[gen.length - 1])
      out.push(s)
    }
  }
  return out
}

/** The exponents from generated row a to row b (by words) of the rounds in which both were timed. */
function pairedExponents(a, b, medianOf) {
  return roundExponents(a.words, a.scalingRounds ?? [], b.words, b.scalingRounds ?? [], medianOf)
}

/**
 * Per round in which both sizes were timed (`round` in each entry), the exponent from size a to size b, each
 * round's time by `medianOf` its entry.
 */
function roundExponents(aSize, aRounds, bSize, bRounds, medianOf) {
  const out = []
  for (const ra of aRounds) {
    const rb = bRounds.find((r) => r.round === ra.round)
    const e = rb ? exponent(aSize, medianOf(ra), bSize, medianOf(rb)) : null
    if (e !== null) out.push(e)
  }
  return out
}

/** The issue's targets, each with the figure it is judged on; `pass` is null when the rows were filtered out. */
function targetsOf(rows, scaling, pathological) {
  const ok = (rs) => rs.length > 0
  const t = []
  const oneK = rows.filter((r) => r.group === 'generated' && r.words < 2_000 && r.median)
  t.push({
    target: `full analysis of a 1,000-word article ≤ ${TARGETS.msPer1k} ms median`,
    value: oneK.map((r) => `${r.id} ${fmtMs(r.median)} ms`).join(', ') || 'n/a',
    pass: ok(oneK) ? oneK.every((r) => r.median <= TARGETS.msPer1k) : null,
  })
  // The issue sets the ratio on the 1,000-word article; the worst ratio over every text is shown beside it.
  const oneKRatio = oneK.filter((r) => r.ratio)
  const compared = rows.filter((r) => r.ratio)
  const worst = compared.reduce((w, r) => (!w || r.ratio < w.ratio ? r : w), null)
  t.push({
    target: `≥ ${TARGETS.ratio}× faster than compromise .quotations() on the 1,000-word article`,
    value: worst
      ? `${oneKRatio.map((r) => `${r.id} ${fmtRatio(r.ratio)}${r.pooledRatio !== r.ratio ? ` (pooled medians ${fmtRatio(r.pooledRatio)})` : ''}`).join(', ')}; over all texts: worst ${fmtRatio(worst.ratio)} (${worst.id}), median ${fmtRatio(stats(compared.map((r) => r.ratio)).median)}`
      : 'n/a',
    pass: ok(oneKRatio) ? oneKRatio.every((r) => r.ratio >= TARGETS.ratio) : null,
  })
  // Issue 3's own figure: the quotes stage (extractQuotes: scanning, mentions, attribution, reported speech and
  // the speaker breakdown) of the same 1,000-word articles.
  const staged = oneK.filter((r) => r.stages)
  t.push({
    target: `quotes + speakers of a 1,000-word article ≤ ${TARGETS.quotesMsPer1k} ms median (issue 3)`,
    value: staged.map((r) => `${r.id} ${fmtMs(r.stages.quotes)} ms`).join(', ') || 'n/a',
    pass: ok(staged) ? staged.every((r) => r.stages.quotes <= TARGETS.quotesMsPer1k) : null,
  })
  const spans = scaling.filter((s) => s.exponent !== null)
  t.push({
    target: `scaling exponent ≤ ${TARGETS.exponent} up to 100k words`,
    value:
      spans
        .map((s) => {
          const notes = []
          if (s.roundExponents?.length > 1) notes.push(`rounds ${s.roundExponents.map(fmtExp).join(' ')}`)
          if (s.exponentWithoutGc)
            notes.push(`${fmtExpAgainst(s.exponentWithoutGc, TARGETS.exponent)} without GC pauses`)
          return `${s.from}→${s.to.replace(/^gen-..-/, '')} ${fmtExpAgainst(s.exponent, TARGETS.exponent)}${notes.length ? ` (${notes.join('; ')})` : ''}`
        })
        .join(', ') || 'n/a',
    pass: ok(spans) ? spans.every((s) => s.exponent <= TARGETS.exponent) : null,
  })
  t.push({
    target: `no pathological input superlinear (exponent ≤ ${TARGETS.exponent}, no timeout)`,
    value:
      pathological
        .map((p) => {
          if (p.exponent === undefined) return `${p.id} ${p.timedOut ? 'timeout' : 'error'}`
          return `${p.id} ${p.timedOut ? '≥ ' : ''}${fmtExpAgainst(p.exponent, TARGETS.exponent)}${p.timedOut ? ' (timeout)' : ''}`
        })
        .join(', ') || 'n/a',
    pass: ok(pathological)
      ? pathological.every(
          (p) =>
            !p.timedOut && p.exponent !== undefined && p.exponent !== null && p.exponent <= TARGETS.exponent,
        )
      : null,
  })
  return t
}

/**
 * What the long texts' page faults cost at the probe's price per fault, and the 10k→100k exponents with that cost
 * taken out of both medians: an estimate (a fault inside a collector's pause is counted in `GC ms` too).
 */
function faultNote(rows, costUs) {
  const long = rows.filter((r) => r.group === 'generated' && r.words >= ARTICLE_WORDS && r.faultsPerRun >= 0)
  if (!costUs || !long.length) return null
  const msOf = (r) => (r.faultsPerRun * costUs) / 1000
  const each = long.map(
    (r) =>
      `${r.id} ${fmtFaults(r.faultsPerRun)} (≈ ${fmtMs(msOf(r))} ms, ${Math.round((100 * msOf(r)) / r.median)}% of its median)`,
  )
  const exps = []
  for (const lang of ['ru', 'en']) {
    const [a, b] = long.filter((r) => r.lang === lang).sort((x, y) => x.words - y.words)
    if (a && b)
      exps.push(`${lang} ${fmtExp(exponent(a.words, a.median - msOf(a), b.words, b.median - msOf(b)))}`)
  }
  return `page faults per run, at ≈ ${costUs} µs each: ${each.join(', ')}${exps.length ? `; the 10k→100k exponents without that cost: ${exps.join(', ')}` : ''}`
}

function fmtFaults(n) {
  if (n === undefined || n === null) return '—'
  return n < 10 ? n.toFixed(1) : fmtInt(Math.round(n))
}

function printReport(r) {
  const m = r.machine
  print(
    `quotecast bench — engine ${r.engine.version ?? '?'} (${Math.round(r.engine.bundleBytes / 1024)} KiB bundle)`,
  )
  for (const line of machineLine(m)) print(`  ${line}`)
  print('')

  const compromise = r.options.compromise
  const head = [
    'text',
    'lang',
    'words',
    'median ms',
    'p95 ms',
    'GC ms',
    'faults',
    'ms/1k words',
    'exp',
    'quotes',
    'n',
  ]
  const align = ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
  if (compromise) {
    head.push('compromise ms', 'ours ×faster')
    align.push('r', 'r')
  }
  const line = (row) => {
    if (row.error)
      return [
        row.id,
        row.lang,
        fmtInt(row.words),
        `error: ${row.error}`,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        ...(compromise ? ['', ''] : []),
      ]
    const cells = [
      row.id,
      row.lang,
      fmtInt(row.words),
      fmtMs(row.median),
      fmtMs(row.p95),
      fmtMs(row.gcMsPerRun),
      fmtFaults(row.faultsPerRun),
      fmtMs(row.msPer1kWords),
      fmtExp(row.exponent),
      row.compromise ? `${row.quotes} / ${row.compromise.quotes}` : fmtInt(row.quotes),
      row.n,
    ]
    if (compromise) cells.push(fmtMs(row.compromise?.median), fmtRatio(row.ratio))
    return cells
  }
  const dev = r.rows.filter((x) => x.group === 'dev' && x.median)
  const body = r.rows.map(line)
  if (dev.length > 1) {
    // One line for the whole dev set: mean time per article and the time per 1,000 words over all of it.
    const sum = (f) => dev.reduce((s, x) => s + f(x), 0)
    const agg = [
      `dev set, ${dev.length} articles`,
      'mixed',
      fmtInt(sum((x) => x.words)),
      `${fmtMs(sum((x) => x.median) / dev.length)} mean`,
      '',
      '',
      '',
      fmtMs((sum((x) => x.median) / sum((x) => x.words)) * 1000),
      '',
      '',
      '',
    ]
    if (compromise)
      agg.push(
        `${fmtMs(sum((x) => x.compromise?.median ?? 0) / dev.length)} mean`,
        fmtRatio(sum((x) => x.compromise?.median ?? 0) / sum((x) => x.median)),
      )
    body.splice(r.rows.indexOf(dev[dev.length - 1]) + 1, 0, agg)
  }
  print(table(head, body, align))
  print('')
  print(
    `GC ms: garbage-collection pauses per run, within the median's runs (mean); faults: the process's page faults per run (mean; the machine line gives their cost); quotes: ours${compromise ? ' / compromise' : ''}; exp: scaling exponent from the previous size (the median over the rounds in which both sizes were timed, see the target line); n: timed runs${compromise ? "; ours ×faster: for an article-sized text, the median over the rounds of compromise's median over ours in that round (the dev set line: the ratio of the means), for a long text the ratio of the medians" : ''}`,
  )

  const staged = r.rows.filter((x) => x.stages)
  if (staged.length) {
    print('')
    print('Per stage (median ms; each stage timed separately, so the sum may differ from the total above):')
    const keys = Object.keys(staged[0].stages)
    print(
      table(
        ['text', ...keys, 'sum', 'document B/word'],
        staged.map((x) => [
          x.id,
          ...keys.map((k) => fmtMs(x.stages[k])),
          fmtMs(keys.reduce((s, k) => s + x.stages[k], 0)),
          x.documentBytesPerWord > 0 ? Math.round(x.documentBytesPerWord).toLocaleString('en') : '—',
        ]),
        ['l', ...keys.map(() => 'r'), 'r', 'r'],
      ),
    )
    print(
      'document B/word: heap the document model holds once built (tokens, sentences, paragraphs), per word, between two full collections',
    )
  }

  if (r.http.length) {
    print('')
    print(
      'HTTP layer in process (src/index.ts fetch handler, in-memory KV, sample article; no network, no workerd):',
    )
    print(
      table(
        ['request', 'status', 'X-Cache', 'median ms', 'p95 ms', 'n'],
        r.http.map((h) => [h.id, h.status, h.cache ?? '—', fmtMs(h.median), fmtMs(h.p95), h.n]),
        ['l', 'r', 'l', 'r', 'r', 'r'],
      ),
    )
  }

  if (r.curve.length) {
    print('')
    print(
      'Scaling curve (the 100k-word texts cut at a paragraph end; each size in a worker thread of its own; exp: from the previous size):',
    )
    print(
      table(
        ['text', 'words', 'median ms', 'ms/1k words', 'GC ms', 'faults', 'exp', 'n'],
        r.curve.map((p) =>
          p.error
            ? [p.id, fmtInt(p.words), `error: ${p.error}`, '', '', '', '', '']
            : [
                p.id,
                fmtInt(p.words),
                fmtMs(p.median),
                fmtMs((p.median / p.words) * 1000),
                fmtMs(p.gcMsPerRun),
                fmtFaults(p.faultsPerRun),
                fmtExp(p.exponent),
                p.n,
              ],
        ),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    )
  }

  if (r.pathological.length) {
    print('')
    print(
      "Pathological inputs (steady state at each size; first run: the first at full size, cold heap; faults: page faults per run at full size; exp: from a tenth of the size to the full size, by characters, the median over rounds of both sizes (each round: two fresh worker threads, the order alternating); by round: the rounds' exponents; medians and p95 over all rounds' runs):",
    )
    print(
      table(
        [
          'input',
          'chars',
          'median ms at 1/10',
          'first run ms',
          'median ms',
          'p95 ms',
          'faults',
          'exp',
          'by round',
          'quotes',
        ],
        r.pathological.map((p) => [
          p.input,
          fmtInt(p.chars),
          p.small?.ok ? fmtMs(p.small.stats.median) : p.small?.error,
          p.full?.firstMs != null ? fmtMs(p.full.firstMs) : '',
          p.full?.ok
            ? `${p.full.partial ? '≥ ' : ''}${fmtMs(p.full.stats.median)}`
            : (p.full?.error ?? 'not run'),
          p.full?.ok ? fmtMs(p.full.stats.p95) : '',
          p.full?.ok ? fmtFaults(p.full.faultsPerRun) : '',
          `${p.timedOut && p.exponent !== undefined ? '≥ ' : ''}${fmtExp(p.exponent)}`,
          p.roundExponents?.length > 1 ? p.roundExponents.map(fmtExp).join(' ') : '',
          p.full?.ok ? fmtInt(p.full.quotes) : '',
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'r'],
      ),
    )
  }

  print('')
  print('Targets (issue 6, and issue 3 for quotes + speakers):')
  for (const t of r.targets)
    print(`  ${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.value}`)
  for (const n of r.notes) print(`note: ${n}`)
  print(`(${r.seconds} s)`)
}

main().catch((err) => {
  progress(`bench failed: ${err?.stack ?? err}`)
  process.exit(1)
})
