import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

// Every test runs inside workerd with the bindings of wrangler.toml (a real local KV).
// Only Workers AI is mocked, because its real service needs an account.
export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: './wrangler.toml' },
      remoteBindings: false,
      // A real, locally simulated rate limiter for the 429 tests (the deployment's RATE_LIMITER is optional).
      miniflare: { ratelimits: { TEST_RATE_LIMITER: { simple: { limit: 3, period: 60 } } } },
    }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
