// Trims espeak-ng's wasm to the languages quotecast speaks.
//
// The npm build embeds all of espeak-ng-data (~110 languages, 17 MB of dictionaries) in one active data segment
// and lists the files in a table at __emscripten_embedded_file_data: { char *name; u32 len; u8 *data } triples,
// ended by a null name. For every dictionary we drop, the table entry gets length 0 (espeak then sees an empty
// file and refuses that language) and its bytes become zeros. Then the data segments are re-cut so that long
// zero runs are not stored at all: linear memory starts zeroed, so memory after instantiation is identical,
// every address stays where it was, and the file shrinks from 18.5 MB to the dictionaries we keep (~10 MB).

const SECTION_DATA = 11
const SECTION_DATACOUNT = 12
const SECTION_EXPORT = 7
/** Zero runs shorter than this stay inside a segment: a segment header costs ~8 bytes. */
const MIN_GAP = 64

/**
 * @param {Uint8Array} wasm
 * @param {string[]} keepLanguages
 */
export function trimEspeakWasm(wasm, keepLanguages) {
  const sections = readSections(wasm)
  const dataSec = sections.find((s) => s.id === SECTION_DATA)
  if (!dataSec) throw new Error('no data section')
  const segments = readDataSegments(wasm, dataSec)
  const tableAddr = readGlobalExport(wasm, sections, '__emscripten_embedded_file_data')
  const mem = new VirtualMemory(segments)

  const kept = []
  const dropped = []
  for (let entry = tableAddr; mem.u32(entry) !== 0; entry += 12) {
    const name = mem.cstring(mem.u32(entry))
    const len = mem.u32(entry + 4)
    const data = mem.u32(entry + 8)
    const dict = /\/([a-z]+(?:-[a-z]+)?)_dict$/.exec(name)
    if (!dict) continue
    if (keepLanguages.includes(dict[1])) {
      kept.push(`${dict[1]}_dict ${len}`)
      continue
    }
    mem.fill(data, data + len, 0)
    mem.setU32(entry + 4, 0)
    dropped.push(name)
  }
  const missing = keepLanguages.filter((l) => !kept.some((k) => k.startsWith(`${l}_dict `)))
  if (missing.length) throw new Error(`dictionaries not found: ${missing.join(', ')}`)

  const cut = segments.flatMap((s) => splitOnZeros(s.offset, s.bytes))
  const newData = encodeDataSection(cut)
  const parts = [wasm.subarray(0, 8)]
  for (const s of sections) {
    if (s.id === SECTION_DATA) parts.push(sectionBytes(SECTION_DATA, newData))
    else if (s.id === SECTION_DATACOUNT) parts.push(sectionBytes(SECTION_DATACOUNT, uleb(cut.length)))
    else parts.push(wasm.subarray(s.headerStart, s.start + s.size))
  }
  return { wasm: concat(parts), kept, dropped, segments: cut.length }
}

function readSections(b) {
  if (b[0] !== 0 || b[1] !== 0x61 || b[2] !== 0x73 || b[3] !== 0x6d) throw new Error('not a wasm module')
  const sections = []
  const r = new Reader(b, 8)
  while (r.p < b.length) {
    const headerStart = r.p
    const id = b[r.p++]
    const size = r.uleb()
    sections.push({ id, headerStart, start: r.p, size })
    r.p += size
  }
  return sections
}

function readDataSegments(b, sec) {
  const r = new Reader(b, sec.start)
  const n = r.uleb()
  const segments = []
  for (let i = 0; i < n; i++) {
    const flag = r.uleb()
    // Only "active, memory 0, offset = i32.const" is expected from emscripten; anything else is not ours to cut.
    if (flag !== 0 || b[r.p++] !== 0x41) throw new Error(`data segment ${i}: unsupported form`)
    const offset = r.sleb()
    if (b[r.p++] !== 0x0b) throw new Error(`data segment ${i}: offset is not a constant`)
    const len = r.uleb()
    segments.push({ offset, bytes: b.slice(r.p, r.p + len) })
    r.p += len
  }
  return segments
}

/** The address held by an exported immutable i32 global (emscripten exports data symbols that way). */
function readGlobalExport(b, sections, name) {
  const exp = sections.find((s) => s.id === SECTION_EXPORT)
  const r = new Reader(b, exp.start)
  let globalIndex = -1
  for (let n = r.uleb(); n > 0; n--) {
    const len = r.uleb()
    const nm = new TextDecoder().decode(b.subarray(r.p, r.p + len))
    r.p += len
    const kind = b[r.p++]
    const index = r.uleb()
    if (nm === name && kind === 3) globalIndex = index
  }
  if (globalIndex < 0) throw new Error(`export ${name} not found`)
  const imported = countImportedGlobals(b, sections)
  const glob = sections.find((s) => s.id === 6)
  const g = new Reader(b, glob.start)
  const count = g.uleb()
  for (let i = 0; i < count; i++) {
    g.p += 2 // valtype, mutability
    if (b[g.p++] !== 0x41) throw new Error('global init is not i32.const')
    const value = g.sleb()
    g.p++ // end
    if (i + imported === globalIndex) return value
  }
  throw new Error(`global ${globalIndex} not found`)
}

function countImportedGlobals(b, sections) {
  const imp = sections.find((s) => s.id === 2)
  if (!imp) return 0
  const r = new Reader(b, imp.start)
  let globals = 0
  for (let n = r.uleb(); n > 0; n--) {
    for (let k = 0; k < 2; k++) {
      const len = r.uleb() // module name, then field name
      r.p += len
    }
    const kind = b[r.p++]
    if (kind === 0) r.uleb()
    else if (kind === 1) {
      r.p++
      const flags = r.uleb()
      r.uleb()
      if (flags & 1) r.uleb()
    } else if (kind === 2) {
      const flags = r.uleb()
      r.uleb()
      if (flags & 1) r.uleb()
    } else if (kind === 3) {
      r.p += 2
      globals++
    }
  }
  return globals
}

function splitOnZeros(offset, bytes) {
  const out = []
  let i = 0
  const n = bytes.length
  while (i < n) {
    while (i < n && bytes[i] === 0) i++
    if (i >= n) break
    const start = i
    let end = i
    // Extend over non-zero bytes and short zero runs.
    while (end < n) {
      if (bytes[end] !== 0) {
        end++
        continue
      }
      let z = end
      while (z < n && bytes[z] === 0) z++
      if (z - end >= MIN_GAP || z >= n) break
      end = z
    }
    out.push({ offset: offset + start, bytes: bytes.subarray(start, end) })
    i = end
  }
  return out
}

function encodeDataSection(segments) {
  const parts = [uleb(segments.length)]
  for (const s of segments)
    parts.push(Uint8Array.of(0, 0x41), sleb(s.offset), Uint8Array.of(0x0b), uleb(s.bytes.length), s.bytes)
  return concat(parts)
}

const sectionBytes = (id, body) => concat([Uint8Array.of(id), uleb(body.length), body])

class VirtualMemory {
  constructor(segments) {
    this.segments = segments
  }
  locate(addr) {
    for (const s of this.segments) if (addr >= s.offset && addr < s.offset + s.bytes.length) return s
    throw new Error(`address ${addr} is outside the data segments`)
  }
  u32(addr) {
    const s = this.locate(addr)
    return new DataView(s.bytes.buffer, s.bytes.byteOffset).getUint32(addr - s.offset, true)
  }
  setU32(addr, v) {
    const s = this.locate(addr)
    new DataView(s.bytes.buffer, s.bytes.byteOffset).setUint32(addr - s.offset, v, true)
  }
  cstring(addr) {
    const s = this.locate(addr)
    const i = addr - s.offset
    const end = s.bytes.indexOf(0, i)
    return new TextDecoder().decode(s.bytes.subarray(i, end))
  }
  fill(from, to, v) {
    const s = this.locate(from)
    if (to > s.offset + s.bytes.length) throw new Error('file crosses a segment boundary')
    s.bytes.fill(v, from - s.offset, to - s.offset)
  }
}

class Reader {
  constructor(b, p) {
    this.b = b
    this.p = p
  }
  uleb() {
    let r = 0
    let shift = 0
    let x
    do {
      x = this.b[this.p++]
      r += (x & 0x7f) * 2 ** shift
      shift += 7
    } while (x & 0x80)
    return r
  }
  sleb() {
    let r = 0
    let shift = 0
    let x
    do {
      x = this.b[this.p++]
      r |= (x & 0x7f) << shift
      shift += 7
    } while (x & 0x80)
    if (shift < 32 && x & 0x40) r |= -1 << shift
    return r
  }
}

function uleb(n) {
  const out = []
  do {
    let byte = n & 0x7f
    n = Math.floor(n / 128)
    if (n) byte |= 0x80
    out.push(byte)
  } while (n)
  return Uint8Array.from(out)
}

function sleb(n) {
  const out = []
  for (;;) {
    const byte = n & 0x7f
    n >>= 7
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) {
      out.push(byte)
      return Uint8Array.from(out)
    }
    out.push(byte | 0x80)
  }
}

function concat(parts) {
  const len = parts.reduce((a, p) => a + p.length, 0)
  const out = new Uint8Array(len)
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
