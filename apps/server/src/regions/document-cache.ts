import type { RegionStorage } from '../storage/storage.ts'
import { regionDocument } from './service.ts'

/** A region document as served: its JSON text and the change number it shows. */
export interface SerializedRegion {
  lastSeq: number
  body: Buffer
}

/**
 * The region document of `GET /regions/{code}`, serialized once per state of the region. Each
 * request reads the region's last change number from the database (one small query), so a write
 * through any process, on PGlite or a shared PostgreSQL, makes the next request build the
 * document afresh; until then every pull sends the same bytes. One document per region is kept.
 */
export class RegionDocumentCache {
  private readonly documents = new Map<string, SerializedRegion>()
  private readonly building = new Map<string, Promise<SerializedRegion | undefined>>()

  constructor(private readonly storage: RegionStorage) {}

  /** The region's last change number now, from the database; undefined when it does not exist. */
  lastSeq(code: string): Promise<number | undefined> {
    return this.storage.regionSeq(code)
  }

  /** The document at change number `lastSeq` or later; undefined when the region is gone. */
  async get(code: string, lastSeq: number): Promise<SerializedRegion | undefined> {
    const cached = this.documents.get(code)
    if (cached && cached.lastSeq >= lastSeq) return cached
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
    const serialized = {
      lastSeq: state.lastSeq,
      body: Buffer.from(JSON.stringify(regionDocument(state))),
    }
    const current = this.documents.get(code)
    if (!current || current.lastSeq < serialized.lastSeq) this.documents.set(code, serialized)
    return serialized
  }
}
