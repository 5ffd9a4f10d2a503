#!/usr/bin/env node
// Benchmarks the embedded TTS Worker (npm run tts:bench):
//   1. speed: synthesis (WAV) and synthesis + MP3 of the seed article's summary narration, warm, as × real time;
//   2. cold start: the first request of a fresh TTS isolate (a new `wrangler dev` each time);
//   3. bundle sizes of both Workers (wrangler deploy --dry-run), and that the analysis bundle has no TTS wasm.
// Local workerd, one request at a time: synthesis is synchronous inside the isolate, so wall time per request is
// the CPU time of one core (plus localhost overhead). Results go to tts/bench/out/results.json.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = join(root, 'tts', 'bench', 'out')
const PORT = 8813
const WARM_RUNS = 10
const COLD_RUNS = 3
mkdirSync(out, { recursive: true })

execFileSync(process.execPath, [join(root, 'tts', 'scripts', 'build.mjs')], { stdio: 'inherit' })

// The request the analysis Worker would send for the seed article's default narration (summary).
await build({
  stdin: {
    contents: `export { analyze } from './src/engine/index'; export { buildNarration, voiceOf } from './src/audio/narration'`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: join(out, 'narration.mjs'),
  logLevel: 'error',
})
const { analyze, buildNarration, voiceOf } = await import(join(out, 'narration.mjs'))
const seed = readFileSync(join(root, 'test', 'fixtures', 'seed-ru.txt'), 'utf8')
const narration = buildNarration(seed, analyze({ text: seed }), 'summary')
const segments = narration.segments.map((s) => ({
  voice: voiceOf(narration.voices, s.speakerId).voice,
  text: s.text,
}))
const request = (format) => JSON.stringify({ language: narration.language, format, segments })
const words = segments
  .map((s) => s.text)
  .join(' ')
  .split(/\s+/).length

async function post(format) {
  const t0 = performance.now()
  const res = await fetch(`http://localhost:${PORT}/v1/synthesize`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request(format),
  })
  const reader = res.body.getReader()
  let first = 0
  const parts = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (!first) first = performance.now() - t0
    parts.push(value)
  }
  if (res.status !== 200) throw new Error(`${res.status}: ${Buffer.concat(parts).toString()}`)
  return {
    ms: performance.now() - t0,
    firstByteMs: first,
    bytes: Buffer.concat(parts),
    timing: res.headers.get('server-timing'),
  }
}

function startDev() {
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/wrangler/bin/wrangler.js'),
      'dev',
      '-c',
      'tts/wrangler.toml',
      '--port',
      String(PORT),
      '--inspector-port',
      '9243',
      '--persist-to',
      '/tmp/wr-audio',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('wrangler dev did not start')), 60_000)
    const onData = (d) => {
      if (/Ready on/.test(String(d))) {
        clearTimeout(timer)
        resolve(child)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
  })
}

function stopDev(child) {
  try {
    process.kill(-child.pid) // its own process group: wrangler and its workerd
  } catch {}
}

/**
 * CPU seconds (user + system) consumed so far by the workerd processes of the dev server on PORT (wrangler runs
 * a proxy and the runtime, siblings under one parent): a figure other load on the box does not inflate.
 */
function workerdCpuSeconds() {
  const procs = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
        return cmd.includes('workerd')
          ? [{ cmd, ppid: stat[1], cpu: (Number(stat[11]) + Number(stat[12])) / 100 }]
          : []
      } catch {
        return []
      }
    })
  const proxy = procs.find((p) => p.cmd.includes(`entry=localhost:${PORT}`))
  if (!proxy) throw new Error('workerd process not found')
  return procs.filter((p) => p.ppid === proxy.ppid).reduce((sum, p) => sum + p.cpu, 0)
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const mp3Seconds = (b) => {
  // MPEG-2 Layer III frames at 22.05 kHz: 576 samples each; walk the frame headers.
  let p = 0
  let frames = 0
  const rates = [[44100, 48000, 32000], null, [22050, 24000, 16000], [44100, 48000, 32000]]
  const kbps2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff || (b[p + 1] & 0xe0) !== 0xe0) {
      p++
      continue
    }
    const rate = rates[(b[p + 1] >> 3) & 3]?.[(b[p + 2] >> 2) & 3]
    const len = Math.floor((72 * kbps2[b[p + 2] >> 4] * 1000) / rate) + ((b[p + 2] >> 1) & 1)
    frames++
    p += len
  }
  return (frames * 576) / 22050
}

// 1 + 2: cold starts, then warm runs on the last server.
const cold = []
let dev
for (let i = 0; i < COLD_RUNS; i++) {
  dev = await startDev()
  const cpu = workerdCpuSeconds()
  const r = await post('mp3')
  cold.push({
    totalMs: +r.ms.toFixed(0),
    firstByteMs: +r.firstByteMs.toFixed(0),
    cpuMs: +((workerdCpuSeconds() - cpu) * 1000).toFixed(0),
    serverTiming: r.timing,
  })
  if (i < COLD_RUNS - 1) stopDev(dev)
}
const warm = { mp3: [], wav: [], cpuWav: 0, cpuMp3: 0 }
let audioSeconds = 0
let mp3Audio = 0
for (let i = 0; i < WARM_RUNS; i++) {
  let cpu = workerdCpuSeconds()
  const wav = await post('wav')
  warm.cpuWav += workerdCpuSeconds() - cpu
  cpu = workerdCpuSeconds()
  const mp3 = await post('mp3')
  warm.cpuMp3 += workerdCpuSeconds() - cpu
  warm.wav.push(wav.ms)
  warm.mp3.push(mp3.ms)
  audioSeconds = (wav.bytes.length - 44) / 2 / 22050
  mp3Audio = mp3Seconds(mp3.bytes)
  if (i === 0) writeFileSync(join(out, 'seed-summary.mp3'), mp3.bytes)
}
stopDev(dev)

// 3: bundles.
function dryRun(config, dir) {
  const log = execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/wrangler/bin/wrangler.js'),
      'deploy',
      '--dry-run',
      '-c',
      config,
      '--outdir',
      dir,
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const total = /Total Upload: ([\d.]+ KiB) \/ gzip: ([\d.]+ KiB)/.exec(log)
  const files = readdirSync(dir).filter((f) => !f.endsWith('.map') && f !== 'README.md')
  return {
    upload: total?.[1],
    gzip: total?.[2],
    files: Object.fromEntries(
      files.map((f) => {
        const bytes = readFileSync(join(dir, f))
        return [f, { bytes: statSync(join(dir, f)).size, gzip: gzipSync(bytes).length }]
      }),
    ),
    wasmFiles: files.filter((f) => f.endsWith('.wasm')),
  }
}
const analysisBundle = dryRun('wrangler.toml', join(out, 'dry-run-analysis'))
const ttsBundle = dryRun('tts/wrangler.toml', join(out, 'dry-run-tts'))

const results = {
  date: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}, local workerd (wrangler dev)`,
  seedSummary: {
    segments: segments.length,
    words,
    audioSeconds: +audioSeconds.toFixed(2),
    mp3Seconds: +mp3Audio.toFixed(2),
  },
  warm: {
    runs: WARM_RUNS,
    synthesisWavMs: +median(warm.wav).toFixed(1),
    synthesisPlusMp3Ms: +median(warm.mp3).toFixed(1),
    xRealTimeWav: +(audioSeconds / (median(warm.wav) / 1000)).toFixed(1),
    xRealTimeMp3: +(audioSeconds / (median(warm.mp3) / 1000)).toFixed(1),
    // CPU of the workerd process (all its threads) per request: the figure that does not depend on other load.
    cpuMsWav: +((warm.cpuWav / WARM_RUNS) * 1000).toFixed(0),
    cpuMsMp3: +((warm.cpuMp3 / WARM_RUNS) * 1000).toFixed(0),
    xRealTimeMp3ByCpu: +(audioSeconds / (warm.cpuMp3 / WARM_RUNS)).toFixed(1),
    xRealTimeWavByCpu: +(audioSeconds / (warm.cpuWav / WARM_RUNS)).toFixed(1),
  },
  coldFirstRequest: cold,
  bundles: { analysis: analysisBundle, tts: ttsBundle },
  analysisBundleHasTtsWasm: analysisBundle.wasmFiles.length > 0,
}
writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log(
  JSON.stringify(
    {
      ...results,
      bundles: {
        analysis: {
          upload: analysisBundle.upload,
          gzip: analysisBundle.gzip,
          wasm: analysisBundle.wasmFiles,
        },
        tts: { upload: ttsBundle.upload, gzip: ttsBundle.gzip },
      },
    },
    null,
    2,
  ),
)
if (results.analysisBundleHasTtsWasm) process.exitCode = 1
