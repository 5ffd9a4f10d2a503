// bench:instructions --base <commit>: the A/B of two engines in instructions. Per bench text, the engine of the
// working tree and that of the commit each count their steady-state instructions per analysis under valgrind, and
// the table gives their ratio. The counts are the same run after run, so a change of 1% — too small to time on a
// shared VM, where bench:compare's A/A spread is about that — reads plainly.
// What it cannot say is whether fewer instructions take less time: bench:compare times the same two engines.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { usageError, writeJsonReport } from './args.mjs'
import { buildBaseAndWorkingTree } from './base-tree.mjs'
import { repoRoot } from './corpus.mjs'
import { machineInfo, machineLine } from './machine.mjs'
import { fmtInt, table } from './report.mjs'
import { benchTexts } from './texts.mjs'
import { collectionsNote, MODES, perRun, queueCounts, runPool } from './valgrind.mjs'

/** The sample and the generated 1k-word articles: the texts of the ≤ 2 ms and ≥ 20× targets. */
const DEFAULT_TEXTS = /^(seed-ru|gen-(ru|en)-1k)$/

export async function compareCommits({ base, modes, jobs, filter, valgrind, outDir, json, progress, print }) {
  const abDir = path.join(outDir, 'instructions-ab')
  mkdirSync(abDir, { recursive: true })
  const engines = await buildBaseAndWorkingTree(base, abDir)
  const pick = filter ?? DEFAULT_TEXTS
  const texts = benchTexts().articles.filter((a) => pick.test(a.id))
  if (!texts.length) usageError(`no bench text matches --filter ${pick.source}`)

  const tasks = []
  for (const [i, t] of texts.entries()) {
    const file = path.join(abDir, `${i}.txt`)
    writeFileSync(file, t.text)
    t.counts = {}
    // The same analysis from both, as an optimisation should give (checked here, outside valgrind).
    t.sameAnalysis =
      JSON.stringify(engines.base.analyze({ text: t.text })) ===
      JSON.stringify(engines.new.analyze({ text: t.text }))
    for (const mode of modes)
      for (const side of ['base', 'new'])
        t.counts[`${mode} ${side}`] = queueCounts(tasks, {
          text: t.text,
          textFile: file,
          mode,
          engineFile: engines[side].outfile,
          label: `${t.id}, ${side}`,
        })
  }
  const started = performance.now()
  progress(
    `bench:instructions --base ${engines.baseCommit}: ${texts.length} text(s) × ${modes.length} mode(s) × 2 engines, ${jobs} valgrind process(es) at a time`,
  )
  await runPool(tasks, jobs, progress)

  const rows = texts.map((t) => {
    const row = { id: t.id, chars: t.text.length, sameAnalysis: t.sameAnalysis }
    for (const mode of modes) {
      const b = perRun(t.text, t.counts[`${mode} base`])
      const n = perRun(t.text, t.counts[`${mode} new`])
      row[mode] = { base: b, new: n, ratio: b.perRun > 0 && n.perRun > 0 ? n.perRun / b.perRun : null }
    }
    return row
  })

  const machine = machineInfo(repoRoot)
  // Thousands of instructions are the counts' grain: three decimals of a million.
  const mega = (r) => (r.error ? 'error' : (r.perRun / 1e6).toFixed(3))
  const headers = ['text', 'chars']
  for (const mode of modes)
    headers.push(`base M instr.`, `new M instr.`, `new/base, ${MODES[mode].label}`, 'compiling, left out')
  headers.push('same analysis')
  const lines = [
    `quotecast bench:instructions — new: the working tree's src/ · base: src/ at ${engines.baseCommit}${engines.same ? ' (the same files: an A/A run)' : ''}; counted by ${valgrind}`,
    ...machineLine(machine).map((l) => `  ${l}`),
    '',
    table(
      headers,
      rows.map((r) => [
        r.id,
        fmtInt(r.chars),
        ...modes.flatMap((m) => [
          mega(r[m].base),
          mega(r[m].new),
          r[m].ratio === null ? '—' : r[m].ratio.toFixed(4),
          r[m].base.error || r[m].new.error
            ? '—'
            : `${(r[m].base.compiling / 1e6).toFixed(2)} / ${(r[m].new.compiling / 1e6).toFixed(2)}`,
        ]),
        r.sameAnalysis ? 'yes' : 'NO',
      ]),
      ['l', 'r', ...modes.flatMap(() => ['r', 'r', 'r', 'r']), 'l'],
    ),
    '',
    "M instr.: millions of instructions per analysis in steady state (the count at 2k runs minus the count at k runs, over k), less V8's compiling the engine's functions in those runs (TurboFan, Sparkplug), which the last column gives (base / new)",
  ]
  for (const mode of modes) {
    const ratios = rows.map((r) => r[mode].ratio).filter((x) => x !== null)
    if (ratios.length)
      lines.push(
        `new/base ${MODES[mode].label}, geometric mean: ${Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length).toFixed(4)}`,
      )
    const note = collectionsNote(
      mode,
      rows.filter((r) => r[mode].base.collections > 0 || r[mode].new.collections > 0).map((r) => r.id),
    )
    if (note) lines.push(note)
  }
  const differ = rows.filter((r) => !r.sameAnalysis).map((r) => r.id)
  if (differ.length) lines.push(`the analyses differ on: ${differ.join(', ')}`)
  lines.push(`(${((performance.now() - started) / 1000).toFixed(0)} s)`)
  print(lines.join('\n'))
  writeJsonReport(json, {
    tool: 'quotecast bench:instructions --base',
    machine,
    base: engines.baseCommit,
    sameSource: engines.same,
    modes,
    rows,
  })
}
