import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { buildNarration } from '../src/audio/narration'
import { introduce } from '../src/audio/phrases'
import { analyze } from '../src/engine/index'
import type { Analysis, Language, Quote, Speaker } from '../src/engine/types'
import { memoryCache } from '../src/http/cache'
import { NarrationSchema } from '../src/schemas/audio'
import { call, offsetViolations, seedText, validated } from './helpers'

interface QuoteSpec {
  words: string
  speaker: string | null
  cue?: string
}

/** A hand-made analysis of `text`: the narration builder only trusts what the analysis says. */
function analysisOf(text: string, language: Language, quotes: QuoteSpec[], summary: string[] = []): Analysis {
  const names = [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))]
  const qs: Quote[] = quotes.map((q, i) => {
    const start = text.indexOf(q.words)
    if (start < 0) throw new Error(`not in text: ${q.words}`)
    return {
      id: `q${i + 1}`,
      kind: 'direct',
      text: q.words,
      start,
      end: start + q.words.length,
      speakerId: q.speaker ? `s${names.indexOf(q.speaker) + 1}` : null,
      cue: q.cue ?? null,
      method: 'test',
      confidence: 1,
    }
  })
  const speakers: Speaker[] = names.map((name, i) => ({
    id: `s${i + 1}`,
    name,
    aliases: [],
    role: null,
    quoteCount: qs.filter((q) => q.speakerId === `s${i + 1}`).length,
    statementCount: 0,
    quotedWords: 0,
    share: 0,
    quoteIds: qs.filter((q) => q.speakerId === `s${i + 1}`).map((q) => q.id),
  }))
  return {
    language,
    meta: { title: null, date: null, words: 0, sentences: 0, paragraphs: 0, readingTimeSeconds: 0 },
    summary: {
      lead: '',
      sentences: summary.map((s, index) => {
        const start = text.indexOf(s)
        return { text: s, start, end: start + s.length, index, score: 1 }
      }),
      sections: [],
      keywords: [],
    },
    quotes: qs,
    speakers,
  }
}

describe('narration script', () => {
  it('reads the article: narrator around the quotes, each quote in its speaker voice, offsets exact', () => {
    const text =
      'Встреча прошла в Пекине. «Очень рад вас видеть», — сказал Путин. «Взаимно», — ответила Мария Захарова.'
    const a = analysisOf(text, 'ru', [
      { words: 'Очень рад вас видеть', speaker: 'Путин', cue: 'сказал' },
      { words: 'Взаимно', speaker: 'Мария Захарова', cue: 'ответила' },
    ])
    const n = buildNarration(text, a, 'article')
    expect(n.segments.map((s) => [s.voice, s.speakerId])).toEqual([
      ['narrator', null],
      ['speaker', 's1'],
      ['narrator', null],
      ['speaker', 's2'],
      ['narrator', null],
    ])
    for (const s of n.segments) expect(text.slice(s.start as number, s.end as number)).toBe(s.text)
    // The text already says who speaks ("— сказал Путин"): no words added.
    expect(n.segments.every((s) => s.start !== null)).toBe(true)
    // Gender from the verb: сказал → a male voice, ответила → a female one; both unlike the narrator.
    const voice = Object.fromEntries(n.voices.map((v) => [v.speakerId ?? 'narrator', v.voice]))
    expect(voice).toEqual({ narrator: 'narrator', s1: 'm1', s2: 'f1' })
  })

  it('introduces a quote the words around it do not attribute, in the gender the verb shows', () => {
    const text = 'Итоги года. Кроме того, она добавила: «Мы справились». Конец.'
    const a = analysisOf(
      text,
      'ru',
      [{ words: 'Мы справились', speaker: 'Анна Петрова', cue: 'сказала' }],
      ['Итоги года.'],
    )
    const n = buildNarration(text, a, 'summary')
    // The summary does not contain the quote: it follows the key sentences, introduced by name.
    expect(n.segments.map((s) => s.text)).toEqual(['Итоги года.', 'Анна Петрова сказала:', 'Мы справились'])
    expect(n.segments[1]).toMatchObject({ voice: 'narrator', speakerId: null, start: null, end: null })
    expect(n.segments[2]).toMatchObject({ voice: 'speaker', speakerId: 's1' })
  })

  it('reads a text too short for a summary whole', () => {
    const text = 'Он сказал: «Да».'
    const n = buildNarration(text, analysisOf(text, 'ru', [{ words: 'Да', speaker: null }]), 'summary')
    expect(n.segments.map((s) => [s.voice, s.text])).toEqual([['narrator', 'Он сказал: «Да».']])
  })

  it('does not introduce a quote whose speaker is named next to it', () => {
    const text = 'Анна Петрова ответила журналистам: «Мы справились».'
    const a = analysisOf(text, 'ru', [
      { words: 'Мы справились', speaker: 'Анна Петрова', cue: null as never },
    ])
    const n = buildNarration(text, a, 'article')
    expect(n.segments.some((s) => s.start === null)).toBe(false)
  })

  it('quotes: each speaker introduced once, then the quotes nobody is named for', () => {
    const text =
      '«Раз», — сказал Иван. «Два», — сказал Иван. «Три», — говорят в городе. «Четыре», — сказала Ольга.'
    const a = analysisOf(text, 'ru', [
      { words: 'Раз', speaker: 'Иван', cue: 'сказал' },
      { words: 'Два', speaker: 'Иван', cue: 'сказал' },
      { words: 'Три', speaker: null },
      { words: 'Четыре', speaker: 'Ольга', cue: 'сказала' },
    ])
    const n = buildNarration(text, a, 'quotes')
    expect(n.segments.map((s) => s.text)).toEqual([
      'Иван сказал:',
      'Раз',
      'Два',
      'Ольга сказала:',
      'Четыре',
      'Цитаты без указания автора:',
      'Три',
    ])
    expect(n.segments.at(-1)).toMatchObject({ voice: 'narrator', speakerId: null })
  })

  it('unknown gender in Russian avoids a gendered verb; other languages have their own phrase', () => {
    expect(introduce('Ким Чен Ын', 'unknown', 'ru')).toBe('Говорит Ким Чен Ын:')
    expect(introduce('Тарас', 'male', 'uk')).toBe('Тарас сказав:')
    const phrases = (['en', 'de', 'fr', 'es'] as const).map((l) => introduce('X', 'unknown', l))
    expect(phrases).toEqual(['X said:', 'X sagte:', 'X a déclaré :', 'X dijo:'])
  })

  it('titles show gender where verbs do not (Mrs, Frau, Mme)', () => {
    const text = 'Mrs Smith said: "We will win the vote." Mr Jones said: "We will not."'
    const a = analysisOf(text, 'en', [
      { words: 'We will win the vote.', speaker: 'Smith', cue: 'said' },
      { words: 'We will not.', speaker: 'Jones', cue: 'said' },
    ])
    const n = buildNarration(text, a, 'quotes')
    expect(n.voices.map((v) => [v.name, v.gender, v.voice])).toEqual([
      [null, 'unknown', 'narrator'],
      ['Smith', 'female', 'f1'],
      ['Jones', 'male', 'm1'],
    ])
  })

  it('gives up to eight speakers eight different voices, never the narrator’s, the same every time', () => {
    const names = ['Анна', 'Борис', 'Вера', 'Глеб', 'Дарья', 'Егор', 'Жанна', 'Захар', 'Ирина']
    const text = names.map((n, i) => `«Фраза ${i}», — сказал${i % 2 ? '' : 'а'} ${n}.`).join(' ')
    const a = analysisOf(
      text,
      'ru',
      names.map((n, i) => ({ words: `Фраза ${i}`, speaker: n, cue: i % 2 ? 'сказал' : 'сказала' })),
    )
    const n = buildNarration(text, a, 'article')
    const voices = n.voices.slice(1).map((v) => v.voice)
    expect(new Set(voices.slice(0, 8)).size).toBe(8)
    expect(voices).not.toContain('narrator')
    expect(n.voices.slice(1).map((v) => v.gender)).toEqual(names.map((_, i) => (i % 2 ? 'male' : 'female')))
    expect(buildNarration(text, a, 'article')).toEqual(n)
  })

  it('SSML: one voice element per segment, text escaped', () => {
    const text = 'A <b> & "c". «Yes & no», — said Tom.'
    const a = analysisOf(text, 'en', [{ words: 'Yes & no', speaker: 'Tom', cue: 'said' }])
    const n = buildNarration(text, a, 'article')
    expect(n.ssml.match(/<voice /g)?.length).toBe(n.segments.length)
    expect(n.ssml).toContain('A &lt;b&gt; &amp; &quot;c&quot;.')
    expect(n.ssml).toMatch(/^<speak [^>]*xml:lang="en">.*<\/speak>$/s)
  })
})

describe('the seed article', () => {
  const analysis = analyze({ text: seedText })

  for (const source of ['summary', 'article', 'quotes'] as const) {
    it(`${source}: offsets slice the input, every heard speaker in a voice of their own`, () => {
      const n = buildNarration(seedText, analysis, source)
      const located = n.segments.filter((s) => s.start !== null) as {
        text: string
        start: number
        end: number
      }[]
      expect(offsetViolations(seedText, located)).toEqual([])
      // Both quoted people are heard, in their own voices, different from each other and the narrator.
      const heard = new Set(n.segments.flatMap((s) => (s.speakerId ? [s.speakerId] : [])))
      expect(heard.size).toBeGreaterThanOrEqual(2)
      const voices = n.voices.map((v) => v.voice)
      expect(new Set(voices).size).toBe(voices.length)
      // Speaker segments are inside that speaker's direct quotes.
      for (const s of n.segments.filter((x) => x.voice === 'speaker')) {
        const q = analysis.quotes.find((x) => x.start <= (s.start as number) && (s.end as number) <= x.end)
        expect(q?.speakerId).toBe(s.speakerId)
      }
    })
  }
})

describe('POST /v1/narration', () => {
  it('answers the script for the seed article, matching its schema', async () => {
    const res = await call('/v1/narration?source=article', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: seedText,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/)
    const body = await validated(res, NarrationSchema)
    expect(body.source).toBe('article')
    expect(body.language).toBe('ru')
    expect(body.ssml.startsWith('<speak')).toBe(true)
  })

  it('caches the exact script: MISS, then a byte-identical HIT; a damaged entry is recomputed, never served', async () => {
    const text = `«Мы начнём работу завтра», — сказал министр Иван Петров. ${crypto.randomUUID()}`
    const post = () =>
      call('/v1/narration', {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: text,
      })
    const miss = await post()
    expect(miss.headers.get('x-cache')).toBe('MISS')
    const body = await miss.text()
    const hit = await post()
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(await hit.text()).toBe(body)
    const { id } = NarrationSchema.parse(JSON.parse(body))
    // Valid JSON of another shape under the key, with the metadata of the good body: refused by its hash.
    memoryCache.clear()
    const stored = await (env.CACHE as KVNamespace).getWithMetadata(`narration:${id}`)
    await (env.CACHE as KVNamespace).put(`narration:${id}`, `{"id":"${id}","segments":null}`, {
      metadata: stored.metadata,
    })
    const repaired = await post()
    expect(repaired.headers.get('x-cache')).toBe('MISS')
    expect(await repaired.text()).toBe(body)
    expect((await post()).headers.get('x-cache')).toBe('HIT')
  })

  it('rejects an unknown source with 422 problem+json', async () => {
    for (const init of [
      { path: '/v1/narration?source=poem', body: { text: 'Hello there.' } },
      { path: '/v1/narration', body: { text: 'Hello there.', options: { source: 'poem' } } },
    ]) {
      const res = await call(init.path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(init.body),
      })
      expect(res.status).toBe(422)
      expect(res.headers.get('content-type')).toContain('application/problem+json')
    }
  })
})

describe('narration of an article with thousands of speakers', () => {
  /** One quotation each of n/40 different people ("Gofa Li", "Kida Li", …): all share the surname. */
  const speakers = (n: number) => {
    let s = ''
    for (let i = 0; s.length < n; i++) {
      let name = ''
      for (let k = i + 30; k > 0; k = Math.floor(k / 14))
        name += `${'bdfgklmnprstvz'[k % 14]}${'aeiou'[(k >> 2) % 5]}`
      s += `"Yes ${name}," said ${name.charAt(0).toUpperCase()}${name.slice(1)} Li.\n`
    }
    return s.slice(0, n)
  }
  const time = (text: string) => {
    const analysis = analyze({ text, language: 'en' })
    const t0 = performance.now()
    buildNarration(text, analysis, 'quotes')
    return performance.now() - t0
  }

  it('grows with the text, not with speakers × text (each speaker had scanned the whole text and every quote)', () => {
    time(speakers(2_000)) // warm up
    const small = Math.min(time(speakers(12_500)), time(speakers(12_500)))
    const large = Math.min(time(speakers(50_000)), time(speakers(50_000)))
    // Linear: ~4× for 4× the text; it was ×14 (185 → 2,664 ms), and 41 s at 200,000 characters.
    expect(large < 150 || large < 10 * small, `${small.toFixed(0)} → ${large.toFixed(0)} ms`).toBe(true)
  }, 60_000)

  it('costs less than the analysis when the surnames have many lengths (a look-up per length at every place did not)', () => {
    let text = ''
    for (let k = 0; text.length < 25_000; k++) text += `"Yes," said Mr B${'a'.repeat(k)}x.\n`
    text += ' '.repeat(25_000)
    analyze({ text, language: 'en' }) // warm up
    const t0 = performance.now()
    const analysis = analyze({ text, language: 'en' })
    const t1 = performance.now()
    buildNarration(text, analysis, 'quotes')
    const t2 = performance.now()
    // (Before: 491 ms of narration at this size in workerd, about ten times the analysis.)
    expect(t2 - t1, `analysis ${(t1 - t0).toFixed(0)} ms, narration ${(t2 - t1).toFixed(0)} ms`).toBeLessThan(
      t1 - t0,
    )
  }, 60_000)
})
