// Where the benchmark texts come from: the sample article in the repo, the developers' evaluation set that
// lives beside the repo (../shared/eval/dev), and two small committed corpora used when that folder is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const benchDir = path.resolve(here, '..')
export const repoRoot = path.resolve(benchDir, '..')
export const defaultDevDir = path.resolve(repoRoot, '../shared/eval/dev')

/**
 * Loads every source text. Never throws for a missing dev set: it only adds a note, because the dev set is
 * not part of the repository and the bench must run from a bare clone.
 */
export function loadSources(devDir = defaultDevDir) {
  const notes = []
  const seedText = readFileSync(path.join(repoRoot, 'test/fixtures/seed-ru.txt'), 'utf8')
  const seed = { id: 'seed-ru', lang: 'ru', text: seedText }
  const dev = []
  const xsum = []
  if (existsSync(devDir)) {
    for (const name of readdirSync(devDir).sort()) {
      if (!name.endsWith('.json')) continue
      try {
        const doc = JSON.parse(readFileSync(path.join(devDir, name), 'utf8'))
        if (typeof doc.text !== 'string' || !doc.text.trim()) continue
        // seed-ru.gold.json carries the sample article again; one row for it is enough.
        if (doc.text.trim() === seedText.trim()) continue
        dev.push({ id: name.replace(/\.json$/, ''), lang: doc.lang ?? '?', text: doc.text })
      } catch (err) {
        notes.push(`dev set: skipped ${name} (${err.message})`)
      }
    }
    const jsonl = path.join(devDir, 'summaries-en.jsonl')
    if (existsSync(jsonl)) {
      for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
        if (!line.trim()) continue
        try {
          const doc = JSON.parse(line)
          if (typeof doc.text === 'string') xsum.push({ id: doc.id, lang: 'en', text: doc.text })
        } catch {
          // A broken line only costs one source text.
        }
      }
    }
  } else {
    notes.push(
      `dev set not found at ${devDir}: dev rows skipped, generated articles use the committed corpora`,
    )
  }
  const fallback = {
    en: readFileSync(path.join(benchDir, 'corpus/en.txt'), 'utf8'),
    ru: readFileSync(path.join(benchDir, 'corpus/ru.txt'), 'utf8'),
  }
  return { seed, dev, xsum, fallback, devDir, notes }
}

const QUOTE_CHARS = /[«»“”„"]/
const DIALOGUE_DASH = /^\s*[—–-]\s/

/** Whether the quote marks of a line pair up, so that a line copied into another article stays well formed. */
export function balancedQuotes(s) {
  const count = (ch) => s.split(ch).length - 1
  const curly = count('“') === count('”') || count('„') === count('“')
  return count('«') === count('»') && count('"') % 2 === 0 && curly
}

export function countWords(text) {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/**
 * Splits source texts into the generator's two pools for one language:
 * - `plain`: single sentences with no quotation marks (narration, and the material of synthetic quotes);
 * - `quoted`: whole lines that carry quotes as written by journalists (kept whole, because a real quote
 *   often runs over several sentences and splitting it would leave unbalanced marks).
 */
export function buildPools(lang, texts) {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
  const plain = []
  const quoted = []
  for (const text of texts) {
    for (const rawLine of text.split('\n')) {
      const line = rawLine.trim()
      // The metadata header of the sample article ("date 2025-09-03") is not prose.
      if (!line || /^date\s+\d{4}-\d{2}-\d{2}/.test(line)) continue
      const lineWords = countWords(line)
      if (QUOTE_CHARS.test(line) || DIALOGUE_DASH.test(line)) {
        if (balancedQuotes(line) && lineWords >= 6 && lineWords <= 200) quoted.push(line)
      }
      for (const { segment } of segmenter.segment(line)) {
        const s = segment.trim()
        const words = countWords(s)
        if (words < 5 || words > 60) continue
        if (QUOTE_CHARS.test(s) || DIALOGUE_DASH.test(s)) continue
        // A sentence must end like one, or joining it to the next would glue two sentences together.
        if (!/[.!?…]$/.test(s)) continue
        // …and start like one: segmenters split after abbreviations ("ст. 20.2 КоАП"), leaving fragments.
        if (!/^\p{Lu}/u.test(s) || s.split('(').length !== s.split(')').length) continue
        plain.push(s)
      }
    }
  }
  return { plain: dedupe(plain), quoted: dedupe(quoted) }
}

function dedupe(list) {
  return [...new Set(list)]
}

/** The source texts for each generated language, preferring the dev set and falling back to the repo. */
export function generatorTexts(sources) {
  const devOf = (lang) => sources.dev.filter((d) => d.lang === lang).map((d) => d.text)
  const ru = [sources.seed.text, ...devOf('ru')]
  const en = [...devOf('en'), ...sources.xsum.map((d) => d.text)]
  // The committed Russian corpus always joins in: the Russian dev texts are few, and every extra sentence
  // means less repetition in the 100k-word article.
  return {
    ru: [...ru, sources.fallback.ru],
    en: en.length > 0 ? en : [sources.fallback.en],
  }
}
