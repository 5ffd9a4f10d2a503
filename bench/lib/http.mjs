// The Worker's own HTTP layer, in process: src/index.ts bundled like the engine and called through its fetch
// handler with an in-memory KV. No network, no workerd, no KV simulation: what is left is the CPU our code
// spends per request (body parsing, validation, content address, cache read and check, JSON out), which is
// what the free plan's 10 ms CPU limit counts. bench:load measures the same routes end to end.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { WORKER_LIKE } from './engine.mjs'

/** A Workers KV stand-in: strings (and their metadata) in a Map, answered at once. */
function memoryKV() {
  const store = new Map()
  const read = (key, type) => {
    const v = store.get(key)?.value ?? null
    return v !== null && (type === 'json' || type?.type === 'json') ? JSON.parse(v) : v
  }
  return {
    store,
    async get(key, type) {
      return read(key, type)
    },
    async getWithMetadata(key, type) {
      return { value: read(key, type), metadata: store.get(key)?.metadata ?? null }
    },
    async put(key, value, options) {
      store.set(key, { value: String(value), metadata: options?.metadata ?? null })
    },
    async delete(key) {
      store.delete(key)
    },
  }
}

export async function buildWorker(root, outDir) {
  mkdirSync(outDir, { recursive: true })
  const outfile = path.join(outDir, 'worker.mjs')
  await build({
    ...WORKER_LIKE,
    stdin: {
      contents: "export { default } from './src/index.ts'",
      resolveDir: root,
      sourcefile: 'bench-worker.ts',
      loader: 'ts',
    },
    outfile,
  })
  const worker = (await import(pathToFileURL(outfile).href)).default
  if (typeof worker?.fetch !== 'function') throw new Error('src/index.ts does not export a fetch handler')
  const env = { CACHE: memoryKV() }
  const pending = []
  const ctx = { waitUntil: (p) => pending.push(p), passThroughOnException() {} }
  /** One request through the Worker; resolves when the body is read and every waitUntil has settled. */
  const request = async (method, urlPath, { body, headers } = {}) => {
    const res = await worker.fetch(
      new Request(`http://localhost${urlPath}`, { method, body, headers }),
      env,
      ctx,
    )
    const text = await res.text()
    if (pending.length) await Promise.allSettled(pending.splice(0))
    return { status: res.status, cache: res.headers.get('x-cache'), bytes: text.length }
  }
  return { request, outfile }
}
