// Every text the bench runs, by id, shared by run.mjs (timing) and profile.mjs (profiling one of them).
import { buildPools, generatorTexts, loadSources } from './corpus.mjs'
import { generateArticle, PATHOLOGICAL, seedFrom } from './generate.mjs'

export const SIZES = [1_000, 10_000, 100_000]

/**
 * `articles`: the sample, the dev set and the generated articles (ids seed-ru, dev-en-01, gen-ru-10k…);
 * `prose`: the 100k-word generated texts, the raw material of two pathological inputs.
 */
export function benchTexts(devDir) {
  const sources = loadSources(devDir)
  const corpora = generatorTexts(sources)
  const pools = { ru: buildPools('ru', corpora.ru), en: buildPools('en', corpora.en) }
  const generated = []
  for (const lang of ['ru', 'en']) {
    for (const words of SIZES) {
      const id = `gen-${lang}-${words / 1000}k`
      const text = generateArticle({ lang, words, pools: pools[lang], seed: seedFrom(id) })
      generated.push({ id, group: 'generated', lang, text })
    }
  }
  const articles = [
    { ...sources.seed, group: 'sample' },
    ...sources.dev.map((d) => ({ ...d, group: 'dev' })),
    ...generated,
  ]
  const byId = (id) => articles.find((a) => a.id === id)
  const prose = { en: byId('gen-en-100k').text, ru: byId('gen-ru-100k').text }
  return { articles, prose, notes: sources.notes }
}

/** A pathological input by id ("one line") at `scale` of its full size. */
export function pathologicalText(id, prose, scale = 1) {
  const p = PATHOLOGICAL.find((x) => x.id === id)
  if (!p) return null
  return p.make(Math.round(p.size * scale), { prose })
}
