import createEspeak, { type EspeakModule } from '../../vendor/espeak-ng.js'
import espeakWasm from '../../vendor/espeak-ng.wasm'
import { parseWav } from '../audio/wav'
import { MemorySnapshot, type Region } from './snapshot'

/** What one synthesis call needs to know about the voice: espeak-ng's own terms. */
export interface EspeakVoice {
  /** espeak voice name plus variant, e.g. "ru+m3". */
  name: string
  /** Pitch 0..99 (espeak -p). */
  pitch: number
  /** Words per minute (espeak -s). */
  rate: number
}

export interface Pcm {
  samples: Int16Array
  sampleRate: number
}

interface Exports {
  memory: WebAssembly.Memory
  __main_argc_argv(argc: number, argv: number): number
  stackSave(): number
  stackRestore(sp: number): void
  stackAlloc(size: number): number
  __emscripten_embedded_file_data: WebAssembly.Global
}

const IN = '/in.txt'
const OUT = '/out.wav'

/**
 * espeak-ng (its CLI, compiled by emscripten) as a function text → PCM. One instance per isolate: created on
 * first use, snapshotted, and restored before every call. Calls are synchronous, so concurrent requests in one
 * isolate cannot interleave inside one.
 */
export class EspeakEngine {
  private constructor(
    private readonly module: EspeakModule,
    private readonly exports: Exports,
    private readonly snapshot: MemorySnapshot,
    private readonly stackPointer: number,
    readonly initMs: number,
  ) {}

  static async create(): Promise<EspeakEngine> {
    const t0 = performance.now()
    let exports: Exports | undefined
    const module = await createEspeak({
      noInitialRun: true,
      locateFile: (path) => path, // never fetched: the module comes precompiled through instantiateWasm
      instantiateWasm(imports, receive) {
        // Runtime compilation is forbidden in Workers; the module was compiled when the Worker was loaded.
        const instance = new WebAssembly.Instance(espeakWasm, imports)
        exports = instance.exports as unknown as Exports
        receive(instance, espeakWasm)
        return instance.exports
      },
      print: () => {},
      printErr: (line) => console.warn(`espeak-ng: ${line}`),
    })
    if (!exports) throw new Error('espeak-ng did not instantiate')
    const snapshot = new MemorySnapshot(exports.memory, embeddedFiles(exports))
    return new EspeakEngine(module, exports, snapshot, exports.stackSave(), performance.now() - t0)
  }

  get snapshotBytes(): number {
    return this.snapshot.size
  }

  /** Synthesizes one chunk of text (keep it to a few sentences: memory is a fixed 32 MiB). */
  synthesize(text: string, voice: EspeakVoice): Pcm {
    const { FS } = this.module
    this.snapshot.restore()
    this.exports.stackRestore(this.stackPointer)
    removeFile(FS, OUT)
    FS.writeFile(IN, text)
    // -b 1: the input is UTF-8. Text goes through a file, not argv: argv lives on the 64 KB C stack.
    const status = this.main([
      'espeak-ng',
      ...['-b', '1', '-v', voice.name, '-p', String(voice.pitch), '-s', String(voice.rate)],
      ...['-w', OUT, '-f', IN],
    ])
    closeLeftoverStreams(FS)
    if (status !== 0) throw new Error(`espeak-ng exited with status ${status} (voice ${voice.name})`)
    const wav = FS.readFile(OUT)
    removeFile(FS, OUT)
    return parseWav(wav)
  }

  private main(args: string[]): number {
    const ex = this.exports
    const encoder = new TextEncoder()
    const heap = () => new Uint8Array(ex.memory.buffer)
    const pointers = args.map((arg) => {
      const bytes = encoder.encode(arg)
      const ptr = ex.stackAlloc(bytes.length + 1)
      heap().set(bytes, ptr)
      heap()[ptr + bytes.length] = 0
      return ptr
    })
    const argv = ex.stackAlloc((pointers.length + 1) * 4)
    const view = new DataView(ex.memory.buffer)
    pointers.forEach((p, i) => {
      view.setUint32(argv + i * 4, p, true)
    })
    view.setUint32(argv + pointers.length * 4, 0, true)
    try {
      return ex.__main_argc_argv(pointers.length, argv)
    } catch (e) {
      // exit(n) inside espeak surfaces as emscripten's ExitStatus; anything else is a real failure.
      if (e && typeof e === 'object' && (e as { name?: string }).name === 'ExitStatus') {
        return (e as { status: number }).status
      }
      throw e
    }
  }
}

/** The address range of espeak-ng-data inside linear memory, from emscripten's embedded-file table. */
function embeddedFiles(ex: Exports): Region {
  const view = new DataView(ex.memory.buffer)
  let start = Number.POSITIVE_INFINITY
  let end = 0
  for (
    let entry = ex.__emscripten_embedded_file_data.value as number;
    view.getUint32(entry, true);
    entry += 12
  ) {
    const len = view.getUint32(entry + 4, true)
    const data = view.getUint32(entry + 8, true)
    if (!len) continue
    start = Math.min(start, data)
    end = Math.max(end, data + len)
  }
  if (!(end > start)) throw new Error('embedded file table not found')
  return { start, end }
}

function removeFile(FS: EspeakModule['FS'], path: string): void {
  try {
    FS.unlink(path)
  } catch {
    // not there: nothing to remove
  }
}

/** espeak leaves files open when it stops early; the JS file table outlives the memory restore. */
function closeLeftoverStreams(FS: EspeakModule['FS']): void {
  FS.streams.forEach((stream, fd) => {
    if (fd > 2 && stream) FS.close(stream)
  })
}

let shared: Promise<EspeakEngine> | undefined

/** The isolate's engine, created on first use. A failed start-up is not cached, so the next request retries. */
export function getEngine(): Promise<EspeakEngine> {
  shared ??= EspeakEngine.create().catch((e) => {
    shared = undefined
    throw e
  })
  return shared
}

/** Drops the isolate's engine after an unexpected failure (e.g. out of wasm memory): the next call starts fresh. */
export function discardEngine(): void {
  shared = undefined
}
