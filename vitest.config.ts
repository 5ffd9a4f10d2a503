import { execFileSync } from 'node:child_process'
import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// The TTS Worker (tts/) runs in the tests as it would deploy: its dry-run bundle in tts/dist, loaded as an
// auxiliary Worker behind the TTS Service Binding. Build it first (fast when nothing changed), so that
// `npx vitest` works as well as `npm test`.
execFileSync(process.execPath, ['tts/scripts/build.mjs'], { stdio: 'inherit' })

const ttsWorker = {
  name: 'quotecast-tts',
  modules: true,
  scriptPath: './tts/dist/index.js',
  compatibilityDate: '2026-04-20',
  modulesRules: [{ type: 'CompiledWasm' as const, include: ['**/*.wasm'] }],
}

// Every test runs inside workerd with the bindings of wrangler.toml (a real local KV).
// Only Workers AI is mocked, because its real service needs an account.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            remoteBindings: false,
            miniflare: {
              // A real, locally simulated rate limiter for the 429 tests (the deployment's RATE_LIMITER is optional).
              ratelimits: { TEST_RATE_LIMITER: { simple: { limit: 3, period: 60 } } },
              workers: [ttsWorker],
            },
          }),
        ],
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // The TTS Worker on its own, through a binding to the same bundle.
        plugins: [
          cloudflareTest({
            remoteBindings: false,
            miniflare: {
              compatibilityDate: '2026-04-20',
              serviceBindings: { TTS: 'quotecast-tts' },
              workers: [ttsWorker],
            },
          }),
        ],
        test: {
          name: 'tts',
          include: ['tts/test/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
})
