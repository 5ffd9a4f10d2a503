import { type AudioFormat, SEGMENT_GAP_MS, type SynthesisRequest, TTS_LIMITS } from '../../src/audio/protocol'
import { createMp3Encoder, type Mp3Encoder } from './audio/mp3'
import { pcmBytes, streamingWavHeader } from './audio/wav'
import { chunkText } from './chunk'
import { discardEngine, type EspeakEngine, type Pcm } from './engine/espeak'
import { espeakVoice, LOCALE } from './voices'

interface Job {
  text: string
  voice: ReturnType<typeof espeakVoice>
  gapBefore: boolean
}

export function planJobs(req: SynthesisRequest): Job[] {
  const jobs: Job[] = []
  for (const segment of req.segments) {
    const voice = espeakVoice(req.language, segment.voice)
    chunkText(segment.text, LOCALE[req.language]).forEach((text, i) => {
      jobs.push({ text, voice, gapBefore: i === 0 && jobs.length > 0 })
    })
  }
  return jobs
}

export interface Synthesis {
  stream: ReadableStream<Uint8Array>
  sampleRate: number
}

/**
 * Chunks → espeak → (LAME) → a byte stream, one chunk per pull, so memory stays bounded by one chunk and the
 * first bytes leave early. The first chunk is synthesized before this resolves: a broken engine becomes an
 * error status, not a 200 with a cut-off body.
 */
export async function synthesize(engine: EspeakEngine, req: SynthesisRequest): Promise<Synthesis> {
  const jobs = planJobs(req)
  const run = (job: Job): Pcm => {
    try {
      return engine.synthesize(job.text, job.voice)
    } catch (e) {
      discardEngine()
      throw e
    }
  }
  const first = jobs.length ? run(jobs[0] as Job) : undefined
  const sampleRate = first?.sampleRate ?? 22050
  const out = await createOutput(req.format, sampleRate)
  const pending: Uint8Array[] = [out.start()]
  const maxSeconds = req.maxSeconds ?? TTS_LIMITS.maxSeconds
  let samples = 0
  const write = (pcm: Int16Array) => {
    samples += pcm.length
    // Past the budget the stream fails rather than ends: a cut-off narration must not look complete (or be cached).
    if (samples > maxSeconds * sampleRate) throw new Error(`audio longer than ${maxSeconds} s`)
    pending.push(out.write(pcm))
  }
  if (first) write(first.samples)
  let next = 1

  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      try {
        step(controller)
      } catch (e) {
        // The caller sees a broken stream (and caches nothing); the log says why.
        console.error('synthesis stopped:', e instanceof Error ? e.message : e)
        controller.error(e)
      }
    },
  })

  /** One synthesis step per pull; empty pieces (LAME buffering) are skipped, not enqueued. */
  function step(controller: ReadableStreamDefaultController<Uint8Array>): void {
    for (;;) {
      const piece = pending.shift()
      if (piece) {
        if (piece.length) {
          controller.enqueue(piece)
          return
        }
        continue
      }
      if (next > jobs.length) {
        controller.close()
        return
      }
      if (next === jobs.length) {
        pending.push(out.finish())
        next++
        continue
      }
      const job = jobs[next++] as Job
      if (job.gapBefore) write(new Int16Array(Math.round((SEGMENT_GAP_MS / 1000) * sampleRate)))
      write(run(job).samples)
    }
  }
  return { stream, sampleRate }
}

interface Output {
  start(): Uint8Array
  write(samples: Int16Array): Uint8Array
  finish(): Uint8Array
}

async function createOutput(format: AudioFormat, sampleRate: number): Promise<Output> {
  if (format === 'wav') {
    return {
      start: () => streamingWavHeader(sampleRate),
      write: pcmBytes,
      finish: () => new Uint8Array(0),
    }
  }
  const mp3: Mp3Encoder = await createMp3Encoder(sampleRate)
  return { start: () => new Uint8Array(0), write: (s) => mp3.encode(s), finish: () => mp3.finish() }
}
