import { readHeader } from '../engine/text/header'
import type { Analysis, Quote, Speaker } from '../engine/types'
import { speakerGenders } from './gender'
import { introduce, UNATTRIBUTED } from './phrases'
import { toSsml } from './ssml'
import type { Gender, Narration, NarrationSegment, NarrationSource, VoiceAssignment } from './types'
import { planVoices } from './voices'

/** Bump when the script for the same analysis can change: it is part of the narration id and the audio key. */
export const NARRATION_VERSION = 'narration-3'

/** In `summary`, after the key sentences: one quote of each of the leading speakers not heard yet. */
const SUMMARY_SPEAKERS = 3
/** How much of the narrated text around a quote a listener hears as its context: ~2 lines before, 1 after. */
const CONTEXT_BEFORE = 160
const CONTEXT_AFTER = 100

/**
 * The narration script of an article: who reads which words. Pure: the input text and its analysis in, the
 * segments, voice plan and SSML out. Direct quotes are read in their speaker's voice, everything else by the
 * narrator; the narrator introduces a speaker ("Владимир Путин сказал:") where the words read around the
 * quote name neither the speaker nor the verb that attributes it.
 *
 * - `summary`: the summary sentences in document order, then one direct quote of each of the (up to three)
 *   most quoted speakers who were not heard yet — so a summary still lets the people speak.
 * - `article`: the whole body (after a metadata header such as `date 2025-09-03`).
 * - `quotes`: each speaker's direct quotes, introduced by name; then the quotes nobody is named for.
 */
export function buildNarration(text: string, analysis: Analysis, source: NarrationSource): Narration {
  const reader = new ScriptWriter(text, analysis)
  if (source === 'article') {
    reader.readSpan(readHeader(text).end, text.length)
  } else if (source === 'summary') {
    for (const s of analysis.summary.sentences) reader.readSpan(s.start, s.end)
    reader.readKeyQuotes()
    // A text too short to have a summary is its own summary.
    if (reader.segments.length === 0) reader.readSpan(readHeader(text).end, text.length)
  } else {
    reader.readAllQuotes()
  }
  const segments = reader.segments
  const heard = new Set(segments.flatMap((s) => (s.speakerId ? [s.speakerId] : [])))
  const voices = planVoices(analysis, heard, reader.genderOf)
  return {
    language: analysis.language,
    source,
    segments,
    voices,
    ssml: toSsml(analysis.language, segments, voices),
  }
}

/** Voices of a narration by speaker: what the TTS request and the cache key are made of. */
export function voiceOf(voices: VoiceAssignment[], speakerId: string | null): VoiceAssignment {
  return voices.find((v) => v.speakerId === speakerId) ?? (voices[0] as VoiceAssignment)
}

class ScriptWriter {
  readonly segments: NarrationSegment[] = []
  private readonly direct: Quote[]
  private readonly speakers: Map<string, Speaker>
  private readonly read = new Set<string>()
  /** Each speaker's direct quotes, in text order. */
  private readonly quotesOf = new Map<string, Quote[]>()
  private readonly patterns = new Map<string, RegExp>()
  readonly genderOf: (speaker: Speaker) => Gender

  constructor(
    private readonly text: string,
    private readonly analysis: Analysis,
  ) {
    this.direct = analysis.quotes.filter((q) => q.kind === 'direct').sort((a, b) => a.start - b.start)
    this.speakers = new Map(analysis.speakers.map((s) => [s.id, s]))
    for (const q of this.direct) {
      if (!q.speakerId) continue
      const list = this.quotesOf.get(q.speakerId)
      if (list) list.push(q)
      else this.quotesOf.set(q.speakerId, [q])
    }
    this.genderOf = speakerGenders(analysis, text)
  }

  /** Reads [start, end) of the input: narrator between direct quotes, each quote's overlap in its voice. */
  readSpan(start: number, end: number): void {
    let at = start
    for (const q of this.direct) {
      if (q.end <= start || q.start >= end) continue
      const from = Math.max(q.start, start)
      const to = Math.min(q.end, end)
      this.fromInput(at, from, null)
      const speaker = q.speakerId ? this.speakers.get(q.speakerId) : undefined
      if (speaker && !this.attributedInContext(q, speaker, start, end)) this.intro(speaker)
      this.fromInput(from, to, speaker ? speaker.id : null)
      this.read.add(q.id)
      at = to
    }
    this.fromInput(at, end, null)
  }

  /** After the summary: one unread quote of each of the leading speakers not heard yet. */
  readKeyQuotes(): void {
    const heard = new Set(this.segments.flatMap((s) => (s.speakerId ? [s.speakerId] : [])))
    let added = 0
    for (const speaker of this.analysis.speakers) {
      if (added >= SUMMARY_SPEAKERS) break
      if (heard.has(speaker.id)) continue
      const quote = this.quotesOf.get(speaker.id)?.find((q) => !this.read.has(q.id))
      if (!quote) continue
      this.intro(speaker)
      this.fromInput(quote.start, quote.end, speaker.id)
      this.read.add(quote.id)
      added++
    }
  }

  readAllQuotes(): void {
    for (const speaker of this.analysis.speakers) {
      const quotes = this.quotesOf.get(speaker.id)
      if (!quotes) continue
      this.intro(speaker)
      for (const q of quotes) this.fromInput(q.start, q.end, speaker.id)
    }
    const nobody = this.direct.filter((q) => !q.speakerId || !this.speakers.has(q.speakerId))
    if (!nobody.length) return
    this.added(UNATTRIBUTED[this.analysis.language])
    for (const q of nobody) this.fromInput(q.start, q.end, null)
  }

  /**
   * Whether the words read around the quote (inside the span being read) already say who speaks: a form of
   * the speaker's name, or the speech verb the analysis attributed the quote by ("— сказал Путин", "— заявил
   * президент России").
   */
  private attributedInContext(q: Quote, speaker: Speaker, spanStart: number, spanEnd: number): boolean {
    const before = this.text.slice(
      Math.max(spanStart, q.start - CONTEXT_BEFORE),
      Math.max(spanStart, q.start),
    )
    const after = this.text.slice(Math.min(spanEnd, q.end), Math.min(spanEnd, q.end + CONTEXT_AFTER))
    const context = `${before} ${after}`
    if (q.cue && this.wordStart(q.cue, 'iu').test(context)) return true
    return nameStems(speaker).some((stem) => this.wordStart(stem, 'u').test(context))
  }

  /** `(^|[^\\p{L}])word`, made once per word and flags: compiling one per quotation cost 80 µs each. */
  private wordStart(word: string, flags: string): RegExp {
    const key = `${flags} ${word}`
    let re = this.patterns.get(key)
    if (!re) {
      re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}`, flags)
      this.patterns.set(key, re)
    }
    return re
  }

  private intro(speaker: Speaker): void {
    this.added(introduce(speaker.name, this.genderOf(speaker), this.analysis.language))
  }

  private added(text: string): void {
    this.segments.push({ voice: 'narrator', speakerId: null, text, start: null, end: null })
  }

  /** A segment of input words, trimmed of surrounding space; nothing when it holds no letter or digit. */
  private fromInput(start: number, end: number, speakerId: string | null): void {
    let s = start
    let e = end
    while (s < e && /\s/.test(this.text[s] as string)) s++
    while (e > s && /\s/.test(this.text[e - 1] as string)) e--
    if (s >= e) return
    const text = this.text.slice(s, e)
    const last = this.segments.at(-1)
    // Adjacent narrator pieces (two summary sentences in a row, the closing "»." after an unattributed quote)
    // stay one segment: fewer voice switches, and the sentence keeps its final punctuation.
    if (
      last &&
      speakerId === null &&
      last.speakerId === null &&
      last.end !== null &&
      !/\S/.test(this.text.slice(last.end, s))
    ) {
      last.text = this.text.slice(last.start as number, e)
      last.end = e
      return
    }
    // Punctuation alone (a closing "»." after a speaker's quote) is not a segment: there is nothing to say.
    if (!/[\p{L}\p{N}]/u.test(text)) return
    this.segments.push({ voice: speakerId ? 'speaker' : 'narrator', speakerId, text, start: s, end: e })
  }
}

/**
 * Forms that name the speaker in running text, inflection-tolerant: each capitalised word of the name and
 * aliases, without a final vowel (Путин → Путина, Петрова → Петровой), at least three letters.
 */
function nameStems(speaker: Speaker): string[] {
  const stems = new Set<string>()
  for (const form of [speaker.name, ...speaker.aliases]) {
    for (const word of form.split(/[\s-]+/)) {
      if (!/^\p{Lu}/u.test(word)) continue
      const stem = word.length > 3 ? word.replace(/[аяеёоыиуюьйaeiouy]$/iu, '') : word
      if (stem.length >= 2) stems.add(stem)
    }
  }
  return [...stems]
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
