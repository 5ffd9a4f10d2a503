import { build } from 'esbuild'

const r = await build({
  entryPoints: ['/work/main/src/engine/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  mainFields: ['module', 'main'],
})
const { analyze } = await import(
  'data:text/javascript;base64,' + Buffer.from(r.outputFiles[0].text).toString('base64')
)
const text = process.argv[2]
const a = analyze({ text })
console.log(JSON.stringify({ quotes: a.quotes, speakers: a.speakers }, null, 1))
