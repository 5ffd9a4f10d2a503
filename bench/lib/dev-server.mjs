// `wrangler dev` on loopback for the end-to-end benches: started in its own process group with a throw-away
// state directory, awaited on /healthz, and always stopped (wrangler and the workerd processes under it).

import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from './corpus.mjs'

export const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])
const STARTUP_LIMIT_MS = 90_000

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * Starts `wrangler dev` with the API's config (and the TTS Worker's too when `withTts`), `vars` passed as
 * `--var NAME:value`. Returns { base, stop, logTail, workerBase, startupLimitMs }; `stop` is idempotent.
 *
 * `revealWorker`: also find the address of the Worker's own workerd socket, behind wrangler's dev proxy (every
 * request to `base` goes through a proxy Worker in a second workerd first, for reloads and DevTools). wrangler
 * 4.86 prints that address only at log level debug, in its `reloadComplete` message (`"userWorkerUrl"`), so this
 * raises the log level, which also makes the proxy log more: use a server started this way only for requests to
 * `await workerBase()`, which gives that address (http://127.0.0.1:<port>), answering, or null.
 */
export function startDevServer({
  port,
  label,
  vars = {},
  withTts = true,
  revealWorker = false,
  progress = () => {},
}) {
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), `quotecast-${label}-`))
  const logFile = path.join(tmpDir, 'wrangler.log')
  const log = createWriteStream(logFile)
  const wrangler = path.join(repoRoot, 'node_modules/wrangler/bin/wrangler.js')
  const configs = withTts ? ['-c', 'wrangler.toml', '-c', 'tts/wrangler.toml'] : ['-c', 'wrangler.toml']
  const args = [
    wrangler,
    'dev',
    ...configs,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--persist-to',
    path.join(tmpDir, 'state'),
    '--show-interactive-dev-session=false',
    '--log-level',
    revealWorker ? 'debug' : 'warn',
    ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
  ]
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const base = `http://127.0.0.1:${port}`
  progress(`wrangler dev starting on ${base} (state in ${tmpDir})`)
  let stopped = false

  const readLog = () => {
    try {
      return readFileSync(logFile, 'utf8')
    } catch {
      return ''
    }
  }
  const logTail = () => readLog().split('\n').slice(-20).join('\n') || '(no log)'

  const stop = async () => {
    if (stopped) return
    stopped = true
    if (child.exitCode === null && child.signalCode === null) {
      signal(child, 'SIGTERM')
      const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)])
      if (!done) signal(child, 'SIGKILL')
    }
    rmSync(tmpDir, { recursive: true, force: true })
  }

  const printedWorkerBase = () => {
    // The last one: a reload may move the Worker to another port.
    const m = [...readLog().matchAll(USER_WORKER_URL)].at(-1)
    return m ? `http://${m[1]}:${m[2]}` : null
  }
  // Once the server answers: the Worker's socket as soon as wrangler has printed it (10 s at most), checked on
  // /healthz; null when not printed (another wrangler version, or `revealWorker` off).
  const workerBase = async () => {
    if (!revealWorker) return null
    let found = printedWorkerBase()
    for (let i = 0; i < 40 && !found; i++) {
      await sleep(250)
      found = printedWorkerBase()
    }
    if (found) await waitForHealth(found)
    return found
  }

  return {
    base,
    stop,
    logTail,
    workerBase,
    exitCode: () => child.exitCode,
    startupLimitMs: STARTUP_LIMIT_MS,
  }
}

/** In wrangler's debug log: "userWorkerUrl":{"protocol":"http:","hostname":"127.0.0.1","port":"35143"}. */
const USER_WORKER_URL =
  /"userWorkerUrl":\{"protocol":"http:","hostname":"(127\.0\.0\.1|localhost)","port":"(\d+)"/g

function signal(child, name) {
  try {
    process.kill(-child.pid, name) // the whole group: wrangler and its workerd processes
  } catch {
    // Already gone.
  }
}

/** Waits until `base`/healthz answers 200; fails with the server's log when it exits or takes too long. */
export async function waitForHealth(base, server = null) {
  const until = Date.now() + STARTUP_LIMIT_MS
  while (Date.now() < until) {
    const code = server?.exitCode()
    if (code !== null && code !== undefined)
      throw new Error(`wrangler dev exited (${code}):\n${server.logTail()}`)
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) })
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  throw new Error(
    `no answer from ${base}/healthz within ${STARTUP_LIMIT_MS / 1000} s:\n${server?.logTail() ?? ''}`,
  )
}
