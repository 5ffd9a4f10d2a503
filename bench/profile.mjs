// node bench/profile.mjs <text id> — CPU-profiles the engine on one bench text and prints where the time
// goes, by function and by source file of src/engine (through the bundle's source map). It writes the raw
// profile to bench/out/<id>.cpuprofile too, for Chrome DevTools or speedscope. Same data as
// `node --cpu-prof`, without having to find the engine's frames among the bench's own.
// Usage: node bench/profile.mjs gen-en-10k [--seconds 5] [--top 25] [--interval 100]
//        node bench/profile.mjs "path:one line" [--scale 0.1]     (a pathological input, at a scale)
//        --alloc adds an allocation profile (bytes per function, garbage included)
import { readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { SourceMap } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { positive, readOptions, usageError } from './lib/args.mjs'
import { benchDir, countWords, repoRoot } from './lib/corpus.mjs'
import { buildEngine } from './lib/engine.mjs'
import { PATHOLOGICAL } from './lib/generate.mjs'
import { buildWorker } from './lib/http.mjs'
import { fmtInt, table } from './lib/report.mjs'
import { benchTexts, pathologicalText } from './lib/texts.mjs'

const USAGE =
  'usage: node bench/profile.mjs <id> [--seconds 5] [--top 25] [--interval µs] [--scale 0.1] [--alloc]'

function parseOptions(argv) {
  const { values: v, positionals } = readOptions(
    argv,
    {
      seconds: { type: 'string' },
      top: { type: 'string' },
      interval: { type: 'string' },
      scale: { type: 'string' },
      alloc: { type: 'boolean' },
    },
    USAGE,
    { positionals: true },
  )
  if (positionals.length > 1) usageError(`one text id at a time, not ${positionals.join(', ')}\n${USAGE}`)
  return {
    id: positionals[0] ?? null,
    seconds: positive(v.seconds, 'seconds', 5),
    top: positive(v.top, 'top', 25),
    interval: positive(v.interval, 'interval', 100),
    scale: positive(v.scale, 'scale', 1),
    alloc: v.alloc ?? false,
  }
}

const opts = parseOptions(process.argv.slice(2))
const { articles, prose } = benchTexts()
if (!opts.id) {
  console.log(USAGE)
  console.log(`ids: ${articles.map((a) => a.id).join(', ')}`)
  console.log(`     ${PATHOLOGICAL.map((p) => `"path:${p.id}"`).join(', ')}`)
  console.log('     http:hit, http:miss (the Worker in process, sample article)')
  process.exit(1)
}
// The subject: the engine on one text, or (http:hit, http:miss) the Worker's fetch handler in process on the
// sample article, with an in-memory KV.
let subject
if (opts.id.startsWith('http:')) {
  const worker = await buildWorker(repoRoot, path.join(benchDir, 'out'))
  const body = JSON.stringify({ text: articles[0].text })
  const headers = {
    'content-type': 'application/json',
    ...(opts.id === 'http:miss' ? { 'cache-control': 'no-cache' } : {}),
  }
  const run = () => worker.request('POST', '/v1/analyze', { body, headers })
  await run() // fills the cache
  subject = {
    outfile: worker.outfile,
    run,
    describe: `POST /v1/analyze (${opts.id.slice(5)}), sample article`,
  }
} else {
  const text = opts.id.startsWith('path:')
    ? pathologicalText(opts.id.slice(5), prose, opts.scale)
    : articles.find((a) => a.id === opts.id)?.text
  if (!text) {
    console.error(`no text with id ${opts.id}`)
    process.exit(1)
  }
  const engine = await buildEngine(repoRoot, path.join(benchDir, 'out'))
  subject = {
    outfile: engine.outfile,
    run: () => engine.analyze({ text }),
    describe: `${fmtInt(text.length)} chars, ${fmtInt(countWords(text))} words`,
  }
}
const map = new SourceMap(JSON.parse(readFileSync(`${subject.outfile}.map`, 'utf8')))
const bundleUrl = pathToFileURL(subject.outfile).href

// Warm up first, so that the profile shows steady-state code rather than the interpreter and the compiler.
const warm = performance.now()
let runs = 0
while (runs < 3 || performance.now() - warm < 300) {
  await subject.run()
  runs++
}

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: opts.interval })
await session.post('Profiler.start')
// --alloc: sample allocations too, garbage included, to find who feeds the garbage collector.
if (opts.alloc) {
  await session.post('HeapProfiler.enable')
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  })
}
const started = performance.now()
runs = 0
while (runs < 1 || performance.now() - started < opts.seconds * 1000) {
  await subject.run()
  runs++
}
const elapsed = performance.now() - started
const { profile } = await session.post('Profiler.stop')
const heap = opts.alloc ? (await session.post('HeapProfiler.stopSampling')).profile : null
session.disconnect()

const outFile = path.join(benchDir, 'out', `${opts.id.replace(/[^\w.-]+/g, '_')}.cpuprofile`)
writeFileSync(outFile, JSON.stringify(profile))

/** Names a frame: engine frames by their src/ file and line, others by their URL or V8's label. */
function where(cf) {
  if (cf.url === bundleUrl) {
    const e = map.findEntry(cf.lineNumber, cf.columnNumber)
    if (e?.originalSource) {
      const src = e.originalSource.startsWith('file:')
        ? fileURLToPath(e.originalSource)
        : path.resolve(path.dirname(subject.outfile), e.originalSource)
      return { file: path.relative(repoRoot, src), line: e.originalLine + 1 }
    }
    return { file: path.relative(repoRoot, subject.outfile), line: cf.lineNumber + 1 }
  }
  if (!cf.url) return { file: '(native/V8)', line: null }
  return { file: cf.url.replace(/^file:\/\//, ''), line: cf.lineNumber + 1 }
}

const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const keyOf = new Map()
const info = new Map()
for (const n of profile.nodes) {
  const w = where(n.callFrame)
  const name = n.callFrame.functionName || '(anonymous)'
  const key = `${name}\u0000${w.file}\u0000${w.line}`
  keyOf.set(n.id, key)
  if (!info.has(key)) info.set(key, { name, ...w, self: 0, total: 0 })
}
// Self time: the sampled frame; total time: every distinct function on the sampled stack (once, even if
// recursive).
for (const id of profile.samples) {
  info.get(keyOf.get(id)).self++
  const seen = new Set()
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = keyOf.get(cur)
    if (!seen.has(k)) {
      seen.add(k)
      info.get(k).total++
    }
  }
}
const samples = profile.samples.length
const idle = [...info.values()]
  .filter((f) => f.name === '(idle)' || f.name === '(program)')
  .reduce((s, f) => s + f.self, 0)
const pct = (x) => `${((x / samples) * 100).toFixed(1)}%`
const msPerRun = (x) => ((x / samples) * elapsed) / runs

console.log(
  `${opts.id}: ${subject.describe}; ${runs} runs in ${Math.round(elapsed)} ms ` +
    `(${(elapsed / runs).toFixed(2)} ms per run, profiler on); ${fmtInt(samples)} samples every ${opts.interval} µs` +
    `${idle ? `, ${pct(idle)} idle/program` : ''}`,
)
console.log('')
const fns = [...info.values()].sort((a, b) => b.self - a.self).slice(0, opts.top)
console.log(
  table(
    ['self', 'ms/run', 'total', 'function', 'where'],
    fns.map((f) => [
      pct(f.self),
      msPerRun(f.self).toFixed(3),
      pct(f.total),
      f.name,
      f.line ? `${f.file}:${f.line}` : f.file,
    ]),
    ['r', 'r', 'r', 'l', 'l'],
  ),
)
console.log('')
const files = new Map()
for (const f of info.values()) files.set(f.file, (files.get(f.file) ?? 0) + f.self)
console.log(
  table(
    ['self', 'ms/run', 'file'],
    [...files.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([file, self]) => [pct(self), msPerRun(self).toFixed(3), file]),
    ['r', 'r', 'l'],
  ),
)
console.log('')

// Hot lines: V8 attributes each sample to a line of the sampled function (positionTicks, 1-based lines of
// the bundle); mapped back to src/ they point at the statement that costs.
const bundleLines = readFileSync(subject.outfile, 'utf8').split('\n')
const srcCache = new Map()
const srcLine = (file, line) => {
  if (!srcCache.has(file)) {
    try {
      srcCache.set(file, readFileSync(path.join(repoRoot, file), 'utf8').split('\n'))
    } catch {
      srcCache.set(file, [])
    }
  }
  return (srcCache.get(file)[line - 1] ?? '').trim()
}
const lines = new Map()
for (const n of profile.nodes) {
  if (n.callFrame.url !== bundleUrl) continue
  for (const { line, ticks } of n.positionTicks ?? []) {
    const text = bundleLines[line - 1] ?? ''
    const w = where({
      url: bundleUrl,
      lineNumber: line - 1,
      columnNumber: text.length - text.trimStart().length,
    })
    const key = `${w.file}:${w.line}`
    lines.set(key, { key, file: w.file, line: w.line, ticks: (lines.get(key)?.ticks ?? 0) + ticks })
  }
}
console.log(
  table(
    ['self', 'ms/run', 'line', 'code'],
    [...lines.values()]
      .sort((a, b) => b.ticks - a.ticks)
      .slice(0, opts.top)
      .map((l) => [pct(l.ticks), msPerRun(l.ticks).toFixed(3), l.key, srcLine(l.file, l.line).slice(0, 90)]),
    ['r', 'r', 'l', 'l'],
  ),
)
console.log('')
console.log(
  `profile written to ${path.relative(process.cwd(), outFile)} (open in Chrome DevTools or speedscope.app)`,
)

if (heap) {
  // Bytes allocated per function (sampled), mapped to src/ like the CPU frames.
  const byFn = new Map()
  let totalBytes = 0
  // A built-in (push, set, slice…) is named with its caller: "push" alone does not say whose array grows.
  const walk = (n, caller) => {
    const w = where(n.callFrame)
    const name = n.callFrame.functionName || '(anonymous)'
    const native = !n.callFrame.url
    const key = `${name} ${w.line ? `${w.file}:${w.line}` : native && caller ? `← ${caller}` : w.file}`
    if (n.selfSize) {
      byFn.set(key, (byFn.get(key) ?? 0) + n.selfSize)
      totalBytes += n.selfSize
    }
    for (const c of n.children ?? []) walk(c, native ? caller : key)
  }
  walk(heap.head, null)
  console.log('')
  console.log(
    `Allocations (sampled, garbage included): ${(totalBytes / runs / 2 ** 20).toFixed(2)} MiB per run`,
  )
  console.log(
    table(
      ['share', 'MiB/run', 'function and where'],
      [...byFn.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, opts.top)
        .map(([k, b]) => [`${((b / totalBytes) * 100).toFixed(1)}%`, (b / runs / 2 ** 20).toFixed(3), k]),
      ['r', 'r', 'l'],
    ),
  )
}
