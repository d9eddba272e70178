import {
  ENTITY_COLLECTIONS,
  assembleEntity,
  assembleHeader,
  type CollectionKey,
} from '../storage/region-document.ts'
import type { RegionState, RegionStorage } from '../storage/storage.ts'

/**
 * A region document as served: its JSON in pieces, in order (slices of earlier documents and
 * the text made since), and the change number it shows.
 */
export interface SerializedRegion {
  lastSeq: number
  chunks: readonly Buffer[]
  /** Bytes in all chunks together. */
  length: number
}

/** Documents kept together at most, in bytes; the one just made is always kept. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 2 ** 20

/**
 * More pieces than this and the document is copied into one: every change adds a piece or two,
 * and each piece keeps its earlier document's memory.
 */
const MAX_CHUNKS = 512

/** The document's bytes in one buffer. */
export function documentBytes(document: SerializedRegion): Buffer {
  return document.chunks.length === 1
    ? document.chunks[0]!
    : Buffer.concat(document.chunks as Buffer[], document.length)
}

/**
 * A region document serialized from a state, with where each entity's JSON lies in it: the
 * next document is built from this one's bytes, and only the entities that changed in between
 * are serialized again.
 */
export interface SerializedLayout extends SerializedRegion {
  /** The state's entity lists: the storage layer shares unchanged entity objects between states. */
  collections: RegionState['collections']
  /** Per collection, each entity's start and end byte in the document, in the list's order. */
  spans: Record<CollectionKey, Uint32Array>
}

/** The pieces of `document` that hold its bytes `from` up to `to`, without copying them. */
function* slices(document: SerializedRegion, from: number, to: number): Generator<Buffer> {
  let start = 0
  for (const chunk of document.chunks) {
    const end = start + chunk.length
    if (end > from && start < to)
      yield chunk.subarray(Math.max(from, start) - start, Math.min(to, end) - start)
    if (end >= to) return
    start = end
  }
}

/**
 * The start and end byte of each element of the JSON array at `start` in `bytes` (as
 * JSON.stringify writes it: no white space), into `span`.
 */
function findElements(bytes: Buffer, start: number, span: Uint32Array): void {
  const QUOTE = 0x22
  const BACKSLASH = 0x5c
  const COMMA = 0x2c
  let depth = 0
  let inString = false
  let element = start + 1
  let n = 0
  for (let at = start + 1; n * 2 < span.length && at < bytes.length; at++) {
    const c = bytes[at]!
    if (inString) {
      if (c === BACKSLASH) at++
      else if (c === QUOTE) inString = false
    } else if (c === QUOTE) inString = true
    else if (c === 0x7b || c === 0x5b) depth++
    else if (c === 0x7d || c === 0x5d) {
      // The array's own closing bracket ends its last element.
      if (depth === 0) {
        span[2 * n] = element
        span[2 * n + 1] = at
        n++
      } else depth--
    } else if (c === COMMA && depth === 0) {
      span[2 * n] = element
      span[2 * n + 1] = at
      n++
      element = at + 1
    }
  }
  if (n * 2 < span.length) throw new Error(`Found ${n} of ${span.length / 2} array elements`)
}

/**
 * The region document's JSON, byte for byte `JSON.stringify(regionDocument(state))`. With
 * `previous`, an entity that is the same object as one in the previous state (which the
 * storage layer's states guarantee for every entity a change did not touch) is taken from the
 * previous document's bytes instead of being serialized again: a change to a large region
 * costs the serialization of what changed and neither a copy of the document nor an allocation
 * of its size.
 */
export function serializeRegion(state: RegionState, previous?: SerializedLayout): SerializedLayout {
  // Text in a row is joined into one piece, so a document made afresh is one buffer.
  let chunks: Buffer[] = []
  let texts: string[] = []
  const spans = {} as Record<CollectionKey, Uint32Array>
  /** Arrays serialized whole, whose entities are found in the bytes at the end. */
  const arrays: { start: number; span: Uint32Array }[] = []
  let offset = 0
  const text = (s: string) => {
    texts.push(s)
    offset += Buffer.byteLength(s)
  }
  const flush = () => {
    if (texts.length > 0) chunks.push(Buffer.from(texts.join('')))
    texts = []
  }
  // The entity arrays keep their place among the header's members; each is filled in below.
  const top = assembleHeader(state.header, () => undefined)
  let first = true
  for (const [name, value] of Object.entries(top)) {
    const key = ENTITY_COLLECTIONS.find((c) => c.key === name)?.key
    const json = key ? '' : (JSON.stringify(value) as string | undefined)
    // JSON.stringify leaves out a member whose value has no JSON form, and so does this.
    if (json === undefined) continue
    text(`${first ? '{' : ','}${JSON.stringify(name)}:${json}`)
    first = false
    if (!key) continue
    const list = state.collections[key]
    const span = new Uint32Array(list.length * 2)
    spans[key] = span
    const old = previous?.collections[key]
    const oldSpan = previous?.spans[key]
    if (!old || !oldSpan) {
      // Nothing to build on: the list in one JSON.stringify (half the time of one call per
      // entity), and where each entity lies found in its bytes afterwards.
      arrays.push({ start: offset, span })
      text(JSON.stringify(list.map((e) => assembleEntity(key, e.doc))))
      continue
    }
    text('[')
    let i = 0
    for (let j = 0; j < list.length; ) {
      if (j > 0) text(',')
      const entity = list[j]!
      // Lists are in order of position: entities before this one's position are gone.
      if (old && oldSpan)
        while (i < old.length && old[i] !== entity && old[i]!.position < entity.position) i++
      if (old && oldSpan && old[i] === entity) {
        // A run of entities unchanged and adjacent in the previous document: one slice.
        let k = j
        while (
          k + 1 < list.length &&
          i + (k + 1 - j) < old.length &&
          old[i + k + 1 - j] === list[k + 1]
        )
          k++
        const from = oldSpan[2 * i]!
        const to = oldSpan[2 * (i + k - j) + 1]!
        for (let n = j; n <= k; n++) {
          span[2 * n] = oldSpan[2 * (i + n - j)]! - from + offset
          span[2 * n + 1] = oldSpan[2 * (i + n - j) + 1]! - from + offset
        }
        flush()
        for (const slice of slices(previous!, from, to)) chunks.push(slice)
        offset += to - from
        i += k - j + 1
        j = k + 1
      } else {
        span[2 * j] = offset
        text(JSON.stringify(assembleEntity(key, entity.doc)))
        span[2 * j + 1] = offset
        j++
      }
    }
    text(']')
  }
  text(first ? '{}' : '}')
  flush()
  if (arrays.length > 0) {
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, offset)
    for (const { start, span } of arrays) findElements(bytes, start, span)
  }
  if (chunks.length > MAX_CHUNKS) chunks = [Buffer.concat(chunks, offset)]
  return { lastSeq: state.lastSeq, chunks, length: offset, collections: state.collections, spans }
}

/**
 * The region document of `GET /regions/{code}`, serialized once per state of the region. Each
 * request reads the region's last change number from the database (one small query), so a write
 * through any process, on PGlite or a shared PostgreSQL, makes the next request build the
 * document afresh from the storage layer's state (which reads only what changed) and the kept
 * JSON of the entities that did not change; until then every pull sends the same bytes. One
 * document per region is kept, least recently used dropped first beyond `maxBytes`.
 */
export class RegionDocumentCache {
  private readonly documents = new Map<string, SerializedLayout>()
  private readonly building = new Map<string, Promise<SerializedRegion | undefined>>()

  constructor(
    private readonly storage: RegionStorage,
    private readonly maxBytes = DEFAULT_MAX_DOCUMENT_BYTES,
  ) {}

  /** The region's last change number now, from the database; undefined when it does not exist. */
  lastSeq(code: string): Promise<number | undefined> {
    return this.storage.regionSeq(code)
  }

  /** The document at change number `lastSeq` or later; undefined when the region is gone. */
  async get(code: string, lastSeq: number): Promise<SerializedRegion | undefined> {
    const cached = this.documents.get(code)
    if (cached && cached.lastSeq >= lastSeq) {
      this.keep(code, cached)
      return cached
    }
    const key = `${code}\u0000${lastSeq}`
    let pending = this.building.get(key)
    if (!pending) {
      pending = this.build(code).finally(() => this.building.delete(key))
      this.building.set(key, pending)
    }
    return pending
  }

  private async build(code: string): Promise<SerializedRegion | undefined> {
    const state = await this.storage.readRegion(code)
    if (!state) {
      this.documents.delete(code)
      return undefined
    }
    const current = this.documents.get(code)
    const serialized = serializeRegion(
      state,
      current && current.lastSeq <= state.lastSeq ? current : undefined,
    )
    if (!current || current.lastSeq < serialized.lastSeq) this.keep(code, serialized)
    return serialized
  }

  private keep(code: string, document: SerializedLayout): void {
    this.documents.delete(code)
    this.documents.set(code, document)
    let total = 0
    for (const kept of this.documents.values()) total += kept.length
    for (const [other, kept] of this.documents) {
      if (total <= this.maxBytes) break
      if (other === code) continue
      this.documents.delete(other)
      total -= kept.length
    }
  }
}
