import fc from 'fast-check'
import type { Assessment, Point, Region } from '@weerbaar/core'
import { describe, expect, it } from 'vitest'
import {
  applyChanges,
  confirmedRegion,
  discardProblem,
  emptyState,
  enqueue,
  identifyRemoval,
  nextToSend,
  resolveConflict,
  settle,
  visibleRegion,
  type ChangeRecord,
  type PendingOperation,
  type SendOutcome,
  type SyncState,
} from './engine.ts'
import { assessmentKey, diffRegions, type Operation } from './operations.ts'

const point = (id: string, municipality: string, name = id): Point =>
  ({
    id,
    name,
    municipality,
    tier: 'basic',
    kind: 'community_centre',
    status: 'active',
    location: { lat: 52.5, lon: 5.5 },
    public: true,
  }) as unknown as Point

const START: Region = {
  schemaVersion: 1,
  region: { code: 'VR25', name: 'Flevoland' },
  guideline: { id: 'noodsteunpunten', version: '2024.1' },
  municipalities: [
    { code: 'GM0034', name: 'Almere', population: 1 },
    { code: 'GM0184', name: 'Urk', population: 1 },
  ],
  points: [point('p1', 'GM0034'), point('p2', 'GM0034'), point('p3', 'GM0184')],
  assessments: [],
} as unknown as Region

/**
 * The server as the issue describes it, in memory: revisions per entity, a change feed with
 * sequence numbers, assessments deduplicated by the client's id, If-Match on points, and an
 * editor role that may only change Almere's points.
 */
class SimulatedServer {
  seq = 0
  log: ChangeRecord[] = []
  points = new Map<string, { revision: number; value: Point | null }>()
  assessments = new Map<string, { revision: number; value: Assessment | null }>()
  header: unknown
  constructor(start: Region) {
    const { points, assessments: _a, ...header } = start
    this.header = header
    this.record('region', 'VR25', 'put', 1, header)
    for (const p of points) this.put('point', p.id, p)
  }
  private record(
    kind: string,
    id: string,
    op: 'put' | 'delete',
    revision: number,
    value?: unknown,
  ) {
    this.seq++
    this.log.push({
      seq: this.seq,
      kind,
      id,
      op,
      revision,
      ...(value === undefined ? {} : { value }),
    })
  }
  private put(kind: 'point' | 'assessment', id: string, value: Point | Assessment | null) {
    const map = (kind === 'point' ? this.points : this.assessments) as Map<
      string,
      { revision: number; value: unknown }
    >
    const revision = (map.get(id)?.revision ?? 0) + 1
    map.set(id, { revision, value })
    this.record(kind, id, value === null ? 'delete' : 'put', revision, value ?? undefined)
    return revision
  }
  changes(since: number, limit: number) {
    return this.log.filter((r) => r.seq > since).slice(0, limit)
  }
  handle(p: PendingOperation, mayEdit: (municipality: string) => boolean): SendOutcome {
    const op = p.op
    switch (op.kind) {
      case 'assessment.add': {
        if (!mayEdit(this.points.get(op.assessment.point)?.value?.municipality ?? ''))
          return { type: 'refused', status: 403, reason: 'rol' }
        if (this.assessments.has(op.id)) return { type: 'ok' } // a retry: stored once
        this.put('assessment', op.id, op.assessment)
        return { type: 'ok' }
      }
      case 'assessment.remove': {
        const found = this.assessments.get(p.assessmentId ?? '')
        if (!found?.value) return { type: 'ok' } // already gone
        if (!mayEdit(this.points.get(found.value.point)?.value?.municipality ?? ''))
          return { type: 'refused', status: 403, reason: 'rol' }
        this.put('assessment', p.assessmentId!, null)
        return { type: 'ok' }
      }
      case 'point.put':
      case 'point.delete': {
        const id = op.kind === 'point.put' ? op.point.id : op.pointId
        const current = this.points.get(id)
        const municipality =
          op.kind === 'point.put' ? op.point.municipality : (current?.value?.municipality ?? '')
        if (!mayEdit(municipality) || !mayEdit(current?.value?.municipality ?? municipality))
          return { type: 'refused', status: 403, reason: 'rol' }
        if (op.kind === 'point.delete' && !current?.value) return { type: 'ok' }
        if ((current?.revision ?? undefined) !== p.baseRevision && current?.value !== undefined)
          return {
            type: 'conflict',
            server: current?.value ?? null,
            serverRevision: current?.revision ?? 0,
          }
        if (p.baseRevision !== undefined && !current)
          return { type: 'conflict', server: null, serverRevision: 0 }
        const revision = this.put('point', id, op.kind === 'point.put' ? op.point : null)
        return { type: 'ok', entity: { kind: 'point', id, revision, value: null } }
      }
      default:
        return { type: 'refused', status: 403, reason: 'niet in dit model' }
    }
  }
  region(): Region {
    return {
      ...(this.header as object),
      points: [...this.points.values()].flatMap((e) => (e.value ? [e.value] : [])),
      assessments: [...this.assessments.values()].flatMap((e) => (e.value ? [e.value] : [])),
    } as Region
  }
}

interface Client {
  state: SyncState
  mayEdit: (municipality: string) => boolean
  counter: number
  /** Assessment ids the server confirmed to this client (answer or feed). */
  acknowledged: Set<string>
  revisions?: Map<string, number>
}

type Action =
  | { type: 'edit'; client: number; edit: Edit }
  | { type: 'send'; client: number; loseAnswer: boolean; serverDown: boolean }
  | { type: 'pull'; client: number; page: number }

type Edit =
  | { kind: 'assess'; point: number; note: string }
  | { kind: 'unassess'; index: number }
  | { kind: 'rename'; point: number; name: string }
  | { kind: 'delete'; point: number }
  | { kind: 'create'; id: string; municipality: number }

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('assess' as const),
      point: fc.nat(4),
      note: fc.constantFrom('a', 'b', 'c'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unassess' as const), index: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      point: fc.nat(4),
      name: fc.constantFrom('X', 'Y', 'Z'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), point: fc.nat(4) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      id: fc.constantFrom('n1', 'n2'),
      municipality: fc.nat(1),
    }),
  },
)

const actionArb = (clients: number): fc.Arbitrary<Action> =>
  fc.oneof(
    fc.record({ type: fc.constant('edit' as const), client: fc.nat(clients - 1), edit: editArb }),
    fc.record({
      type: fc.constant('send' as const),
      client: fc.nat(clients - 1),
      loseAnswer: fc.boolean(),
      serverDown: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('pull' as const),
      client: fc.nat(clients - 1),
      page: fc.integer({ min: 1, max: 5 }),
    }),
  )

function edited(region: Region, edit: Edit): Region {
  const pick = (i: number) => region.points[i % Math.max(1, region.points.length)]
  switch (edit.kind) {
    case 'assess': {
      const p = pick(edit.point)
      if (!p) return region
      const a = {
        point: p.id,
        requirement: 'info.board',
        date: '2026-11-01',
        result: 'met',
        note: edit.note,
      } as Assessment
      return { ...region, assessments: [...region.assessments, a] }
    }
    case 'unassess':
      if (region.assessments.length === 0) return region
      return {
        ...region,
        assessments: region.assessments.filter(
          (_, i) => i !== edit.index % region.assessments.length,
        ),
      }
    case 'rename': {
      const p = pick(edit.point)
      if (!p) return region
      return {
        ...region,
        points: region.points.map((x) => (x.id === p.id ? { ...x, name: edit.name } : x)),
      }
    }
    case 'delete': {
      const p = pick(edit.point)
      if (!p) return region
      return {
        ...region,
        points: region.points.filter((x) => x.id !== p.id),
        assessments: region.assessments.filter((a) => a.point !== p.id),
      }
    }
    case 'create':
      if (region.points.some((p) => p.id === edit.id)) return region
      return {
        ...region,
        points: [...region.points, point(edit.id, edit.municipality ? 'GM0184' : 'GM0034')],
      }
  }
}

function makeEdit(client: Client, edit: Edit) {
  const before = visibleRegion(client.state)
  if (!before) return
  const ops = diffRegions(before, edited(before, edit)).map(
    (op) => ({ ...op, id: `op-${(client.counter += 1)}`, at: 'x' }) as Operation,
  )
  client.state = enqueue(client.state, ops)
}

function send(server: SimulatedServer, client: Client, loseAnswer: boolean, serverDown: boolean) {
  const next = nextToSend(client.state)
  if (!next) return
  if (serverDown) {
    client.state = settle(client.state, next.op.id, { type: 'retry', error: 'offline' })
    return
  }
  const outcome = server.handle(next, client.mayEdit)
  if (loseAnswer) {
    // The server did it, the answer never arrived: the client tries again later.
    client.state = settle(client.state, next.op.id, { type: 'retry', error: 'timeout' })
    return
  }
  if (outcome.type === 'ok' && next.op.kind === 'assessment.add')
    client.acknowledged.add(next.op.id)
  client.state = settle(client.state, next.op.id, outcome)
}

function pull(server: SimulatedServer, client: Client, page: number) {
  const records = server.changes(client.state.confirmed.seq, page)
  const before = new Set(client.state.pending.map((p) => p.op.id))
  client.state = applyChanges(client.state, records)
  for (const r of records)
    if (r.kind === 'assessment' && before.has(r.id)) client.acknowledged.add(r.id)
}

/** Everything settles: conflicts resolved (alternately theirs and mine), refusals discarded. */
function drain(server: SimulatedServer, clients: Client[]) {
  for (let round = 0; round < 50; round++) {
    let busy = false
    for (const client of clients) {
      for (const problem of client.state.problems) {
        busy = true
        if (problem.kind === 'refused' || round % 2 === 0 || problem.op.kind !== 'point.put')
          client.state =
            problem.kind === 'conflict'
              ? resolveConflict(client.state, problem.op.id, { keep: 'server' })
              : discardProblem(client.state, problem.op.id)
        else
          client.state = resolveConflict(client.state, problem.op.id, {
            use: problem.op.point,
            id: `${problem.op.id}-r`,
            at: 'x',
          })
      }
      while (nextToSend(client.state)) {
        busy = true
        send(server, client, false, false)
      }
      pull(server, client, 1000)
    }
    if (!busy) return
  }
  throw new Error('did not settle')
}

/** What must hold after every step, not only at the end. */
function checkInvariants(client: Client) {
  const { confirmed, pending } = client.state
  // The feed or an answer confirmed it: it is not also waiting (it would show twice).
  const live = new Set(confirmed.assessments.map((e) => e.id))
  for (const p of pending) if (p.op.kind === 'assessment.add') expect(live.has(p.op.id)).toBe(false)
  // What the client knows of an entity never goes back to an older revision.
  const seen = (client.revisions ??= new Map<string, number>())
  for (const e of [...confirmed.points, ...confirmed.assessments]) {
    expect(e.revision).toBeGreaterThanOrEqual(seen.get(e.id) ?? 0)
    seen.set(e.id, e.revision)
  }
}

const sortedAssessments = (r: Region | null) => (r?.assessments ?? []).map(assessmentKey).sort()
const sortedPoints = (r: Region | null) =>
  [...(r?.points ?? [])].sort((a, b) => a.id.localeCompare(b.id)).map((p) => JSON.stringify(p))

describe('sync engine', () => {
  it('any interleaving of local and remote operations converges, and no acknowledged assessment is lost or doubled', () => {
    fc.assert(
      fc.property(fc.array(actionArb(3), { maxLength: 60 }), (actions) => {
        const server = new SimulatedServer(START)
        const clients: Client[] = [0, 1, 2].map((i) => ({
          state: emptyState(),
          // The third client is an editor of Almere only.
          mayEdit: i === 2 ? (m: string) => m === 'GM0034' : () => true,
          counter: i * 100_000,
          acknowledged: new Set<string>(),
        }))
        for (const c of clients) pull(server, c, 1000)
        const removedOnServer = new Set<string>()
        for (const action of actions) {
          const client = clients[action.client]!
          if (action.type === 'edit') makeEdit(client, action.edit)
          else if (action.type === 'send')
            send(server, client, action.loseAnswer, action.serverDown)
          else pull(server, client, action.page)
          for (const c of clients) checkInvariants(c)
        }
        drain(server, clients)
        for (const [id, entry] of server.assessments) if (!entry.value) removedOnServer.add(id)

        const truth = server.region()
        for (const client of clients) {
          expect(client.state.pending).toEqual([])
          expect(client.state.problems).toEqual([])
          expect(client.state.confirmed.seq).toBe(server.seq)
          const seen = visibleRegion(client.state)
          expect(sortedPoints(seen)).toEqual(sortedPoints(truth))
          expect(sortedAssessments(seen)).toEqual(sortedAssessments(truth))
          // Acknowledged means kept: on the server unless someone removed it on purpose.
          for (const id of client.acknowledged)
            expect(server.assessments.get(id)?.value != null || removedOnServer.has(id)).toBe(true)
        }
        // Each assessment is stored once: one feed entry 'put' per id.
        const puts = server.log
          .filter((r) => r.kind === 'assessment' && r.op === 'put')
          .map((r) => r.id)
        expect(new Set(puts).size).toBe(puts.length)
      }),
      { numRuns: 300 },
    )
  })

  it('a client offline for a week catches up page by page and keeps its own waiting changes', () => {
    const server = new SimulatedServer(START)
    const away: Client = {
      state: emptyState(),
      mayEdit: () => true,
      counter: 0,
      acknowledged: new Set(),
    }
    pull(server, away, 1000)
    makeEdit(away, { kind: 'assess', point: 0, note: 'offline' })
    const colleague: Client = {
      state: emptyState(),
      mayEdit: () => true,
      counter: 100,
      acknowledged: new Set(),
    }
    pull(server, colleague, 1000)
    for (let i = 0; i < 250; i++) {
      makeEdit(colleague, { kind: 'assess', point: i, note: `week ${i}` })
      send(server, colleague, false, false)
    }
    let pages = 0
    while (server.changes(away.state.confirmed.seq, 1).length > 0) {
      pull(server, away, 100)
      pages++
    }
    expect(pages).toBe(3)
    expect(visibleRegion(away.state)!.assessments).toHaveLength(251)
    expect(away.state.pending).toHaveLength(1)
    send(server, away, false, false)
    expect(server.region().assessments).toHaveLength(251)
  })

  it('an answer that overtakes the feed is not undone by the older feed entry', () => {
    const server = new SimulatedServer(START)
    const client: Client = {
      state: emptyState(),
      mayEdit: () => true,
      counter: 0,
      acknowledged: new Set(),
    }
    pull(server, client, 1000)
    makeEdit(client, { kind: 'assess', point: 0, note: 'kort' })
    send(server, client, false, false)
    makeEdit(client, { kind: 'unassess', index: 0 })
    send(server, client, false, false)
    expect(visibleRegion(client.state)!.assessments).toEqual([])
    // The feed now brings the put and then the removal, one page at a time.
    pull(server, client, 1)
    expect(visibleRegion(client.state)!.assessments).toEqual([])
    pull(server, client, 1)
    expect(visibleRegion(client.state)!.assessments).toEqual([])
    expect(client.state.confirmed.seq).toBe(server.seq)
  })

  it('an edit of a point someone else changed meanwhile is a conflict, never an overwrite', () => {
    const server = new SimulatedServer(START)
    const a: Client = {
      state: emptyState(),
      mayEdit: () => true,
      counter: 0,
      acknowledged: new Set(),
    }
    const b: Client = {
      state: emptyState(),
      mayEdit: () => true,
      counter: 50,
      acknowledged: new Set(),
    }
    pull(server, a, 1000)
    pull(server, b, 1000)
    makeEdit(a, { kind: 'rename', point: 0, name: 'X' })
    makeEdit(b, { kind: 'rename', point: 0, name: 'Y' })
    send(server, a, false, false)
    send(server, b, false, false)
    expect(server.points.get('p1')?.value?.name).toBe('X')
    expect(b.state.problems).toMatchObject([{ kind: 'conflict', server: { name: 'X' } }])
    // Both versions are there to compare; the point shows the server's until the user chooses.
    const problem = b.state.problems[0]!
    expect(problem.op.kind === 'point.put' && problem.op.point.name).toBe('Y')
    expect(visibleRegion(b.state)!.points[0]!.name).toBe('X')
    b.state = resolveConflict(b.state, problem.op.id, {
      use: {
        ...(problem.op.kind === 'point.put' ? problem.op.point : point('p1', 'GM0034')),
        name: 'X en Y',
      },
      id: 'merge',
      at: 'x',
    })
    send(server, b, false, false)
    expect(server.points.get('p1')?.value?.name).toBe('X en Y')
  })

  it('a change the server refuses is kept with its reason until discarded', () => {
    const server = new SimulatedServer(START)
    const editor: Client = {
      state: emptyState(),
      mayEdit: (m) => m === 'GM0034',
      counter: 0,
      acknowledged: new Set(),
    }
    pull(server, editor, 1000)
    makeEdit(editor, { kind: 'rename', point: 2, name: 'Urk?' })
    send(server, editor, false, false)
    expect(editor.state.problems).toMatchObject([{ kind: 'refused', status: 403, reason: 'rol' }])
    expect(server.points.get('p3')?.value?.name).toBe('p3')
    editor.state = discardProblem(editor.state, editor.state.problems[0]!.op.id)
    expect(editor.state.problems).toEqual([])
    expect(confirmedRegion(editor.state.confirmed)!.points[2]!.name).toBe('p3')
  })

  it('a removal of an assessment not known yet is kept, and finds its server id later', () => {
    const server = new SimulatedServer(START)
    const colleague: Client = {
      state: emptyState(),
      mayEdit: () => true,
      counter: 0,
      acknowledged: new Set(),
    }
    const me: Client = {
      state: emptyState(),
      mayEdit: () => true,
      counter: 0,
      acknowledged: new Set(),
    }
    pull(server, me, 1000)
    pull(server, colleague, 1000)
    makeEdit(colleague, { kind: 'assess', point: 0, note: 'van de collega' })
    send(server, colleague, false, false)
    expect(colleague.state.pending).toEqual([])
    const assessment = confirmedRegion(colleague.state.confirmed)!.assessments.find(
      (a) => a.note === 'van de collega',
    )!
    // This browser removes it (say, from a copy that arrived by other means) before the feed has it.
    const removal: Operation = {
      kind: 'assessment.remove',
      id: 'r1',
      at: 'now',
      assessment,
    }
    me.state = enqueue(me.state, [removal])
    expect(me.state.pending).toMatchObject([{ op: { id: 'r1' } }])
    expect(me.state.pending[0]!.assessmentId).toBeUndefined()
    pull(server, me, 1000)
    me.state = identifyRemoval(me.state, 'r1')
    const id = me.state.pending[0]!.assessmentId
    expect(id).toBeDefined()
    me.state = settle(
      me.state,
      'r1',
      server.handle(me.state.pending[0]!, () => true),
    )
    expect(server.assessments.get(id!)?.value).toBeNull()
    expect(me.state.pending).toEqual([])
  })

  it("a header change that met a colleague's: theirs kept, or mine made again on top of theirs", () => {
    const op: Operation = {
      kind: 'region.set',
      id: 'h1',
      at: 'now',
      key: 'norms',
      value: { a: 1 },
      before: { a: 0 },
    }
    let state = enqueue(emptyState(), [op])
    state = settle(state, 'h1', { type: 'region-conflict', server: { a: 2 } })
    expect(state.pending).toEqual([])
    expect(state.problems).toEqual([{ kind: 'region-conflict', op, server: { a: 2 } }])
    expect(resolveConflict(state, 'h1', { keep: 'server' })).toMatchObject({
      problems: [],
      pending: [],
    })
    const mine = resolveConflict(state, 'h1', { use: null, id: 'h2', at: 'later' })
    expect(mine.problems).toEqual([])
    expect(mine.pending).toMatchObject([
      { op: { kind: 'region.set', id: 'h2', key: 'norms', value: { a: 1 }, before: { a: 2 } } },
    ])
  })
})
