import {
  ENTITY_COLLECTIONS,
  assembleEntity,
  assembleHeader,
  type CollectionKey,
  type StoredEntity,
} from '../storage/region-document.ts'
import type { RegionState, RegionStorage } from '../storage/storage.ts'

/** A region document as served: its JSON text and the change number it shows. */
export interface SerializedRegion {
  lastSeq: number
  body: Buffer
}

/** Documents kept together at most, in bytes; the one just made is always kept. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 2 ** 20

/**
 * Each entity's JSON in the region document, kept for as long as the entity object lives. The
 * storage layer's states share unchanged entity objects from one change to the next, so after
 * a write only the entities it touched are serialized again.
 */
const entityJson = new WeakMap<StoredEntity, string>()

function jsonOf(key: CollectionKey, entity: StoredEntity): string {
  let json = entityJson.get(entity)
  if (json === undefined) {
    json = JSON.stringify(assembleEntity(key, entity.doc))
    entityJson.set(entity, json)
  }
  return json
}

/**
 * The region document's JSON, byte for byte `JSON.stringify(regionDocument(state))`, from the
 * kept JSON of each entity.
 */
export function serializeRegion(state: RegionState): string {
  // The entity arrays keep their place among the header's members; each is filled in below.
  const top = assembleHeader(state.header, () => undefined)
  const parts: string[] = []
  for (const [name, value] of Object.entries(top)) {
    const key = ENTITY_COLLECTIONS.find((c) => c.key === name)?.key
    const json = key
      ? `[${state.collections[key].map((e) => jsonOf(key, e)).join(',')}]`
      : (JSON.stringify(value) as string | undefined)
    // JSON.stringify leaves out a member whose value has no JSON form, and so does this.
    if (json !== undefined) parts.push(`${JSON.stringify(name)}:${json}`)
  }
  return `{${parts.join(',')}}`
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
  private readonly documents = new Map<string, SerializedRegion>()
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
    const serialized = { lastSeq: state.lastSeq, body: Buffer.from(serializeRegion(state)) }
    const current = this.documents.get(code)
    if (!current || current.lastSeq < serialized.lastSeq) this.keep(code, serialized)
    return serialized
  }

  private keep(code: string, document: SerializedRegion): void {
    this.documents.delete(code)
    this.documents.set(code, document)
    let total = 0
    for (const kept of this.documents.values()) total += kept.body.length
    for (const [other, kept] of this.documents) {
      if (total <= this.maxBytes) break
      if (other === code) continue
      this.documents.delete(other)
      total -= kept.body.length
    }
  }
}
