import { validateProgramme, type Programme } from '@weerbaar/core'
import type { FastifyInstance } from 'fastify'
import type { User } from '../accounts/store.ts'
import { auditActor, requireAuth } from '../auth/plugin.ts'
import { allows, canSee } from '../auth/permissions.ts'
import { appendAudit } from '../audit/log.ts'
import type { ServerContext } from '../context.ts'
import { requestLang, sendProblem, simpleIssue } from '../http/problem.ts'
import { etagOf, ifMatchAllows } from '../regions/service.ts'

const texts = {
  notFound: { nl: 'Niet gevonden', en: 'Not found' },
  forbidden: {
    nl: 'Alleen coördinatoren van de regio’s van dit programma mogen het wijzigen',
    en: "Only coordinators of this programme's regions may change it",
  },
  addRegion: {
    nl: (code: string) =>
      `U kunt regio ${code} alleen aan het programma toevoegen als u er coördinator bent`,
    en: (code: string) => `You can only add region ${code} to the programme as its coordinator`,
  },
  idMismatch: {
    nl: (id: string) => `Het id in het bestand moet "${id}" zijn, zoals in het adres`,
    en: (id: string) => `The id in the file must be "${id}", as in the address`,
  },
  stale: {
    nl: 'Het programma is intussen gewijzigd: haal het opnieuw op en probeer het nog eens',
    en: 'The programme was changed in the meantime: fetch it again and retry',
  },
}

interface ProgrammeRow {
  regions: string[]
  document: Programme
  revision: number
}

/** A user sees a programme when they have a role in one of its regions (admins see all). */
function mayRead(user: User, regions: readonly string[]): boolean {
  return regions.some((code) => canSee(user, code))
}

/** One line of `GET /programmes`: enough to choose a programme and to know whether it changed. */
export interface ProgrammeSummary {
  id: string
  name: string
  regions: string[]
  revision: number
}

/**
 * The programmes: `GET /programmes` (the ones the user may read), `GET|PUT /programmes/{id}`. A programme is readable by every role in one of its
 * regions and writable by their coordinators; a coordinator adds a region only where they are
 * coordinator. A user with no role in its regions does not learn that it exists (404). The body
 * is checked with `validateProgramme` of `@weerbaar/core`; every change is audited in the same
 * transaction, and answered only after the commit. ETag and If-Match guard against lost updates.
 */
export async function programmesPlugin(app: FastifyInstance, { ctx }: { ctx: ServerContext }) {
  const { db } = ctx

  app.get('/programmes', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    const rows = await db.query<ProgrammeSummary>(
      "SELECT id, document->>'name' AS name, regions, revision FROM programmes ORDER BY id",
    )
    // The same rule as reading one: a programme of no region of the user's is not listed.
    const programmes = rows
      .filter((row) => mayRead(auth.user, row.regions))
      .map(({ id, name, regions, revision }) => ({ id, name, regions, revision }))
    return { programmes }
  })

  app.get('/programmes/:id', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    const { id } = request.params as { id: string }
    const rows = await db.query<ProgrammeRow>(
      'SELECT regions, document, revision FROM programmes WHERE id = $1',
      [id],
    )
    const row = rows[0]
    if (!row || !mayRead(auth.user, row.regions))
      return sendProblem(reply, 404, [
        simpleIssue('not_found', texts.notFound[requestLang(request)]),
      ])
    reply.header('etag', etagOf(row.revision))
    return row.document
  })

  app.put('/programmes/:id', async (request, reply) => {
    const auth = requireAuth(request, reply)
    if (!auth) return reply
    const { user } = auth
    const lang = requestLang(request)
    const { id } = request.params as { id: string }
    const parsed = validateProgramme(request.body, { lang })
    if (!parsed.ok) return sendProblem(reply, 422, parsed.issues)
    const programme = parsed.value
    if (programme.id !== id)
      return sendProblem(reply, 422, [simpleIssue('id_mismatch', texts.idMismatch[lang](id), 'id')])
    const ifMatch = request.headers['if-match']

    type Outcome =
      | { ok: true; revision: number; created: boolean }
      | { ok: false; status: number; issue: ReturnType<typeof simpleIssue> }
    const outcome = await db.transaction<Outcome>(async (tx) => {
      const rows = await tx.query<ProgrammeRow>(
        'SELECT regions, document, revision FROM programmes WHERE id = $1 FOR UPDATE',
        [id],
      )
      const stored = rows[0]
      const notFound = {
        ok: false as const,
        status: 404,
        issue: simpleIssue('not_found', texts.notFound[lang]),
      }
      if (stored && !mayRead(user, stored.regions)) return notFound
      // Creating: the user coordinates every listed region. Changing: one of the stored ones,
      // and every region the change adds.
      const before = stored?.regions ?? []
      if (stored && !stored.regions.some((code) => allows(user, code, 'coordinate')))
        return { ok: false, status: 403, issue: simpleIssue('forbidden', texts.forbidden[lang]) }
      const added = programme.regions.filter((code) => !before.includes(code))
      const foreign = added.find((code) => !allows(user, code, 'coordinate'))
      if (foreign !== undefined)
        return {
          ok: false,
          status: stored || programme.regions.some((c) => canSee(user, c)) ? 403 : 404,
          issue: simpleIssue('forbidden', texts.addRegion[lang](foreign), 'regions'),
        }
      // Without If-Match the last writer wins, as for regions; with it, only on the revision read.
      if (!ifMatchAllows(ifMatch, stored?.revision))
        return { ok: false, status: 412, issue: simpleIssue('stale', texts.stale[lang]) }
      const revision = (stored?.revision ?? 0) + 1
      if (stored)
        await tx.query(
          'UPDATE programmes SET regions = $2, document = $3, revision = $4, updated_at = now() WHERE id = $1',
          [id, programme.regions, JSON.stringify(programme), revision],
        )
      else
        await tx.query(
          'INSERT INTO programmes (id, regions, document, revision) VALUES ($1, $2, $3, $4)',
          [id, programme.regions, JSON.stringify(programme), revision],
        )
      await appendAudit(tx, [
        {
          ...auditActor(request),
          action: 'programme.put',
          region: programme.regions[0] ?? null,
          entityKind: 'programme',
          entityId: id,
          before: stored?.document ?? null,
          after: programme,
        },
      ])
      return { ok: true, revision, created: !stored }
    })
    if (!outcome.ok) return sendProblem(reply, outcome.status, [outcome.issue])
    reply.header('etag', etagOf(outcome.revision))
    return reply
      .code(outcome.created ? 201 : 200)
      .send({ id, revision: outcome.revision, warnings: parsed.warnings })
  })
}
