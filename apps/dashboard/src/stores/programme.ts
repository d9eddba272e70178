import {
  computeProgrammeProgress,
  parseProgramme,
  renderProgrammeReport,
  parsePopulationGrid,
  validateProgramme,
  type Issue,
  type PopulationGrid,
  type Lang,
  type Region,
} from '@weerbaar/core'
import { catalog } from '@weerbaar/guidelines'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { readPreference, writePreference } from '#/composables/preferences.ts'
import { todayCalendarDate } from '#/composables/today.ts'
import { isDemoRegion, loadDemoGrid } from '#/demo.ts'
import { loadDemoProgramme, isDemoProgrammeFor } from '#/demo-programme.ts'
import type { Programme, ProgrammeProgress } from '#/domain/programme-types.ts'
import {
  checkActionDraft,
  checkDecisionDraft,
  checkValueDraft,
  newDecisionId,
  type ActionDraft,
  type DecisionDraft,
  type ValueDraft,
} from '#/domain/programme-forms.ts'
import { useKeyValueStore, useRepository } from '#/storage/index.ts'
import { useProgrammeChannel } from '#/storage/programme-channel.ts'
import {
  createProgrammeRepository,
  type ProgrammeListItem,
  type ProgrammeOrigin,
  type ProgrammeRepository,
} from '#/storage/programme-repository.ts'
import {
  createServerProgrammeRepository,
  type ProgrammeProblem,
  type ServerProgrammeRecord,
  type ServerProgrammeRepository,
} from '#/storage/programme-server.ts'
import { NetworkError } from '#/sync/api.ts'
import { SYNC_PREFIX, type StoredSync } from '#/sync/client.ts'
import { visibleRegion } from '#/sync/engine.ts'
import {
  applyProgrammeOperations,
  type NewProgrammeOperation,
  type ProgrammeOperation,
} from '#/sync/programme-operations.ts'
import { newOperationId } from '#/sync/tabs.ts'
import { useReadinessStore } from './readiness.ts'
import { useRegionStore } from './regions.ts'
import { useSyncStore } from './sync.ts'

export type EditResult = { ok: true; saved: Promise<void> } | { ok: false; issues: Issue[] }
export type ProgrammeImportResult =
  | { ok: true; programme: Programme }
  | { ok: false; issues: Issue[] }

/** The programme file as exported: two-space indent, a final newline. */
export function programmeToJson(programme: Programme): string {
  return `${JSON.stringify(programme, null, 2)}\n`
}

/**
 * The programme "Weerbaarheid en veerkracht" of the active region: the plan, its progress on
 * the Peildatum (core's `computeProgrammeProgress`, live indicators from the regions' data) and
 * the coordinator's edits. Every edit is stored as operations applied to the stored programme in
 * one IndexedDB transaction each, resolved only once committed; other tabs hear of it and
 * re-read, with their own edits in flight on top.
 */
export const useProgrammeStore = defineStore('programme', () => {
  const regions = useRegionStore()
  const readiness = useReadinessStore()
  const sync = useSyncStore()
  const kv = useKeyValueStore()
  const localRepository = createProgrammeRepository(kv)
  /** In server mode the server's programmes (kept in IndexedDB too); else this browser's. */
  let repository: ProgrammeRepository = localRepository
  let server: ServerProgrammeRepository | null = null
  const regionRepository = useRepository()
  const channel = useProgrammeChannel()
  /** The language of core's reasons and messages: the interface's, set by the view. */
  const lang = ref<Lang>('nl')

  const list = ref<ProgrammeListItem[]>([])
  const programme = shallowRef<Programme | null>(null)
  const origin = ref<ProgrammeOrigin>('demo')
  const ready = ref(false)
  const error = ref<string | null>(null)
  const savedAt = ref<string | null>(null)
  const saving = ref(0)
  /** The regions of the programme other than the active one, as stored in this browser. */
  const otherRegions = shallowRef<Map<string, Region>>(new Map())
  /** Population grids by region code, for the live indicator of population coverage. */
  const grids = shallowRef<Record<string, PopulationGrid>>({})
  /** Server mode: regions of the programme this user has no role in (not counted, not shown). */
  const hiddenRegions = ref<string[]>([])
  /** Server mode: the user's edits not yet on the server, and why, when the server refused them. */
  const pending = ref(0)
  const pendingOps = shallowRef<readonly ProgrammeOperation[]>([])
  const problem = shallowRef<ProgrammeProblem | null>(null)
  /** Server mode: the programme as the server has it (for what differs in a conflict). */
  const serverProgramme = shallowRef<Programme | null>(null)
  const revision = ref<number | undefined>(undefined)
  /** Server mode: when the server could not be reached, since when and why. */
  const offline = ref<{ since: string; reason: string } | null>(null)
  const fetchedAt = ref<string | null>(null)

  let tasks: Promise<unknown> = Promise.resolve()
  function queue<T>(task: () => Promise<T>): Promise<T> {
    const run = tasks.then(task)
    tasks = run.catch(() => {})
    return run
  }
  let knownVersion = 0
  let uncommitted: ProgrammeOperation[] = []
  let started: Promise<void> | undefined

  async function refreshList() {
    list.value = await repository.list()
  }

  /** The programme chosen last, else the first that covers the active region, else the first. */
  function pick(): ProgrammeListItem | undefined {
    const code = regions.activeCode
    const covering = list.value.filter((p) => code && p.regions.includes(code))
    const preferred = readPreference('programme')
    return (
      covering.find((p) => p.id === preferred) ??
      covering[0] ??
      list.value.find((p) => p.id === preferred) ??
      list.value[0]
    )
  }

  /** Opens another stored programme (there may be several) and remembers the choice. */
  function select(id: string): Promise<void> {
    writePreference('programme', id)
    return queue(async () => {
      uncommitted = []
      await activate(id)
    })
  }

  async function activate(id: string | undefined) {
    if (!id) {
      programme.value = null
      return
    }
    const record = await repository.load(id)
    programme.value = record ? applyProgrammeOperations(record.programme, uncommitted) : null
    origin.value = record?.origin ?? 'demo'
    savedAt.value = record?.savedAt ?? null
    knownVersion = record?.version ?? 0
    const shared = record && 'pending' in record ? (record as ServerProgrammeRecord) : null
    pending.value = shared?.pending.length ?? 0
    pendingOps.value = shared?.pending ?? []
    problem.value = shared?.problem ?? null
    serverProgramme.value = shared?.serverProgramme ?? null
    revision.value = shared?.revision
    await loadOtherRegions()
  }

  async function loadOtherRegions() {
    const next = new Map<string, Region>()
    const hidden: string[] = []
    for (const code of programme.value?.regions ?? []) {
      if (code === regions.activeCode) continue
      if (sync.mode !== 'server') {
        const record = await regionRepository.load(code)
        if (record) next.set(code, record.region)
        continue
      }
      const region = await serverRegion(code)
      if (region === 'hidden') hidden.push(code)
      else if (region) next.set(code, region)
    }
    otherRegions.value = next
    hiddenRegions.value = hidden
    await loadGrids()
  }

  /**
   * Another region of the programme in server mode: its sync state in this browser (the data
   * the dashboard already syncs when the user opens it), else the server's copy; `hidden` when
   * the user has no role there (the server would not give it).
   */
  async function serverRegion(code: string): Promise<Region | null | 'hidden'> {
    const user = sync.user
    if (!user || (!user.admin && !sync.roleIn(code))) return 'hidden'
    const stored = (await kv.get(SYNC_PREFIX + code)) as StoredSync | undefined
    const synced = stored?.userId === user.id ? visibleRegion(stored.state) : null
    if (synced) return synced
    try {
      return (await sync.api.region(code))?.region ?? 'hidden'
    } catch {
      return null // offline: counted as missing until it can be read
    }
  }

  /**
   * The demo regions' synthetic population grids (the regions' own grids stay with the coverage
   * view): without a grid core says why population coverage has no value.
   */
  async function loadGrids() {
    const next: Record<string, PopulationGrid> = {}
    for (const code of programme.value?.regions ?? []) {
      const active = code === regions.activeCode
      const region = active ? regions.region : otherRegions.value.get(code)
      const from = active
        ? regions.origin
        : sync.mode === 'server'
          ? 'server'
          : (await regionRepository.load(code))?.origin
      if (!region || !from || !(await isDemoRegion(region, from))) continue
      const text = await loadDemoGrid(code)
      const parsed = text ? parsePopulationGrid(text) : null
      if (parsed?.ok) next[code] = parsed.value.grid
    }
    grids.value = next
  }

  channel.subscribe((message) => {
    void queue(async () => {
      await refreshList()
      if (message.id === programme.value?.id && message.version > knownVersion)
        await activate(message.id)
      else if (!programme.value) await activate(pick()?.id)
    }).catch((e: unknown) => {
      error.value = e instanceof Error ? e.message : String(e)
    })
  })

  /** Loads the stored programmes; puts the demo programme in next to the demo regions. */
  function init(): Promise<void> {
    // On a server, opening the view again fetches what colleagues changed meanwhile.
    if (started && server) void started.then(() => reload()).catch(() => {})
    // Opened before anyone had signed in (nothing was loaded): start again now.
    if (started && ready.value && sync.mode === 'server' && !server && sync.user) {
      started = undefined
    }
    started ??= queue(async () => {
      try {
        await regions.init()
        if (sync.mode === 'server') {
          await startServer()
          return
        }
        await refreshList()
        if (list.value.length === 0 && (await isDemoProgrammeFor(regions.list))) {
          const demo = await loadDemoProgramme()
          await repository.save(demo, 'demo')
          await refreshList()
        }
        await activate(pick()?.id)
      } catch (e) {
        error.value = e instanceof Error ? e.message : String(e)
      } finally {
        ready.value = true
      }
    })
    return started
  }

  /**
   * Server mode: the programmes this user may read, from the server when it answers and else
   * as last fetched (IndexedDB); then edits that wait are sent.
   */
  async function startServer() {
    const user = sync.user
    if (!user) return
    server = createServerProgrammeRepository({
      api: sync.api,
      kv,
      userId: user.id,
      lang: () => lang.value,
    })
    repository = server
    await fetchFromServer()
    await refreshList()
    await activate(pick()?.id)
    for (const item of list.value) void push(item.id)
  }

  async function fetchFromServer() {
    try {
      await server!.refresh()
      offline.value = null
      fetchedAt.value = new Date().toISOString()
    } catch (e) {
      if (!(e instanceof NetworkError)) throw e
      offline.value ??= { since: new Date().toISOString(), reason: e.message }
    }
  }

  let retry: ReturnType<typeof setTimeout> | undefined
  let attempts = 0
  /**
   * Sends the waiting edits of a programme. Offline they stay in IndexedDB and go as soon as the
   * server answers again (a timer, the browser's online event, the region sync's reconnect).
   */
  function push(id: string): Promise<void> {
    if (!server) return Promise.resolve()
    const repo = server
    return repo
      .send(id)
      .then(async (result) => {
        if (result.type === 'offline') {
          offline.value ??= { since: new Date().toISOString(), reason: result.reason }
          attempts++
          if (!retry)
            retry = setTimeout(
              () => {
                retry = undefined
                void push(id)
              },
              Math.min(30_000, 1000 * 2 ** Math.min(attempts, 5)),
            )
          return
        }
        if (result.type === 'sent') {
          offline.value = null
          attempts = 0
        }
        await queue(async () => {
          if (programme.value?.id === id) await activate(id)
          await refreshList()
        })
        if (result.type !== 'idle')
          channel.post({ type: 'programme-changed', id, version: knownVersion })
        // Edits made while these were on their way.
        if (result.type === 'sent' && programme.value?.id === id && pending.value > 0)
          await push(id)
      })
      .catch((e: unknown) => {
        error.value = e instanceof Error ? e.message : String(e)
      })
  }

  function retryNow(): Promise<void> {
    if (retry) clearTimeout(retry)
    retry = undefined
    attempts = 0
    return programme.value ? push(programme.value.id) : Promise.resolve()
  }

  if (typeof window !== 'undefined')
    window.addEventListener('online', () => {
      if (offline.value) void retryNow()
    })
  watch(
    () => sync.connection.online,
    (online) => {
      if (online && offline.value) void retryNow()
    },
  )

  /** Fetches the programme again from the server (a colleague's changes), edits kept. */
  function reload(): Promise<void> {
    if (!server) return Promise.resolve()
    return queue(async () => {
      await fetchFromServer()
      await refreshList()
      await activate(programme.value?.id ?? pick()?.id)
    })
  }

  /**
   * A conflict (or refusal) decided: `reapply` puts the user's edits on the colleague's version
   * and sends them; `discard` keeps the server's version.
   */
  async function resolveProblem(choice: 'reapply' | 'discard'): Promise<void> {
    const id = programme.value?.id
    if (!server || !id) return
    await queue(async () => {
      await server!.resolve(id, choice)
      await activate(id)
    })
    channel.post({ type: 'programme-changed', id, version: knownVersion })
    if (choice === 'reapply') await push(id)
  }

  // Another region chosen: the programme that covers it; the others' data re-read.
  watch(
    () => regions.activeCode,
    () => {
      if (!ready.value) return
      void queue(async () => {
        const next = pick()
        if (next?.id !== programme.value?.id) await activate(next?.id)
        else await loadOtherRegions()
      })
    },
  )

  /** The regions the programme covers, as far as this browser has them. */
  const coveredRegions = computed<Region[]>(() => {
    const p = programme.value
    if (!p) return []
    const out: Region[] = []
    for (const code of p.regions) {
      const region =
        code === regions.activeCode ? regions.region : (otherRegions.value.get(code) ?? null)
      if (region) out.push(region)
    }
    return out
  })

  const missingRegions = computed(() => {
    const have = new Set([
      ...coveredRegions.value.map((r) => r.region.code),
      ...hiddenRegions.value,
    ])
    return (programme.value?.regions ?? []).filter((code) => !have.has(code))
  })

  const progress = computed<ProgrammeProgress | null>(() => {
    const p = programme.value
    if (!p) return null
    try {
      // "What changed" starts at the last report before the Peildatum (core's default).
      return computeProgrammeProgress(p, coveredRegions.value, {
        asOf: readiness.asOf,
        catalog,
        grids: grids.value,
        lang: lang.value,
      })
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      return null
    }
  })

  function commit(ops: NewProgrammeOperation[]): Promise<void> {
    const p = programme.value
    if (!p) return Promise.reject(new Error('Geen programma geladen'))
    const at = new Date().toISOString()
    const full = ops.map((op) => ({ ...op, id: newOperationId(), at }) as ProgrammeOperation)
    uncommitted.push(...full)
    programme.value = applyProgrammeOperations(p, full)
    saving.value++
    const local = queue(async () => {
      try {
        const result = await repository.apply(p.id, full)
        uncommitted = uncommitted.filter((op) => !full.includes(op))
        if (programme.value?.id === p.id) {
          if (result.before !== knownVersion)
            programme.value = applyProgrammeOperations(result.programme, uncommitted)
          knownVersion = result.version
          savedAt.value = result.savedAt
        }
        channel.post({ type: 'programme-changed', id: p.id, version: result.version })
        if (server) pending.value++
      } catch (e) {
        uncommitted = uncommitted.filter((op) => !full.includes(op))
        error.value = `Opslaan mislukt, de wijziging is niet vastgelegd: ${e instanceof Error ? e.message : String(e)}`
        await activate(p.id).catch(() => {})
        throw e
      } finally {
        saving.value--
      }
    })
    if (!server) return local
    // On a server the form waits for the answer too (never rejects: `savedAs` says what came of
    // it), so it can say "on the server", "kept until online" or leave it to the conflict.
    return local.then(async () => {
      saving.value++
      try {
        await push(p.id)
      } finally {
        saving.value--
      }
    })
  }

  /** What came of the last save, for the form's message. */
  const savedAs = computed<'local' | 'server' | 'offline' | 'problem'>(() => {
    if (sync.mode !== 'server') return 'local'
    if (problem.value) return 'problem'
    return offline.value ? 'offline' : 'server'
  })

  /**
   * The programme after `op`, checked as a whole by core (the file must stay valid): problems
   * in the edited item's `fields` come back as the form's issues, by field; problems elsewhere
   * in the file were there before and are not this form's to fix.
   */
  function checkWhole(op: NewProgrammeOperation, prefix: string, fields: string[], lang: Lang) {
    const next = applyProgrammeOperations(programme.value!, [
      { ...op, id: 'check', at: '' } as ProgrammeOperation,
    ])
    const result = validateProgramme(next, { lang })
    if (result.ok) return []
    const issues: Issue[] = []
    for (const issue of result.issues) {
      if (issue.severity !== 'error' || !issue.path.startsWith(prefix)) continue
      const field = issue.path.slice(prefix.length).split(/[.[]/)[0]!
      if (fields.includes(field) && !issues.some((i) => i.path === field))
        issues.push({ ...issue, path: field })
    }
    return issues
  }

  /** Checks the action form and stores what changed; `saved` resolves once committed. */
  function updateAction(actionId: string, draft: ActionDraft, lang: Lang): EditResult {
    const index = programme.value?.actions.findIndex((a) => a.id === actionId) ?? -1
    const action = programme.value?.actions[index]
    if (!action) return { ok: false, issues: [] }
    const checked = checkActionDraft(action, draft, todayCalendarDate(), lang)
    if (!checked.ok) return checked
    const set = Object.fromEntries(
      Object.entries(checked.changes).map(([k, v]) => [k, v === '' ? null : v]),
    )
    if (Object.keys(set).length === 0) return { ok: true, saved: Promise.resolve() }
    const op: NewProgrammeOperation = { kind: 'action.update', actionId, set }
    const issues = checkWhole(op, `actions[${index}].`, Object.keys(draft), lang)
    if (issues.length > 0) return { ok: false, issues }
    return { ok: true, saved: commit([op]) }
  }

  /** Checks and stores a value of a manual indicator (replacing one on the same date). */
  function putValue(indicatorId: string, draft: ValueDraft, lang: Lang): EditResult {
    const index = programme.value?.indicators.findIndex((i) => i.id === indicatorId) ?? -1
    const indicator = programme.value?.indicators[index]
    if (!indicator || indicator.kind !== 'manual') return { ok: false, issues: [] }
    const checked = checkValueDraft(draft, indicator, todayCalendarDate(), lang)
    if (!checked.ok) return checked
    const op: NewProgrammeOperation = {
      kind: 'indicator.value.put',
      indicatorId,
      value: checked.value,
    }
    // The value's position after the put: values are kept in date order, one per date.
    const position = [
      ...indicator.values.filter((v) => v.date !== checked.value.date),
      checked.value,
    ]
      .sort((a, b) => a.date.localeCompare(b.date))
      .indexOf(checked.value)
    const issues = checkWhole(
      op,
      `indicators[${index}].values[${position}].`,
      ['date', 'value', 'note'],
      lang,
    )
    if (issues.length > 0) return { ok: false, issues }
    return { ok: true, saved: commit([op]) }
  }

  function removeValue(indicatorId: string, date: string): Promise<void> {
    return commit([{ kind: 'indicator.value.delete', indicatorId, date }])
  }

  /**
   * Checks the form of a board decision and stores it: a new one (`decisionId` undefined) gets
   * an id of its own; of an existing one only what changed is set.
   */
  function saveDecision(
    decisionId: string | undefined,
    draft: DecisionDraft,
    lang: Lang,
  ): EditResult {
    const p = programme.value
    if (!p) return { ok: false, issues: [] }
    const index = decisionId ? p.decisions.findIndex((d) => d.id === decisionId) : -1
    const current = index >= 0 ? p.decisions[index] : undefined
    if (decisionId && !current) return { ok: false, issues: [] }
    const checked = checkDecisionDraft(current, draft, p, todayCalendarDate(), lang)
    if (!checked.ok) return checked
    let op: NewProgrammeOperation
    if (!current) {
      const decision = { id: newDecisionId(checked.decision.question, p), ...checked.decision }
      op = { kind: 'decision.add', decision }
    } else {
      const set: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(checked.decision) as Array<[string, unknown]>)
        if (v !== (current as unknown as Record<string, unknown>)[k]) set[k] = v
      for (const k of ['goal', 'neededBy', 'decision', 'decidedOn'] as const)
        if (current[k] !== undefined && checked.decision[k] === undefined) set[k] = null
      if (Object.keys(set).length === 0) return { ok: true, saved: Promise.resolve() }
      op = { kind: 'decision.update', decisionId: current.id, set }
    }
    const at = index >= 0 ? index : p.decisions.length
    const issues = checkWhole(op, `decisions[${at}].`, Object.keys(draft), lang)
    if (issues.length > 0) return { ok: false, issues }
    return { ok: true, saved: commit([op]) }
  }

  function removeDecision(decisionId: string): Promise<void> {
    return commit([{ kind: 'decision.delete', decisionId }])
  }

  /**
   * Who changes the plan: anyone without a server; on a server the coordinators of its regions
   * (and the server's administrators), as the server decides. While edits wait on a conflict or
   * a refusal, nothing more is added until the user has chosen.
   */
  const readOnlyReason = computed<null | 'role' | 'refused' | 'problem' | 'signed-out'>(() => {
    if (sync.mode !== 'server') return null
    const p = programme.value
    const user = sync.user
    if (!user) return 'signed-out'
    if (problem.value?.kind === 'refused' && problem.value.status === 403) return 'refused'
    if (problem.value) return 'problem'
    if (!p || user.admin) return null
    return p.regions.some((code) => sync.roleIn(code)?.role === 'coordinator') ? null : 'role'
  })
  const editable = computed(() => readOnlyReason.value === null)

  async function saveWhole(next: Programme, from: ProgrammeOrigin) {
    saving.value++
    try {
      await queue(async () => {
        const result = await repository.save(next, from)
        channel.post({ type: 'programme-changed', id: next.id, version: result.version })
        await refreshList()
        uncommitted = []
        writePreference('programme', next.id)
        await activate(next.id)
      })
    } finally {
      saving.value--
    }
    if (server) void push(next.id)
  }

  /** Reads a programme file; a good one replaces the stored programme with the same id. */
  async function importJson(text: string, lang: Lang): Promise<ProgrammeImportResult> {
    const result = parseProgramme(text, { lang, regions: coveredRegions.value })
    if (!result.ok) return { ok: false, issues: result.issues }
    await saveWhole(result.value, 'import')
    return { ok: true, programme: result.value }
  }

  /** Puts the demo programme back as shipped. */
  async function resetDemo(): Promise<void> {
    await saveWhole(await loadDemoProgramme(), 'demo')
  }

  const exportJson = () => (programme.value ? programmeToJson(programme.value) : '')

  function report(format: 'md' | 'html'): string {
    if (!programme.value || !progress.value) return ''
    return renderProgrammeReport(programme.value, progress.value, { format, language: lang.value })
  }

  const flushed = (): Promise<void> => queue(async () => {})

  return {
    lang,
    list,
    programme,
    origin,
    editable,
    readOnlyReason,
    savedAs,
    hiddenRegions,
    pending,
    pendingOps,
    problem,
    serverProgramme,
    revision,
    offline,
    fetchedAt,
    ready,
    error,
    savedAt,
    saving: computed(() => saving.value > 0),
    coveredRegions,
    missingRegions,
    progress,
    init,
    select,
    updateAction,
    putValue,
    removeValue,
    saveDecision,
    removeDecision,
    reload,
    retryNow,
    resolveProblem,
    importJson,
    resetDemo,
    exportJson,
    report,
    flushed,
  }
})
