// npm run bench:load — a load test of the analysis Worker under `wrangler dev` on loopback: cache hits (the
// same article again and again) and cache misses (Cache-Control: no-cache, so every request runs the engine),
// with autocannon. It starts wrangler itself, waits for /healthz, and always stops it, within a time bound.
// Then, on a second wrangler dev, the single-connection phases again at the Worker's own workerd socket, behind
// wrangler's dev proxy: what the Worker costs end to end without the dev tooling in front of it.
// Usage: node bench/load.mjs [--duration 20] [--connections 32] [--port 8805] [--base http://127.0.0.1:8787]
//        [--json [file]] [--text file] [--no-direct]
import { readFileSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { positive, readOptions, writeJsonReport } from './lib/args.mjs'
import { repoRoot } from './lib/corpus.mjs'
import { LOOPBACK, sleep, startDevServer, waitForHealth } from './lib/dev-server.mjs'
import { machineInfo, machineLine } from './lib/machine.mjs'
import { stats } from './lib/measure.mjs'
import { fmtInt, fmtMs, table } from './lib/report.mjs'

const HELP = `npm run bench:load -- [options]
  --duration <s>      seconds per measured phase (default 20)
  --connections <n>   concurrent connections (default 32)
  --port <n>          port for the wrangler dev it starts (default 8805)
  --base <url>        test an already running loopback server instead of starting one
  --text <file>       the article to send (default test/fixtures/seed-ru.txt)
  --no-direct         skip the phases at the Worker's own socket (they start a second wrangler dev on port + 1)
  --json [file]       write the results as JSON to file, or to stdout`

function parseOptions(argv) {
  const { values: v } = readOptions(
    argv,
    {
      duration: { type: 'string' },
      connections: { type: 'string' },
      port: { type: 'string' },
      base: { type: 'string' },
      text: { type: 'string' },
      json: { type: 'string' },
      'no-direct': { type: 'boolean' },
    },
    HELP,
  )
  return {
    duration: positive(v.duration, 'duration', 20),
    connections: positive(v.connections, 'connections', 32),
    port: positive(v.port, 'port', 8805),
    base: v.base ? v.base.replace(/\/$/, '') : null,
    text: v.text ? path.resolve(v.text) : path.join(repoRoot, 'test/fixtures/seed-ru.txt'),
    json: v.json ?? null,
    // An external server (--base) is measured as it is: its Worker's own address is not known here.
    direct: !v['no-direct'] && !v.base,
  }
}

const opts = parseOptions(process.argv.slice(2))
const progress = (msg) => process.stderr.write(`${msg}\n`)
const print = opts.json === '-' ? progress : (msg) => process.stdout.write(`${msg}\n`)
const base = opts.base ?? `http://127.0.0.1:${opts.port}`
if (!LOOPBACK.has(new URL(base).hostname)) {
  progress(`bench:load only targets loopback; ${base} is not`)
  process.exit(1)
}

// The measured phases. The single-connection phase shows end-to-end latency without queueing: with 32
// connections on a 2-core machine, p50 mostly measures the queue, not the Worker.
const PHASES = [
  { id: 'hit', what: 'cache hit, same article', connections: opts.connections, noCache: false },
  { id: 'miss', what: 'cache miss (no-cache), full analysis', connections: opts.connections, noCache: true },
  { id: 'hit-1', what: 'cache hit, 1 connection', connections: 1, noCache: false },
  // The floor: a route with neither KV nor engine, so that hit-1 minus this is the cost of the cache path.
  { id: 'healthz-1', what: 'GET /healthz, 1 connection', connections: 1, path: '/healthz' },
]
// The same two single-connection phases at the Worker's own socket: every request to wrangler dev's port first
// crosses a proxy Worker in a second workerd (for reloads and DevTools), which is not there in production.
const DIRECT_PHASES = [
  { id: 'hit-1-direct', what: 'cache hit, 1 connection, Worker socket', connections: 1, noCache: false },
  {
    id: 'healthz-1-direct',
    what: 'GET /healthz, 1 connection, Worker socket',
    connections: 1,
    path: '/healthz',
  },
]
const WARMUP_SECONDS = 3
const STARTUP_LIMIT_MS = 90_000 // lib/dev-server.mjs waits this long for /healthz
// Hard bound on the whole run: startup, warm-up, phases, probes and shutdown, with slack. Past it, the
// server is stopped and the process exits with an error whatever it was doing.
const phaseSeconds = (phase) => (phase.connections === 1 ? Math.min(opts.duration, 10) : opts.duration)
const DEADLINE_MS =
  STARTUP_LIMIT_MS * (opts.direct ? 2 : 1) +
  (WARMUP_SECONDS * 2 +
    [...PHASES, ...(opts.direct ? DIRECT_PHASES : [])].reduce((s, p) => s + phaseSeconds(p), 0)) *
    1000 +
  60_000

let server = null
const stopServer = () => server?.stop()

async function probe(base, body, noCache) {
  const res = await fetch(`${base}/v1/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(noCache ? { 'cache-control': 'no-cache' } : {}) },
    body,
  })
  await res.arrayBuffer()
  return { status: res.status, cache: res.headers.get('x-cache') }
}

/** The cache is written after the response (waitUntil), so the first HIT can take a moment to appear. */
async function primeCache(base, body) {
  let last
  for (let i = 0; i < 40; i++) {
    last = await probe(base, body, false)
    if (last.status === 200 && last.cache === 'HIT') return last
    await sleep(100)
  }
  return last
}

function runPhase(base, phase, body, duration) {
  const latencies = []
  const xCache = {}
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${phase.path ?? '/v1/analyze'}`,
        connections: phase.connections,
        duration,
        requests: [
          phase.path
            ? { method: 'GET' }
            : {
                method: 'POST',
                headers: {
                  'content-type': 'application/json',
                  ...(phase.noCache ? { 'cache-control': 'no-cache' } : {}),
                },
                body,
                // Counts X-Cache answers, so the table shows that hits were hits and misses were misses.
                onResponse: (_status, _body, _ctx, headers) => {
                  const v = headers?.['x-cache'] ?? headers?.['X-Cache'] ?? 'none'
                  xCache[v] = (xCache[v] ?? 0) + 1
                },
              },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ result, latencies, xCache })),
    )
    // autocannon's own histogram holds whole milliseconds; these floats give sub-millisecond percentiles.
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime)
    })
  })
}

function summarise(phase, { result, latencies, xCache }) {
  const s = latencies.length ? stats(latencies) : null
  const sorted = [...latencies].sort((a, b) => a - b)
  const p99 = sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)] : null
  return {
    phase: phase.id,
    what: phase.what,
    connections: phase.connections,
    seconds: result.duration,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: s?.median ?? null,
    p99,
    max: sorted.at(-1) ?? null,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    xCache,
  }
}

async function main() {
  const timer = setTimeout(async () => {
    progress(`bench:load: over the ${Math.round(DEADLINE_MS / 1000)} s bound; stopping`)
    await stopServer()
    process.exit(1)
  }, DEADLINE_MS)
  timer.unref()

  const text = readFileSync(opts.text, 'utf8')
  const body = JSON.stringify({ text })
  if (!opts.base)
    server = startDevServer({ port: opts.port, label: 'load', progress: (m) => progress(`bench:load: ${m}`) })
  await waitForHealth(base, server)
  progress('bench:load: server up')
  const phases = await measurePhases(base, PHASES, body)

  let direct = null
  if (opts.direct) {
    await stopServer()
    direct = await measureDirect(body)
    if (direct.phases) phases.push(...direct.phases)
  }
  const report = {
    tool: 'quotecast bench:load',
    machine: machineInfo(repoRoot),
    target: base,
    server: opts.base ? 'external' : 'wrangler dev (local)',
    // The Worker's own socket, for the *-direct phases (a second wrangler dev), or why they did not run.
    workerSocket: direct?.base ?? null,
    notes: direct?.note ? [direct.note] : [],
    article: { file: path.relative(repoRoot, opts.text), chars: text.length },
    phases,
  }
  printReport(report)
  writeJsonReport(opts.json, report)
  const failed = phases.some((p) => p.errors || p.timeouts || p.non2xx)
  process.exitCode = failed ? 2 : 0
}

/** Checks the article's first answer, primes the cache, warms up, then runs `list` one phase after another. */
async function measurePhases(base, list, body) {
  const first = await probe(base, body, true)
  if (first.status !== 200)
    throw new Error(`POST /v1/analyze answered ${first.status}; is API_KEYS set in .dev.vars?`)
  const primed = await primeCache(base, body)
  if (primed.cache !== 'HIT')
    progress(`bench:load: warning: the cache never answered HIT (last X-Cache: ${primed.cache})`)

  progress(`bench:load: warm-up ${WARMUP_SECONDS} s`)
  const warm = list.find((p) => !p.path && !p.noCache) ?? list[0]
  await runPhase(base, { ...warm, connections: Math.min(8, opts.connections) }, body, WARMUP_SECONDS)

  const out = []
  for (const phase of list) {
    const duration = phaseSeconds(phase)
    progress(`bench:load: ${phase.what}, ${phase.connections} connection(s), ${duration} s`)
    out.push(summarise(phase, await runPhase(base, phase, body, duration)))
  }
  return out
}

/**
 * The single-connection phases at the Worker's own workerd socket, on a second wrangler dev that prints its
 * address (lib/dev-server.mjs, `revealWorker`). Returns { base, phases } or { note } when the address is not found.
 */
async function measureDirect(body) {
  server = startDevServer({
    port: opts.port + 1,
    label: 'load-direct',
    revealWorker: true,
    progress: (m) => progress(`bench:load: ${m}`),
  })
  await waitForHealth(server.base, server)
  const workerBase = await server.workerBase()
  if (!workerBase) {
    const note = "the Worker's own socket was not found in wrangler's debug log; its phases did not run"
    progress(`bench:load: ${note}`)
    return { note }
  }
  progress(`bench:load: the Worker's own socket: ${workerBase}`)
  return { base: workerBase, phases: await measurePhases(workerBase, DIRECT_PHASES, body) }
}

function printReport(r) {
  print(
    `quotecast bench:load — ${r.server} at ${r.target}, POST /v1/analyze with ${r.article.file} (${fmtInt(r.article.chars)} chars)`,
  )
  for (const line of machineLine(r.machine)) print(`  ${line}`)
  print('')
  print(
    table(
      [
        'phase',
        'conns',
        'req/s',
        'requests',
        'p50 ms',
        'p99 ms',
        'max ms',
        'errors',
        'timeouts',
        'non-2xx',
        'X-Cache',
      ],
      r.phases.map((p) => [
        p.what,
        p.connections,
        fmtInt(Math.round(p.rps)),
        fmtInt(p.requests),
        fmtMs(p.p50),
        fmtMs(p.p99),
        fmtMs(p.max),
        p.errors,
        p.timeouts,
        p.non2xx,
        Object.entries(p.xCache)
          .map(([k, v]) => `${k} ${fmtInt(v)}`)
          .join(', ') || '—',
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  )
  print('')
  const hit1 = r.phases.find((p) => p.phase === 'hit-1')
  const bad = r.phases.reduce((s, p) => s + p.errors + p.timeouts + p.non2xx, 0)
  print('Targets (issue 6):')
  print(
    `  ${bad === 0 ? 'PASS' : 'FAIL'}  0 errors in the load test: ${bad} errors, timeouts and non-2xx answers`,
  )
  const floor = r.phases.find((p) => p.phase === 'healthz-1')
  if (hit1)
    print(
      `  ${hit1.p50 <= 2 ? 'PASS' : 'FAIL'}  cache-hit p50 ≤ 2 ms end to end: ${fmtMs(hit1.p50)} ms through wrangler dev` +
        ` (1 connection${floor ? `; GET /healthz on the same server: ${fmtMs(floor.p50)} ms` : ''})`,
    )
  const hitDirect = r.phases.find((p) => p.phase === 'hit-1-direct')
  const floorDirect = r.phases.find((p) => p.phase === 'healthz-1-direct')
  if (hitDirect)
    print(
      `  ${hitDirect.p50 <= 2 ? 'PASS' : 'FAIL'}  the same at the Worker's own socket, without wrangler's dev proxy:` +
        ` ${fmtMs(hitDirect.p50)} ms (GET /healthz there: ${fmtMs(floorDirect?.p50)} ms)`,
    )
  for (const note of r.notes) print(`note: ${note}`)
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    await stopServer()
    process.exit(130)
  })
}

main()
  .catch((err) => {
    progress(`bench:load failed: ${err?.message ?? err}`)
    process.exitCode = 1
  })
  .finally(stopServer)
