// Bundles a TypeScript entry (the engine, or a test script importing it) with esbuild and imports it in Node,
// so engine-level checks run without workerd: same V8, same code, many more cases per second.
import { build } from 'esbuild'

export async function importTs(entry) {
  const out = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  })
  const code = out.outputFiles[0].text
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}
