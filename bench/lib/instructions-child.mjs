// One measurement of bench/instructions.mjs, run under valgrind: the engine warmed on `textFile` itself (about two
// million characters' worth of runs, at least three), then `runs` counted runs on it. The driver runs this twice,
// with k and 2k runs, and divides the difference of the two instruction totals by k: what a steady-state analysis
// executes, without the start-up, the warm-up and valgrind's own fixed costs, which both processes share. It prints
// how many garbage collections fell in the counted runs, so that the driver can say when the engine-only mode had
// some. (Warmed on a tenth of the text instead, as the timed bench warms its threads first, the counted runs of the
// whole text went on compiling: 191–231 million instructions a run of one 25,000-character line, erratic, against
// 35.7 million, run after run, once warmed on the line itself.)
// Usage (by the driver): valgrind … node --predictable … [heap flags] instructions-child.mjs engine text runs

import { readFileSync } from 'node:fs'
import { PerformanceObserver } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const [enginePath, textFile, runsArg] = process.argv.slice(2)
const { analyze } = await import(pathToFileURL(enginePath).href)
const text = readFileSync(textFile, 'utf8')
// V8 optimises a function after so many calls, not after so much time, and under valgrind time is dear.
const warmRuns = Math.max(3, Math.ceil(2_000_000 / text.length))
for (let i = 0; i < warmRuns; i++) analyze({ text })
let collections = 0
const observer = new PerformanceObserver((list) => {
  collections += list.getEntries().length
})
observer.observe({ entryTypes: ['gc'] })
let quotes = 0
for (let i = 0; i < Number(runsArg); i++) quotes = analyze({ text }).quotes.length
// GC entries arrive asynchronously: let them in before counting.
await new Promise((resolve) => setTimeout(resolve, 0))
observer.disconnect()
console.log(JSON.stringify({ collections, quotes }))
