import { createHash } from 'node:crypto'
import {
  decodeCsvBytes,
  parsePopulationGrid,
  type Issue,
  type Lang,
  type PopulationGrid,
} from '@weerbaar/core'
import { appendAudit } from '../audit/log.ts'
import { toNumber, type Database } from '../db/database.ts'
import type { Actor } from '../storage/storage.ts'

/** What is known of a region's grid without reading the file. */
export interface GridInfo {
  region: string
  sha256: string
  confidential: number | null
  cells: number
  population: number
  uploadedAt: string
  uploadedBy: string | null
}

interface GridRow {
  region: string
  sha256: string
  confidential: unknown
  cells: unknown
  population: unknown
  uploaded_at: Date | string
  uploaded_by: string | null
}

const toInfo = (row: GridRow): GridInfo => ({
  region: row.region,
  sha256: row.sha256,
  confidential: row.confidential === null ? null : toNumber(row.confidential),
  cells: toNumber(row.cells),
  population: toNumber(row.population),
  uploadedAt: new Date(row.uploaded_at).toISOString(),
  uploadedBy: row.uploaded_by,
})

export type GridParse =
  | { ok: true; text: string; grid: PopulationGrid; warnings: Issue[] }
  | { ok: false; issues: Issue[] }

/** The file as `weerbaar coverage --population` reads it: UTF-8 or Windows-1252, CSV or GeoJSON. */
export function readGridFile(
  bytes: Uint8Array,
  options: { lang: Lang; confidential?: number | undefined },
): GridParse {
  const text = decodeCsvBytes(bytes).text
  const parsed = parsePopulationGrid(text, {
    lang: options.lang,
    ...(options.confidential !== undefined ? { confidential: options.confidential } : {}),
  })
  if (!parsed.ok) return { ok: false, issues: parsed.issues }
  return { ok: true, text, grid: parsed.value.grid, warnings: parsed.warnings }
}

function populationOf(grid: PopulationGrid): number {
  let sum = 0
  for (const p of grid.population) sum += p
  return sum
}

/**
 * The regions' population grids in the database (`population_grids`), and the parsed grids of
 * this process, by the hash of their text: a grid is parsed once, whichever process stored it.
 */
export class GridStore {
  private readonly parsed = new Map<string, PopulationGrid>()

  constructor(private readonly db: Database) {}

  async info(region: string): Promise<GridInfo | undefined> {
    const rows = await this.db.query<GridRow>(
      `SELECT region, sha256, confidential, cells, population, uploaded_at, uploaded_by
       FROM population_grids WHERE region = $1`,
      [region],
    )
    return rows[0] ? toInfo(rows[0]) : undefined
  }

  /** The parsed grid of `info`; read and parsed once per process. */
  async grid(info: GridInfo): Promise<PopulationGrid | undefined> {
    const known = this.parsed.get(info.sha256)
    if (known) return known
    const rows = await this.db.query<{ source: string; sha256: string }>(
      'SELECT source, sha256 FROM population_grids WHERE region = $1',
      [info.region],
    )
    const row = rows[0]
    if (!row) return undefined
    // The file was valid when stored; a newer core may read it differently, so it is read again.
    const parsed = readGridFile(Buffer.from(row.source, 'utf8'), {
      lang: 'en',
      confidential: info.confidential ?? undefined,
    })
    if (!parsed.ok) return undefined
    this.remember(row.sha256, parsed.grid)
    return parsed.grid
  }

  /** Stores a region's grid (replacing the one before) with its audit entry, in one transaction. */
  async put(
    region: string,
    file: Extract<GridParse, { ok: true }>,
    confidential: number | undefined,
    actor: Actor,
  ): Promise<{ info: GridInfo; created: boolean }> {
    const sha256 = createHash('sha256').update(file.text).digest('hex')
    const now = new Date()
    const after = {
      sha256,
      cells: file.grid.population.length,
      population: populationOf(file.grid),
      confidential: confidential ?? null,
    }
    const result = await this.db.transaction(async (tx) => {
      const previous = await tx.query<GridRow>(
        `SELECT region, sha256, confidential, cells, population, uploaded_at, uploaded_by
         FROM population_grids WHERE region = $1 FOR UPDATE`,
        [region],
      )
      const rows = await tx.query<GridRow>(
        `INSERT INTO population_grids
           (region, source, sha256, confidential, cells, population, uploaded_at, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (region) DO UPDATE SET source = EXCLUDED.source, sha256 = EXCLUDED.sha256,
           confidential = EXCLUDED.confidential, cells = EXCLUDED.cells,
           population = EXCLUDED.population, uploaded_at = EXCLUDED.uploaded_at,
           uploaded_by = EXCLUDED.uploaded_by
         RETURNING region, sha256, confidential, cells, population, uploaded_at, uploaded_by`,
        [
          region,
          file.text,
          sha256,
          after.confidential,
          after.cells,
          after.population,
          now.toISOString(),
          actor.email,
        ],
      )
      const before = previous[0] ? toInfo(previous[0]) : undefined
      // The audit trail keeps what identifies the file, not the file itself.
      await appendAudit(
        tx,
        [
          {
            actorId: actor.userId,
            actorEmail: actor.email,
            via: actor.via,
            action: 'population_grid.put',
            region,
            entityKind: 'population_grid',
            entityId: region,
            before: before
              ? {
                  sha256: before.sha256,
                  cells: before.cells,
                  population: before.population,
                  confidential: before.confidential,
                }
              : null,
            after,
            address: actor.address ?? null,
          },
        ],
        now,
      )
      return { info: toInfo(rows[0]!), created: !before }
    })
    this.remember(sha256, file.grid)
    return result
  }

  /** A few grids are kept (one per region in use), the oldest goes first. */
  private remember(sha256: string, grid: PopulationGrid): void {
    this.parsed.delete(sha256)
    if (this.parsed.size >= 8) this.parsed.delete(this.parsed.keys().next().value!)
    this.parsed.set(sha256, grid)
  }
}
