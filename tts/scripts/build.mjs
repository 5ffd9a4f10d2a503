#!/usr/bin/env node
// Prepares the TTS Worker for the tests: generates tts/vendor (vendor.mjs) and bundles the Worker exactly as
// `wrangler deploy` would (dry run) into tts/dist, which vitest loads as the auxiliary Worker behind the TTS
// binding. Skips the bundling when tts/dist is newer than every input, so repeated test runs pay nothing.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const tts = join(root, 'tts')
const dist = join(tts, 'dist')
const bundle = join(dist, 'index.js')

execFileSync(process.execPath, [join(tts, 'scripts', 'vendor.mjs')], { stdio: 'inherit' })

const inputs = [
  ...files(join(tts, 'src')),
  join(tts, 'wrangler.toml'),
  join(tts, 'vendor', 'manifest.json'),
  join(root, 'src', 'audio', 'protocol.ts'),
]
const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs))
if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest && !process.argv.includes('--force'))
  process.exit(0)

const wrangler = join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js')
execFileSync(
  process.execPath,
  [wrangler, 'deploy', '--dry-run', '-c', join(tts, 'wrangler.toml'), '--outdir', dist],
  { stdio: ['ignore', 'inherit', 'inherit'], cwd: root },
)

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  )
}
