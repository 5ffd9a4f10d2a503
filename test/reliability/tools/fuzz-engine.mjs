#!/usr/bin/env node
// Engine-level fuzzing in Node: `node test/reliability/tools/fuzz-engine.mjs [runs] [seed]` (default 100,000).
// Bundles fuzz-engine.ts (the engine, the generators and the contract checks) with esbuild, then runs it.
import { importTs } from './engine.mjs'

const runs = Number(process.argv[2] ?? 100_000)
const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3])
const { fuzzEngine } = await importTs('./fuzz-engine.ts')
await fuzzEngine(runs, seed)
