// Bundles the engine from src/ with esbuild, the way wrangler bundles the Worker (ESM, es2022, the workerd
// export conditions, no minification), so the bench times the code the Worker runs, not a Node-specific build.
import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

export const WORKER_LIKE = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  conditions: ['workerd', 'worker', 'browser'],
  mainFields: ['browser', 'module', 'main'],
  // Linked source maps let `node --enable-source-maps --cpu-prof` and bench/profile.mjs name src/ files.
  sourcemap: 'linked',
  logLevel: 'silent',
}

async function bundle(root, outDir, name, contents) {
  mkdirSync(outDir, { recursive: true })
  const outfile = path.join(outDir, `${name}.mjs`)
  await build({
    ...WORKER_LIKE,
    stdin: { contents, resolveDir: root, sourcefile: `bench-${name}.ts`, loader: 'ts' },
    outfile,
  })
  return { outfile, bytes: statSync(outfile).size, module: await import(pathToFileURL(outfile).href) }
}

/** The public door, `analyze`, exactly as src/engine/index.ts exports it. Throws when the engine does not build. */
export async function buildEngine(root, outDir) {
  const { outfile, bytes, module } = await bundle(
    root,
    outDir,
    'engine',
    "export * from './src/engine/index.ts'",
  )
  if (typeof module.analyze !== 'function') throw new Error('src/engine/index.ts does not export analyze()')
  return { analyze: module.analyze, version: module.ENGINE_VERSION ?? null, outfile, bytes }
}

// The internals that analyze() chains. Their names and signatures belong to the engine's authors and may
// change at any time; every lookup below is checked, and a mismatch only disables the per-stage columns.
const STAGE_ENTRY = `
export * as detect from './src/engine/lang/detect.ts'
export * as lang from './src/engine/lang/index.ts'
export * as document from './src/engine/text/document.ts'
export * as quotes from './src/engine/quotes/index.ts'
export * as summary from './src/engine/summary/index.ts'
export * as meta from './src/engine/text/meta.ts'
export * as tokens from './src/engine/text/tokens.ts'
export * as scratch from './src/engine/text/scratch.ts'
`

/**
 * Bundles the engine's internals for per-stage timing. Returns `{ stages, document, outfile }` — `stages` runs one
 * analysis stage by stage and returns each stage's time in ms; `document` builds the document model of a text;
 * `outfile` is the bundle, for `stagesOf` in another thread — or `{ error }` saying why per-stage timing is
 * unavailable.
 */
export async function buildStages(root, outDir) {
  let built
  try {
    built = await bundle(root, outDir, 'stages', STAGE_ENTRY)
  } catch (err) {
    return { error: `stages not bundled: ${firstLine(err)}` }
  }
  const runner = stagesOf(built.module)
  return runner.error ? runner : { ...runner, outfile: built.outfile }
}

/** The per-stage runner over a module bundled from STAGE_ENTRY, or `{ error }`. */
export function stagesOf(m) {
  const need = {
    detectLanguage: m.detect?.detectLanguage,
    buildDocument: m.document?.buildDocument,
    extractQuotes: m.quotes?.extractQuotes,
    summarize: m.summary?.summarize,
    computeMeta: m.meta?.computeMeta,
  }
  const missing = Object.entries(need)
    .filter(([, f]) => typeof f !== 'function')
    .map(([k]) => k)
  if (missing.length || !m.lang?.lexicons) {
    return {
      error: `stages unavailable: missing ${[...missing, ...(m.lang?.lexicons ? [] : ['lexicons'])].join(', ')}`,
    }
  }
  const { detectLanguage, buildDocument, extractQuotes, summarize, computeMeta } = need
  // Tokens renewed from one run to the next, as analyze() renews them (src/engine/index.ts), where the engine has
  // a pool; null (new tokens) where it has none.
  const pool =
    typeof m.tokens?.TokenPool === 'function' ? new m.tokens.TokenPool(m.tokens.TOKEN_POOL_LIMIT) : null
  // The typed arrays of the run before handed out again, as analyze() starts each analysis (text/scratch.ts),
  // where the engine has them.
  const beginScratch = typeof m.scratch?.beginScratch === 'function' ? m.scratch.beginScratch : () => {}
  const stages = (text) => {
    beginScratch()
    const t0 = performance.now()
    const language = detectLanguage(text)
    const lex = m.lang.lexicons[language]
    const t1 = performance.now()
    const doc = buildDocument(text, language, pool?.begin() ?? null)
    const t2 = performance.now()
    const qs = extractQuotes(doc, lex)
    const t3 = performance.now()
    const summary = summarize(doc, lex, {})
    const t4 = performance.now()
    const meta = computeMeta(doc, lex, null)
    const t5 = performance.now()
    return {
      result: [qs, summary, meta],
      times: { detect: t1 - t0, document: t2 - t1, quotes: t3 - t2, summary: t4 - t3, meta: t5 - t4 },
    }
  }
  // The document model alone: what an analysis holds from its start to its end (see lib/stages-worker.mjs).
  const document = (text) => {
    beginScratch()
    return buildDocument(text, detectLanguage(text))
  }
  return { stages, document }
}

export function firstLine(err) {
  // esbuild failures list their errors; the first one with its location is the useful part.
  const e = err?.errors?.[0]
  if (e) return e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text
  return String(err?.message ?? err)
    .split('\n')
    .find((l) => l.trim())
    ?.trim()
}
