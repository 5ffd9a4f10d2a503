// bench:instructions' default use: the scaling exponents of `npm run bench` from instruction counts. The pairs the
// timed bench judges — the generated articles' 10k→100k step, and each pathological input from a tenth of its size
// to the whole — counted under valgrind in each heap mode, and the exponent between the two sizes of each pair.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { usageError, writeJsonReport } from './args.mjs'
import { repoRoot } from './corpus.mjs'
import { buildEngine, firstLine } from './engine.mjs'
import { PATHOLOGICAL } from './generate.mjs'
import { machineInfo, machineLine } from './machine.mjs'
import { exponent } from './measure.mjs'
import { fmtExp, fmtExpAgainst, fmtInt, table } from './report.mjs'
import { benchTexts } from './texts.mjs'
import { collectionsNote, MODES, megaInstructions, perRun, queueCounts, runPool } from './valgrind.mjs'

const LIMIT = 1.1

export async function scalingPairs({ modes, jobs, filter, valgrind, outDir, json, progress, print }) {
  const textDir = path.join(outDir, 'instructions')
  mkdirSync(textDir, { recursive: true })
  const engine = await buildEngine(repoRoot, outDir).catch((err) => {
    progress(`bench: the engine does not build: ${firstLine(err)}`)
    process.exit(1)
  })

  const { articles, prose } = benchTexts()
  const byId = (id) => articles.find((a) => a.id === id).text
  const pairs = [
    ...['ru', 'en'].map((lang) => ({
      id: `gen-${lang} 10k→100k`,
      small: byId(`gen-${lang}-10k`),
      full: byId(`gen-${lang}-100k`),
    })),
    ...PATHOLOGICAL.map((p) => ({
      id: p.describe(p.size),
      small: p.make(Math.round(p.size / 10), { prose }),
      full: p.make(p.size, { prose }),
    })),
  ].filter((p) => !filter || filter.test(p.id))
  if (!pairs.length) usageError(`no pair matches --filter ${filter.source}`)

  // Per pair, mode and size, one valgrind process with k counted runs and one with 2k, `jobs` at a time.
  const tasks = []
  for (const [i, pair] of pairs.entries()) {
    pair.counts = {}
    for (const size of ['small', 'full']) {
      const file = path.join(textDir, `${i}-${size}.txt`)
      writeFileSync(file, pair[size])
      for (const mode of modes)
        pair.counts[`${mode} ${size}`] = queueCounts(tasks, {
          text: pair[size],
          textFile: file,
          mode,
          engineFile: engine.outfile,
          label: `${pair.id}, ${size}`,
        })
    }
  }
  const started = performance.now()
  progress(
    `bench:instructions: ${pairs.length} pair(s) × ${modes.length} mode(s), ${jobs} valgrind process(es) at a time`,
  )
  await runPool(tasks, jobs, progress)

  const rows = pairs.map((pair) => {
    const row = { id: pair.id, chars: [pair.small.length, pair.full.length] }
    for (const mode of modes) {
      const small = perRun(pair.small, pair.counts[`${mode} small`])
      const full = perRun(pair.full, pair.counts[`${mode} full`])
      row[mode] = {
        small,
        full,
        exponent:
          small?.perRun > 0 && full?.perRun > 0
            ? exponent(pair.small.length, small.perRun, pair.full.length, full.perRun)
            : null,
      }
    }
    return row
  })

  const machine = machineInfo(repoRoot)
  const headers = ['pair', 'chars (small / full)']
  for (const mode of modes) headers.push(`M instr. small`, `M instr. full`, `exp, ${MODES[mode].label}`)
  const lines = [
    `quotecast bench:instructions — engine ${engine.version ?? '?'}, instructions counted by ${valgrind}`,
    ...machineLine(machine).map((l) => `  ${l}`),
    '',
    table(
      headers,
      rows.map((r) => [
        r.id,
        `${fmtInt(r.chars[0])} / ${fmtInt(r.chars[1])}`,
        ...modes.flatMap((m) => [
          megaInstructions(r[m].small),
          megaInstructions(r[m].full),
          fmtExp(r[m].exponent),
        ]),
      ]),
      ['l', 'r', ...modes.flatMap(() => ['r', 'r', 'r'])],
    ),
    '',
    'M instr.: millions of instructions per analysis in steady state (the count at 2k runs minus the count at k runs, over k; k from 80 for the shortest text to 2 for the longest), less what V8 executes compiling the engine in those runs (TurboFan, Sparkplug); exp: scaling exponent between the two sizes, by characters',
  ]
  for (const mode of modes) {
    const over = rows.filter((r) => r[mode].exponent !== null && r[mode].exponent > LIMIT)
    lines.push(
      `${over.length ? 'over' : 'within'} ${LIMIT} ${MODES[mode].label}: ${rows.map((r) => `${r.id} ${fmtExpAgainst(r[mode].exponent, LIMIT)}`).join(', ')}`,
    )
    const note = collectionsNote(
      mode,
      rows.filter((r) => r[mode].small?.collections > 0 || r[mode].full?.collections > 0).map((r) => r.id),
    )
    if (note) lines.push(note)
  }
  lines.push(`(${((performance.now() - started) / 1000).toFixed(0)} s)`)
  print(lines.join('\n'))
  writeJsonReport(json, {
    tool: 'quotecast bench:instructions',
    machine,
    engine: engine.version,
    modes,
    rows,
  })
}
