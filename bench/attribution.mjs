// npm run eval:generated — attribution accuracy on the synthetic quotations of generated articles, whose
// speakers are known: real sentences from the corpora (the sample and the dev set) arranged into articles, with
// quotations attributed in seven constructions news uses (bench/lib/generate.mjs). Seeds other than the bench's,
// so the texts are new to the rules. A second opinion beside `../shared/eval`: more quotations, fewer kinds of
// sentence, and a speaker known without a human reading.
// Usage: node bench/attribution.mjs [--words 30000] [--seeds 4] [--show 5] [--json [file]]

import { positive, readOptions, writeJsonReport } from './lib/args.mjs'
import { benchDir, buildPools, generatorTexts, loadSources, repoRoot } from './lib/corpus.mjs'
import { buildEngine } from './lib/engine.mjs'
import { generateWithQuotes, seedFrom } from './lib/generate.mjs'
import { machineInfo } from './lib/machine.mjs'
import { fmtInt, table } from './lib/report.mjs'

const HELP = `npm run eval:generated -- [options]
  --words <n>     words per generated article (default 30000)
  --seeds <n>     articles per language (default 4)
  --show <n>      failures to print per language, with their context (default 5)
  --json [file]   write the results as JSON to file, or to stdout`

const { values: v } = readOptions(
  process.argv.slice(2),
  {
    words: { type: 'string' },
    seeds: { type: 'string' },
    show: { type: 'string' },
    json: { type: 'string' },
  },
  HELP,
)
const opts = {
  words: positive(v.words, 'words', 30_000),
  seeds: positive(v.seeds, 'seeds', 4),
  show: v.show === undefined ? 5 : Number(v.show),
  json: v.json ?? null,
}
const print =
  opts.json === '-' ? (m) => process.stderr.write(`${m}\n`) : (m) => process.stdout.write(`${m}\n`)

// Pronoun follow-ups are scored apart: the generator gives them the previous synthetic speaker, but the real
// sentences drawn in between often name someone a reader would take the pronoun for.
const PRONOUN_FORM = 'pronoun follow-up'

const engine = await buildEngine(repoRoot, `${benchDir}/out`)
const corpora = generatorTexts(loadSources())
const report = { tool: 'quotecast eval:generated', machine: machineInfo(repoRoot), opts, languages: [] }

for (const lang of ['en', 'ru']) {
  const pools = buildPools(lang, corpora[lang])
  const byForm = new Map()
  const failures = []
  for (let k = 1; k <= opts.seeds; k++) {
    const { text, quotes: gold } = generateWithQuotes({
      lang,
      words: opts.words,
      pools,
      seed: seedFrom(`attribution-${lang}-${k}`),
    })
    const a = engine.analyze({ text, language: lang })
    const speakers = new Map(a.speakers.map((s) => [s.id, s]))
    for (const g of gold) {
      const f = byForm.get(g.form) ?? { form: g.form, n: 0, right: 0, found: 0 }
      byForm.set(g.form, f)
      f.n++
      // Ours: the first quotation (direct or reported) inside the synthetic sentence.
      const q = a.quotes.find((x) => x.start >= g.start && x.end <= g.end)
      if (!q) {
        if (failures.length < opts.show)
          failures.push(`${g.form}: ${g.speaker} → not found: …${contextOf(text, g)}`)
        continue
      }
      f.found++
      const s = q.speakerId ? speakers.get(q.speakerId) : null
      if (s && (s.name === g.speaker || s.aliases.includes(g.speaker))) f.right++
      else if (failures.length < opts.show)
        failures.push(
          `${g.form}: ${g.speaker} → ${s?.name ?? 'nobody'} (${q.method}): …${contextOf(text, g)}`,
        )
    }
  }
  const forms = [...byForm.values()].sort((x, y) => y.n - x.n)
  const scored = forms.filter((f) => f.form !== PRONOUN_FORM)
  const sum = (list, key) => list.reduce((t, f) => t + f[key], 0)
  report.languages.push({
    lang,
    forms,
    accuracy: sum(scored, 'right') / Math.max(1, sum(scored, 'n')),
    failures,
  })
  print(`${lang}: ${opts.seeds} articles of ${fmtInt(opts.words)} words`)
  print(
    table(
      ['form', 'quotes', 'found', 'speaker right', '%'],
      [
        ...forms.map((f) => [f.form, f.n, f.found, f.right, ((100 * f.right) / Math.max(1, f.n)).toFixed(1)]),
        [
          'all but pronoun follow-ups',
          sum(scored, 'n'),
          sum(scored, 'found'),
          sum(scored, 'right'),
          ((100 * sum(scored, 'right')) / Math.max(1, sum(scored, 'n'))).toFixed(1),
        ],
      ],
      ['l', 'r', 'r', 'r', 'r'],
    ),
  )
  for (const f of failures) print(`  ${f}`)
  print('')
}

/** The synthetic sentence with the 100 characters before it, on one line. */
function contextOf(text, g) {
  return text.slice(Math.max(0, g.start - 100), g.end).replace(/\n/g, ' ⏎ ')
}

writeJsonReport(opts.json, report)
