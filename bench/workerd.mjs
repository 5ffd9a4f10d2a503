// npm run bench:workerd — the engine's scaling in the runtime the Worker runs in. `npm run bench` times the
// engine in Node 20, whose V8 has no pointer compression and collects a heap of 100k live word objects far
// more slowly than a small one; workerd does not behave alike. workerd freezes its clock while JavaScript runs,
// so the time is taken from outside: each text is POSTed to the Worker under `wrangler dev` on loopback (at its
// own workerd socket, past wrangler's proxy, when wrangler prints it) with Cache-Control: no-cache (the analysis
// runs every time), in turn to /v1/summary (the whole analysis, a short answer), to /v1/analyze (the whole
// analysis and the whole answer) and, as the floor, to /v1/summary with an invalid query, answered 422 once the
// body is read. Differences of medians: the analysis, and the analysis with its answer. The sizes one exponent
// compares are timed in interleaved rounds. Loopback only; bounded in time.
// Usage: node bench/workerd.mjs [--port 8806] [--quick] [--filter regex] [--json [file]]

import { readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { positive, readOptions, writeJsonReport } from './lib/args.mjs'
import { repoRoot } from './lib/corpus.mjs'
import { startDevServer, waitForHealth } from './lib/dev-server.mjs'
import { PATHOLOGICAL } from './lib/generate.mjs'
import { machineInfo, machineLine } from './lib/machine.mjs'
import { exponent, stats } from './lib/measure.mjs'
import { fmtExp, fmtExpAgainst, fmtInt, fmtMs, table } from './lib/report.mjs'
import { benchTexts } from './lib/texts.mjs'

const HELP = `npm run bench:workerd -- [options]
  --port <n>          port for the wrangler dev it starts (default 8806)
  --quick             fewer samples, for a smoke run
  --filter <regex>    only texts whose id matches (e.g. 'gen-ru|one line')
  --json [file]       write the results as JSON to file, or to stdout`

const { values: v } = readOptions(
  process.argv.slice(2),
  {
    port: { type: 'string' },
    quick: { type: 'boolean' },
    filter: { type: 'string' },
    json: { type: 'string' },
  },
  HELP,
)
const opts = {
  port: positive(v.port, 'port', 8806),
  quick: v.quick ?? false,
  filter: v.filter ? new RegExp(v.filter) : null,
  json: v.json ?? null,
}
const progress = (msg) => process.stderr.write(`${msg}\n`)
const print = opts.json === '-' ? progress : (msg) => process.stdout.write(`${msg}\n`)

const TARGET_EXPONENT = 1.1
// Room for the 700k-character bench texts: the defaults (200,000 characters, 1 MiB) refuse them with 413.
const LIMITS = { MAX_TEXT_CHARS: '2000000', MAX_BODY_BYTES: '8388608' }
// A query the validator refuses after the body is read: the floor of a request of the same size.
const FLOOR_QUERY = '?summarySentences=999'
const DEADLINE_MS = 15 * 60 * 1000

/** The texts, as pairs to compare: the generated articles at 1k, 10k, 100k words; each pathological input at a tenth of its size and whole. */
function textsToTime({ articles, prose }) {
  const out = []
  for (const lang of ['ru', 'en'])
    for (const size of ['1k', '10k', '100k']) {
      const a = articles.find((x) => x.id === `gen-${lang}-${size}`)
      if (a) out.push({ id: a.id, group: `gen-${lang}`, text: a.text })
    }
  for (const p of PATHOLOGICAL)
    for (const [scale, suffix] of [
      [0.1, ' (1/10)'],
      [1, ''],
    ])
      out.push({
        id: `${p.describe(Math.round(p.size * scale))}${suffix}`,
        group: `path ${p.id}`,
        text: p.make(Math.round(p.size * scale), { prose }),
      })
  return out.filter((t) => !opts.filter || opts.filter.test(t.id) || opts.filter.test(t.group))
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

function post(base, path, body) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const req = http.request(
      `${base}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-cache',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let bytes = 0
        res.on('data', (d) => {
          bytes += d.length
        })
        res.on('end', () =>
          resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: res.statusCode, bytes }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** Timed requests per text: many for the short ones (sub-millisecond differences), few for the long ones. */
function samplesFor(t) {
  return opts.quick ? 5 : t.text.length > 300_000 ? 9 : t.text.length > 50_000 ? 15 : 41
}

/** One timed sample of each kind: the analysis with a short answer, with the whole answer, and the floor. */
async function sample(base, t, acc) {
  const s = await post(base, '/v1/summary', t.text)
  const a = await post(base, '/v1/analyze', t.text)
  const f = await post(base, `/v1/summary${FLOOR_QUERY}`, t.text)
  if (s.status !== 200 || a.status !== 200)
    throw new Error(`${t.id}: POST /v1/summary answered ${s.status}, /v1/analyze ${a.status}`)
  if (f.status !== 422) throw new Error(`${t.id}: the floor request answered ${f.status}, not 422`)
  acc.summary.push(s.ms)
  acc.full.push(a.ms)
  acc.floor.push(f.ms)
  acc.answer = a.bytes
}

/**
 * Times the texts of one group (the sizes an exponent compares) in interleaved rounds: each round takes a few
 * samples of every size, so that the machine's slow drifts, which on this VM move a median by half, fall on all
 * sizes alike instead of on whichever was timed during them. Rounds: as many as the fewest samples of the group.
 */
async function measureGroup(base, group) {
  const accs = group.map((t) => ({ t, n: samplesFor(t), summary: [], full: [], floor: [], answer: null }))
  // Untimed first: the isolate grows its heap to each size.
  for (const { t } of accs)
    for (let i = 0; i < (opts.quick ? 1 : 3); i++) await post(base, '/v1/analyze', t.text)
  const rounds = Math.min(...accs.map((x) => x.n))
  for (let r = 0; r < rounds; r++)
    for (const acc of accs) {
      const per = Math.ceil(acc.n / rounds)
      for (let i = 0; i < per; i++) await sample(base, acc.t, acc)
    }
  return accs.map(({ t, summary, full, floor, answer }) => {
    const fl = stats(floor).median
    return {
      id: t.id,
      group: t.group,
      chars: t.text.length,
      answerBytes: answer,
      n: summary.length,
      floorMs: fl,
      analysisMs: Math.max(0, stats(summary).median - fl),
      withAnswerMs: Math.max(0, stats(full).median - fl),
    }
  })
}

/** Requests of the cold-start phase: the floor first (routing and validation compiled), then each text's first analyses. */
const COLD_FLOORS = 3
const COLD_ANALYSES = 5

/**
 * The first analyses of a fresh isolate, before any warm-up: what a deployment's first requests cost while V8
 * compiles the engine (lazily, function by function, on first call) and the engine builds its per-isolate
 * tables. Each analysis is timed as in the steady state (a /v1/summary request, less a floor request of the same
 * text timed right after it), but alone: one sample each, in order.
 */
async function measureColdStart(base, texts) {
  const floors = []
  for (let i = 0; i < COLD_FLOORS; i++)
    floors.push((await post(base, `/v1/summary${FLOOR_QUERY}`, texts[0].text)).ms)
  const rows = []
  for (const t of texts)
    for (let k = 1; k <= COLD_ANALYSES; k++) {
      const s = await post(base, '/v1/summary', t.text)
      const f = await post(base, `/v1/summary${FLOOR_QUERY}`, t.text)
      if (s.status !== 200 || f.status !== 422)
        throw new Error(`${t.id}: cold start answered ${s.status} (summary), ${f.status} (floor)`)
      rows.push({ id: t.id, k, requestMs: s.ms, floorMs: f.ms, analysisMs: Math.max(0, s.ms - f.ms) })
    }
  return { firstFloorsMs: floors, rows }
}

/** Exponents between consecutive rows of a group (1k→10k→100k, 1/10→whole), by characters. */
function scaling(rows) {
  const out = []
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]]
    if (a.group !== b.group) continue
    b.exponent = exponent(a.chars, a.analysisMs, b.chars, b.analysisMs)
    b.exponentWithAnswer = exponent(a.chars, a.withAnswerMs, b.chars, b.withAnswerMs)
    out.push({ group: b.group, from: a.id, to: b.id, exponent: b.exponent, withAnswer: b.exponentWithAnswer })
  }
  return out
}

function printReport(r) {
  print(
    `quotecast bench:workerd — the analysis in workerd (wrangler dev ${r.wrangler}, local), by request time`,
  )
  for (const line of machineLine(r.machine)) print(`  ${line}`)
  print(`  requests to ${r.via}; sizes of a group timed in interleaved rounds`)
  print(`  warm-up: ${r.warmUpRounds} rounds of the texts under 100,000 characters before any timing`)
  print('')
  print(
    table(
      ['text', 'chars', 'floor ms', 'analysis ms', 'exp', 'answer bytes', 'with answer ms', 'exp', 'n'],
      r.rows.map((x) => [
        x.id,
        fmtInt(x.chars),
        fmtMs(x.floorMs),
        fmtMs(x.analysisMs),
        fmtExp(x.exponent),
        fmtInt(x.answerBytes),
        fmtMs(x.withAnswerMs),
        fmtExp(x.exponentWithAnswer),
        x.n,
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  )
  print('')
  print(
    'Medians of no-cache requests (text/plain). floor: /v1/summary with an invalid query (422 once the body is read); ' +
      'analysis: /v1/summary − floor (the whole analysis, its content hash, a short answer); with answer: ' +
      '/v1/analyze − floor (plus serialising and sending the whole analysis); exp: from the row above, by characters',
  )
  print('')
  printColdStart(r.coldStart)
  print('')
  print('Targets (issue 6), in the runtime the Worker runs in:')
  const big = r.scaling.filter((s) => s.group.startsWith('gen-') && s.to.endsWith('100k'))
  const path = r.scaling.filter((s) => s.group.startsWith('path '))
  const line = (label, list) => {
    if (!list.length) return print(`  n/a   ${label}`)
    const ok = list.every((s) => s.exponent !== null && s.exponent <= TARGET_EXPONENT)
    print(
      `  ${ok ? 'PASS' : 'FAIL'}  ${label}: ${list.map((s) => `${s.group.replace(/^path /, '')} ${fmtExpAgainst(s.exponent, TARGET_EXPONENT)}`).join(', ')}`,
    )
  }
  line(`scaling exponent ≤ ${TARGET_EXPONENT} from 10k to 100k words (analysis)`, big)
  line(`no pathological input superlinear (exponent ≤ ${TARGET_EXPONENT}, analysis)`, path)
}

function printColdStart(cold) {
  print(
    `Cold start: the first requests of a fresh isolate, before any warm-up, one at a time (the first ${COLD_FLOORS} floor requests: ${cold.firstFloorsMs.map(fmtMs).join(', ')} ms):`,
  )
  print(
    table(
      ['text', 'analysis #', 'request ms', 'floor ms', 'analysis ms'],
      cold.rows.map((x) => [x.id, x.k, fmtMs(x.requestMs), fmtMs(x.floorMs), fmtMs(x.analysisMs)]),
      ['l', 'r', 'r', 'r', 'r'],
    ),
  )
  print(
    'request: /v1/summary (no-cache); floor: the same text with an invalid query, right after it; analysis: the difference. ' +
      'Compare with the steady-state rows above: V8 compiles each function of the engine on its first call and ' +
      'optimises it only after many.',
  )
}

async function main() {
  const timer = setTimeout(async () => {
    progress(`bench:workerd: over the ${DEADLINE_MS / 60_000} min bound; stopping`)
    await server?.stop()
    process.exit(1)
  }, DEADLINE_MS)
  timer.unref()
  const corpus = benchTexts()
  const texts = textsToTime(corpus)
  server = startDevServer({
    port: opts.port,
    label: 'workerd',
    vars: LIMITS,
    withTts: false,
    revealWorker: true,
    progress: (m) => progress(`bench:workerd: ${m}`),
  })
  await waitForHealth(server.base, server)
  // The requests go to the Worker's own workerd socket when wrangler printed it: past wrangler's dev proxy, whose
  // second hop carried every 700 kB body and answer once more (lib/dev-server.mjs, bench/README.md).
  const workerBase = await server.workerBase()
  const via = workerBase
    ? "the Worker's own socket"
    : "wrangler dev's proxy (the Worker's own socket was not found)"
  const base = workerBase ?? server.base
  progress(`bench:workerd: requests to ${base}, ${via}`)
  // Before any /v1 request reaches the isolate (only the /healthz probes have): its first ones, on the 1,000-word
  // articles, whatever --filter selects.
  const coldTexts = ['gen-ru-1k', 'gen-en-1k'].map((id) => corpus.articles.find((a) => a.id === id))
  progress('bench:workerd: cold start (the first analyses of a fresh isolate)')
  const coldStart = await measureColdStart(base, coldTexts)
  // Steady state, as in `npm run bench`: the isolate compiles the engine on the article-sized texts before any
  // timing, so that the first text timed does not pay for it (each text also gets untimed runs of its own).
  const small = texts.filter((t) => t.text.length < 100_000)
  const warmUntil = Date.now() + (opts.quick ? 1_000 : 4_000)
  let rounds = 0
  progress(`bench:workerd: warm-up on ${small.length} texts`)
  while (small.length && Date.now() < warmUntil) {
    for (const t of small) await post(base, '/v1/analyze', t.text)
    rounds++
  }
  const rows = []
  for (const group of [...new Set(texts.map((t) => t.group))]) {
    const members = texts.filter((t) => t.group === group)
    progress(`bench:workerd: ${members.map((t) => `${t.id} (${fmtInt(t.text.length)} chars)`).join(', ')}`)
    rows.push(...(await measureGroup(base, members)))
  }
  const report = {
    tool: 'quotecast bench:workerd',
    machine: machineInfo(repoRoot),
    wrangler: JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/wrangler/package.json'), 'utf8'))
      .version,
    warmUpRounds: rounds,
    via,
    coldStart,
    rows,
    scaling: scaling(rows),
  }
  printReport(report)
  writeJsonReport(opts.json, report)
}

let server = null
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    await server?.stop()
    process.exit(130)
  })
}

main()
  .catch((err) => {
    progress(`bench:workerd failed: ${err?.message ?? err}`)
    process.exitCode = 1
  })
  .finally(() => {
    agent.destroy()
    return server?.stop()
  })
