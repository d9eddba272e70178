import { formatNumberNl } from '../readiness/format.ts'
import { formatDay } from './progress.ts'
import { escapeHtml } from '../risk/risicowijzer-html.ts'
import { escapeMarkdown } from '../risk/risicowijzer-markdown.ts'
import { toEpochDay, type CalendarDate } from '../shared/date.ts'
import type { Lang } from '../shared/issues.ts'
import type { ActionStatus, DatedValue, Programme } from './schema.ts'
import type {
  ActionProgress,
  DecisionProgress,
  GoalProgress,
  GoalStatus,
  IndicatorProgress,
  ProgrammeProgress,
} from './types.ts'

export interface ProgrammeReportOptions {
  format: 'md' | 'html'
  /** Dutch by default: the report is for Dutch boards. */
  language?: Lang
}

const words = {
  nl: {
    title: (name: string) => `Voortgangsrapportage ${name}`,
    audience: (regions: string) =>
      `Voor het Directeurenoverleg en de algemeen besturen van ${regions}`,
    asOf: 'Peildatum',
    since: 'Vorige rapportage',
    firstReport: 'Dit is de eerste rapportage.',
    summary: 'Samenvatting',
    pillar: 'Pijler',
    goal: 'Doel',
    status: 'Stand',
    statuses: { on_track: 'op koers', at_risk: 'risico', behind: 'achter' } as Record<
      GoalStatus,
      string
    >,
    counts: (t: ProgrammeProgress['totals']) =>
      `${t.on_track} op koers, ${t.at_risk} met risico, ${t.behind} achter; ${t.overdueActions} actie(s) over de einddatum, ${t.openDecisions} besluit(en) nodig.`,
    decisionsNeeded: 'Besluiten nodig',
    noDecisions: 'Er zijn geen besluiten nodig.',
    neededBy: 'nodig vóór',
    overdueDecision: 'te laat',
    why: 'Waarom deze stand',
    onTrackWhy: 'Alle indicatoren liggen op koers en geen actie is over de einddatum.',
    risks: "Risico's uit het risicoprofiel",
    indicators: 'Indicatoren',
    noIndicators: 'Dit doel heeft (nog) geen indicatoren.',
    indicator: 'Indicator',
    baseline: 'Nulmeting',
    target: 'Streefwaarde',
    value: 'Waarde',
    expected: 'Verwacht',
    onTrajectory: 'Op koers',
    yes: 'ja',
    no: 'nee',
    unknown: 'onbekend',
    live: 'berekend uit de regiogegevens',
    manual: 'ingevoerd',
    trend: 'Verloop',
    date: 'Datum',
    trendOf: (name: string) => `Verloop van ${name}`,
    chartAlt: (name: string, first: string, last: string, target: string) =>
      `${name}: van ${first} naar ${last}; streefwaarde ${target}.`,
    trajectoryLegend: 'gestippeld: het verwachte verloop van nulmeting naar streefwaarde',
    actions: 'Acties',
    noActions: 'Dit doel heeft (nog) geen acties.',
    action: 'Actie',
    owner: 'Eigenaar',
    start: 'Start',
    due: 'Gereed',
    note: 'Toelichting',
    actionStatuses: {
      not_started: 'niet gestart',
      running: 'loopt',
      done: 'afgerond',
      stopped: 'gestopt',
    } as Record<ActionStatus, string>,
    daysOverdue: (n: number) => `${n} dag(en) over de einddatum`,
    lateStart: 'nog niet gestart',
    changed: (since?: string) =>
      since ? `Wat is er veranderd sinds ${since}` : 'Wat is er veranderd',
    nothingChanged: 'Geen veranderingen.',
    otherChanges: 'Overige veranderingen',
    regionNotice: 'Let op',
    generated: 'Gemaakt met Weerbaar uit het programmabestand en de gegevens van de regio’s.',
  },
  en: {
    title: (name: string) => `Progress report ${name}`,
    audience: (regions: string) =>
      `For the directors' meeting and the general boards of ${regions}`,
    asOf: 'As of',
    since: 'Previous report',
    firstReport: 'This is the first report.',
    summary: 'Summary',
    pillar: 'Pillar',
    goal: 'Goal',
    status: 'Status',
    statuses: { on_track: 'on track', at_risk: 'at risk', behind: 'behind' } as Record<
      GoalStatus,
      string
    >,
    counts: (t: ProgrammeProgress['totals']) =>
      `${t.on_track} on track, ${t.at_risk} at risk, ${t.behind} behind; ${t.overdueActions} action(s) past due, ${t.openDecisions} decision(s) needed.`,
    decisionsNeeded: 'Decisions needed',
    noDecisions: 'No decisions are needed.',
    neededBy: 'needed by',
    overdueDecision: 'late',
    why: 'Why this status',
    onTrackWhy: 'Every indicator is on its trajectory and no action is past due.',
    risks: 'Risks of the risk profile',
    indicators: 'Indicators',
    noIndicators: 'This goal has no indicators (yet).',
    indicator: 'Indicator',
    baseline: 'Baseline',
    target: 'Target',
    value: 'Value',
    expected: 'Expected',
    onTrajectory: 'On track',
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
    live: "computed from the regions' data",
    manual: 'entered',
    trend: 'Trend',
    date: 'Date',
    trendOf: (name: string) => `Trend of ${name}`,
    chartAlt: (name: string, first: string, last: string, target: string) =>
      `${name}: from ${first} to ${last}; target ${target}.`,
    trajectoryLegend: 'dotted: the expected trajectory from baseline to target',
    actions: 'Actions',
    noActions: 'This goal has no actions (yet).',
    action: 'Action',
    owner: 'Owner',
    start: 'Start',
    due: 'Due',
    note: 'Note',
    actionStatuses: {
      not_started: 'not started',
      running: 'running',
      done: 'done',
      stopped: 'stopped',
    } as Record<ActionStatus, string>,
    daysOverdue: (n: number) => `${n} day(s) past due`,
    lateStart: 'not started yet',
    changed: (since?: string) => (since ? `What changed since ${since}` : 'What changed'),
    nothingChanged: 'No changes.',
    otherChanges: 'Other changes',
    regionNotice: 'Note',
    generated: "Made with Weerbaar from the programme file and the regions' data.",
  },
}

type Words = (typeof words)['nl']

function formatter(lang: Lang) {
  const date = (d: CalendarDate) => formatDay(d, lang)
  const number = (n: number) =>
    lang === 'nl' ? formatNumberNl(n) : (Math.round(n * 10) / 10).toLocaleString('en-GB')
  return { date, number }
}

/** The figures of one indicator, formatted, for both renderers. */
function indicatorCells(i: IndicatorProgress, w: Words, f: ReturnType<typeof formatter>) {
  const unit = i.unit ? ` ${i.unit}` : ''
  const v = (n: number) => `${f.number(n)}${unit}`
  return {
    name: i.name,
    kind: i.kind === 'live' ? w.live : w.manual,
    baseline: `${v(i.baseline.value)} (${f.date(i.baseline.date)})`,
    target: `${v(i.target.value)} (${f.date(i.target.date)})`,
    value:
      i.value === null
        ? `${w.unknown}${i.unavailable ? `: ${i.unavailable.message}` : ''}`
        : i.kind === 'manual' && i.valueDate !== null
          ? `${v(i.value)} (${f.date(i.valueDate)})`
          : v(i.value),
    expected: v(i.expected),
    onTrajectory: i.onTrajectory === null ? w.unknown : i.onTrajectory ? w.yes : w.no,
  }
}

function actionNote(a: ActionProgress, w: Words): string {
  const parts: string[] = []
  if (a.overdue) parts.push(w.daysOverdue(a.daysOverdue))
  else if (a.lateStart) parts.push(w.lateStart)
  if (a.reason) parts.push(a.reason)
  return parts.join('; ')
}

function decisionLine(d: DecisionProgress, w: Words, f: ReturnType<typeof formatter>): string {
  const when = d.neededBy
    ? ` (${w.neededBy} ${f.date(d.neededBy)}${d.overdue ? `, ${w.overdueDecision}` : ''})`
    : ''
  return `${d.question}${when}`
}

function regionNames(progress: ProgrammeProgress, lang: Lang): string {
  const names = progress.regions.map((r) => r.name ?? r.code)
  const and = lang === 'nl' ? 'en' : 'and'
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`
}

/**
 * The board report ("Voortgangsrapportage Weerbaarheid en veerkracht") for the
 * Directeurenoverleg and the algemeen besturen: a summary, then per goal its status and why,
 * its indicators with their trend, its actions, what changed since the previous report and the
 * decisions it needs. HTML is one self-contained page (inline CSS and SVG, no scripts, no
 * external requests) with a page break per goal for print and PDF; Markdown has the same content
 * with the trends as tables.
 */
export function renderProgrammeReport(
  programme: Pick<Programme, 'name' | 'pillars' | 'notice'>,
  progress: ProgrammeProgress,
  options: ProgrammeReportOptions,
): string {
  const lang = options.language ?? 'nl'
  return options.format === 'html'
    ? renderHtml(programme, progress, lang)
    : renderMarkdown(programme, progress, lang)
}

function riskNames(goal: GoalProgress, progress: ProgrammeProgress): string[] {
  return goal.risks.map((id) => progress.riskTitles[id] ?? id)
}

function pillarName(programme: Pick<Programme, 'pillars'>, id: string): string {
  return programme.pillars.find((p) => p.id === id)?.name ?? id
}

// ---------------------------------------------------------------------------------------------
// Markdown

function mdTable(head: string[], rows: string[][]): string[] {
  const cell = (s: string) => escapeMarkdown(s)
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
  ]
}

function renderMarkdown(
  programme: Pick<Programme, 'name' | 'pillars' | 'notice'>,
  progress: ProgrammeProgress,
  lang: Lang,
): string {
  const w = words[lang]
  const f = formatter(lang)
  const e = escapeMarkdown
  const out: string[] = [
    `# ${e(w.title(programme.name))}`,
    '',
    e(w.audience(regionNames(progress, lang))),
    '',
    `**${w.asOf}:** ${f.date(progress.asOf)}  `,
    progress.since ? `**${w.since}:** ${f.date(progress.since)}` : w.firstReport,
    '',
  ]
  if (programme.notice) out.push(`> **${w.regionNotice}:** ${e(programme.notice)}`, '')
  for (const warning of progress.warnings)
    out.push(`> **${w.regionNotice}:** ${e(warning.message)}`, '')
  out.push(`## ${w.summary}`, '', e(w.counts(progress.totals)), '')
  out.push(
    ...mdTable(
      [w.pillar, w.goal, w.status],
      progress.goals.map((g) => [pillarName(programme, g.pillar), g.name, w.statuses[g.status]]),
    ),
  )
  out.push(`### ${w.decisionsNeeded}`, '')
  if (progress.openDecisions.length === 0) out.push(w.noDecisions, '')
  else {
    for (const d of progress.openDecisions) out.push(`- ${e(decisionLine(d, w, f))}`)
    out.push('')
  }
  if (progress.changes.length > 0) {
    out.push(`### ${w.otherChanges}`, '')
    for (const c of progress.changes) out.push(`- ${e(c.message)}`)
    out.push('')
  }
  for (const goal of progress.goals) out.push(...goalMarkdown(programme, goal, progress, w, f))
  out.push('---', '', `*${e(w.generated)}*`, '')
  return out.join('\n')
}

function goalMarkdown(
  programme: Pick<Programme, 'pillars'>,
  goal: GoalProgress,
  progress: ProgrammeProgress,
  w: Words,
  f: ReturnType<typeof formatter>,
): string[] {
  const e = escapeMarkdown
  const out: string[] = [
    `## ${w.goal}: ${e(goal.name)}`,
    '',
    `${w.pillar}: ${e(pillarName(programme, goal.pillar))}  `,
    `**${w.status}: ${w.statuses[goal.status]}**`,
    '',
  ]
  if (goal.description) out.push(e(goal.description), '')
  if (goal.risks.length > 0)
    out.push(`${w.risks}: ${riskNames(goal, progress).map(e).join(', ')}`, '')
  out.push(`### ${w.why}`, '')
  if (goal.reasons.length === 0) out.push(w.onTrackWhy, '')
  else {
    for (const r of goal.reasons) out.push(`- ${e(r.message)}`)
    out.push('')
  }
  out.push(`### ${w.indicators}`, '')
  if (goal.indicators.length === 0) out.push(w.noIndicators, '')
  else {
    out.push(
      ...mdTable(
        [w.indicator, w.baseline, w.target, w.value, w.expected, w.onTrajectory],
        goal.indicators.map((i) => {
          const c = indicatorCells(i, w, f)
          return [
            `${c.name} (${c.kind})`,
            c.baseline,
            c.target,
            c.value,
            c.expected,
            c.onTrajectory,
          ]
        }),
      ),
    )
    for (const i of goal.indicators) {
      if (i.trend.length === 0) continue
      out.push(`#### ${e(w.trendOf(i.name))}`, '')
      const unit = i.unit ? ` ${i.unit}` : ''
      out.push(
        ...mdTable(
          [w.date, w.value],
          i.trend.map((p) => [f.date(p.date), `${f.number(p.value)}${unit}`]),
        ),
      )
    }
  }
  out.push(`### ${w.actions}`, '')
  if (goal.actions.length === 0) out.push(w.noActions, '')
  else
    out.push(
      ...mdTable(
        [w.action, w.owner, w.start, w.due, w.status, w.note],
        goal.actions.map((a) => [
          a.name,
          a.owner,
          a.start ? f.date(a.start) : '',
          f.date(a.due),
          w.actionStatuses[a.status],
          actionNote(a, w),
        ]),
      ),
    )
  out.push(`### ${e(w.changed(progress.since ? f.date(progress.since) : undefined))}`, '')
  if (!progress.since) out.push(w.firstReport, '')
  else if (goal.changes.length === 0) out.push(w.nothingChanged, '')
  else {
    for (const c of goal.changes) out.push(`- ${e(c.message)}`)
    out.push('')
  }
  out.push(`### ${w.decisionsNeeded}`, '')
  if (goal.openDecisions.length === 0) out.push(w.noDecisions, '')
  else {
    for (const d of goal.openDecisions) out.push(`- ${e(decisionLine(d, w, f))}`)
    out.push('')
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// HTML

// Inline CSS only: the report is mailed, printed and archived as one file. A4 portrait, one
// goal per page; the status is spelled out, so colour is never needed to read it.
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1rem; line-height: 1.45; color: #1a1a1a; background: #fff; }
header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 4px solid #154273; padding-top: 1.5rem; padding-bottom: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .25rem; color: #154273; }
h2 { font-size: 1.4rem; margin: 1.5rem 0 .5rem; color: #154273; border-bottom: 1px solid #b3c3d6; }
h3 { font-size: 1.1rem; margin: 1rem 0 .25rem; }
p, ul { margin: .25rem 0 .75rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; font-size: .95rem; }
th, td { border: 1px solid #b3c3d6; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
td.number { text-align: right; white-space: nowrap; }
.status { display: inline-block; padding: .05rem .5rem; border: 2px solid; font-weight: 700; }
.status-on_track { border-color: #1e6b2f; color: #1e6b2f; }
.status-at_risk { border-color: #8a5a00; color: #8a5a00; }
.status-behind { border-color: #a4161a; color: #a4161a; }
.notice { border: 2px solid #8a5a00; background: #fff6e0; padding: .5rem .75rem; margin: 1rem 0; }
.meta { color: #333; margin: 0; }
figure { margin: .5rem 0 1rem; }
figcaption { font-size: .9rem; color: #333; }
svg { max-width: 100%; height: auto; }
footer { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid #b3c3d6; font-size: .9rem; color: #333; }
@page { size: A4 portrait; margin: 15mm; }
@media print {
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  section.goal { break-before: page; page-break-before: always; }
  table, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
`

function htmlTable(
  head: string[],
  rows: string[][],
  numeric: ReadonlySet<number> = new Set(),
): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, k) => `<td${numeric.has(k) ? ' class="number"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('\n')
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`
}

function statusBadge(status: GoalStatus, w: Words): string {
  return `<span class="status status-${status}">${escapeHtml(w.statuses[status])}</span>`
}

const round = (n: number) => String(Math.round(n * 10) / 10)

/**
 * A small line chart: the trend as a solid line with dots, the trajectory from baseline to target
 * dotted, the target marked. Time runs from the baseline date to the later of the target date
 * and the last value. The figure has a text alternative and a caption.
 */
export function trendSvg(
  indicator: Pick<IndicatorProgress, 'name' | 'unit' | 'baseline' | 'target' | 'trend'>,
  alt: string,
  format: { number: (n: number) => string; date: (d: CalendarDate) => string } = {
    number: formatNumberNl,
    date: (d) => d,
  },
): string {
  const width = 360
  const height = 140
  const pad = { left: 44, right: 12, top: 12, bottom: 24 }
  const points: DatedValue[] = indicator.trend
  const dayOf = (d: CalendarDate) => toEpochDay(d)
  const x0 = dayOf(indicator.baseline.date)
  const lastDate = points.reduce(
    (last, p) => (p.date > last ? p.date : last),
    indicator.target.date,
  )
  const lastDay = dayOf(lastDate)
  const values = [indicator.baseline.value, indicator.target.value, ...points.map((p) => p.value)]
  const min = Math.min(...values)
  const max = Math.max(...values)
  // A little room above and below, so dots on the extremes stay visible; the axis is labelled
  // with the real extremes.
  const span = max === min ? 2 : max - min
  const lo = max === min ? min - 1 : min - span * 0.05
  const hi = max === min ? max + 1 : max + span * 0.05
  const x = (d: CalendarDate) =>
    pad.left + ((dayOf(d) - x0) / Math.max(1, lastDay - x0)) * (width - pad.left - pad.right)
  const y = (v: number) => pad.top + ((hi - v) / (hi - lo)) * (height - pad.top - pad.bottom)
  const line = points.map((p) => `${round(x(p.date))},${round(y(p.value))}`).join(' ')
  const dots = points
    .map(
      (p) => `<circle cx="${round(x(p.date))}" cy="${round(y(p.value))}" r="2.5" fill="#154273"/>`,
    )
    .join('')
  const fmt = format.number
  const bottom = height - pad.bottom
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(alt)}">`,
    `<line x1="${pad.left}" y1="${bottom}" x2="${width - pad.right}" y2="${bottom}" stroke="#666" stroke-width="1"/>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${bottom}" stroke="#666" stroke-width="1"/>`,
    `<text x="${pad.left - 4}" y="${round(y(max) + 4)}" font-size="10" text-anchor="end" fill="#333">${escapeHtml(fmt(max))}</text>`,
    `<text x="${pad.left - 4}" y="${round(y(min) + 4)}" font-size="10" text-anchor="end" fill="#333">${escapeHtml(fmt(min))}</text>`,
    `<text x="${pad.left}" y="${height - 8}" font-size="10" fill="#333">${escapeHtml(format.date(indicator.baseline.date))}</text>`,
    `<text x="${width - pad.right}" y="${height - 8}" font-size="10" text-anchor="end" fill="#333">${escapeHtml(format.date(lastDate))}</text>`,
    `<line x1="${round(x(indicator.baseline.date))}" y1="${round(y(indicator.baseline.value))}" x2="${round(x(indicator.target.date))}" y2="${round(y(indicator.target.value))}" stroke="#666" stroke-width="1.5" stroke-dasharray="3 3"/>`,
    `<rect x="${round(x(indicator.target.date) - 3)}" y="${round(y(indicator.target.value) - 3)}" width="6" height="6" fill="none" stroke="#1a1a1a" stroke-width="1.5"/>`,
    points.length > 1
      ? `<polyline points="${line}" fill="none" stroke="#154273" stroke-width="2"/>`
      : '',
    dots,
    '</svg>',
  ].join('')
}

function renderHtml(
  programme: Pick<Programme, 'name' | 'pillars' | 'notice'>,
  progress: ProgrammeProgress,
  lang: Lang,
): string {
  const w = words[lang]
  const f = formatter(lang)
  const h = escapeHtml
  const title = w.title(programme.name)
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)} — ${h(f.date(progress.asOf))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${h(w.audience(regionNames(progress, lang)))}</p>`,
    `<p class="meta"><strong>${h(w.asOf)}:</strong> ${h(f.date(progress.asOf))}${
      progress.since
        ? ` · <strong>${h(w.since)}:</strong> ${h(f.date(progress.since))}`
        : ` · ${h(w.firstReport)}`
    }</p>`,
    '</header>',
    '<main>',
  ]
  if (programme.notice)
    parts.push(
      `<p class="notice"><strong>${h(w.regionNotice)}:</strong> ${h(programme.notice)}</p>`,
    )
  for (const warning of progress.warnings)
    parts.push(`<p class="notice"><strong>${h(w.regionNotice)}:</strong> ${h(warning.message)}</p>`)
  parts.push(
    `<section class="summary" aria-labelledby="samenvatting">`,
    `<h2 id="samenvatting">${h(w.summary)}</h2>`,
  )
  parts.push(`<p>${h(w.counts(progress.totals))}</p>`)
  parts.push(
    '<table>',
    `<thead><tr><th scope="col">${h(w.pillar)}</th><th scope="col">${h(w.goal)}</th><th scope="col">${h(w.status)}</th></tr></thead>`,
    '<tbody>',
    ...progress.goals.map(
      (g) =>
        `<tr><td>${h(pillarName(programme, g.pillar))}</td><td><a href="#doel-${h(g.id)}">${h(g.name)}</a></td><td>${statusBadge(g.status, w)}</td></tr>`,
    ),
    '</tbody>',
    '</table>',
  )
  parts.push(`<h3>${h(w.decisionsNeeded)}</h3>`)
  parts.push(
    progress.openDecisions.length === 0
      ? `<p>${h(w.noDecisions)}</p>`
      : `<ul>${progress.openDecisions.map((d) => `<li>${h(decisionLine(d, w, f))}</li>`).join('')}</ul>`,
  )
  if (progress.changes.length > 0)
    parts.push(
      `<h3>${h(w.otherChanges)}</h3>`,
      `<ul>${progress.changes.map((c) => `<li>${h(c.message)}</li>`).join('')}</ul>`,
    )
  parts.push('</section>')
  for (const goal of progress.goals) parts.push(goalHtml(programme, goal, progress, w, f))
  parts.push('</main>', `<footer><p>${h(w.generated)}</p></footer>`, '</body>', '</html>', '')
  return parts.join('\n')
}

function goalHtml(
  programme: Pick<Programme, 'pillars'>,
  goal: GoalProgress,
  progress: ProgrammeProgress,
  w: Words,
  f: ReturnType<typeof formatter>,
): string {
  const h = escapeHtml
  const id = `doel-${goal.id}`
  const out: string[] = [
    `<section class="goal" id="${h(id)}" aria-labelledby="${h(id)}-titel">`,
    `<h2 id="${h(id)}-titel">${h(w.goal)}: ${h(goal.name)}</h2>`,
    `<p class="meta">${h(w.pillar)}: ${h(pillarName(programme, goal.pillar))}</p>`,
    `<p><strong>${h(w.status)}:</strong> ${statusBadge(goal.status, w)}</p>`,
  ]
  if (goal.description) out.push(`<p>${h(goal.description)}</p>`)
  if (goal.risks.length > 0)
    out.push(`<p>${h(w.risks)}: ${riskNames(goal, progress).map(h).join(', ')}</p>`)
  out.push(`<h3>${h(w.why)}</h3>`)
  out.push(
    goal.reasons.length === 0
      ? `<p>${h(w.onTrackWhy)}</p>`
      : `<ul>${goal.reasons.map((r) => `<li>${h(r.message)}</li>`).join('')}</ul>`,
  )
  out.push(`<h3>${h(w.indicators)}</h3>`)
  if (goal.indicators.length === 0) out.push(`<p>${h(w.noIndicators)}</p>`)
  else {
    out.push(
      htmlTable(
        [w.indicator, w.baseline, w.target, w.value, w.expected, w.onTrajectory],
        goal.indicators.map((i) => {
          const c = indicatorCells(i, w, f)
          return [
            `${c.name} (${c.kind})`,
            c.baseline,
            c.target,
            c.value,
            c.expected,
            c.onTrajectory,
          ]
        }),
        new Set([3, 4]),
      ),
    )
    for (const i of goal.indicators) {
      if (i.trend.length === 0) continue
      const unit = i.unit ? ` ${i.unit}` : ''
      const first = i.trend[0]!
      const last = i.trend.at(-1)!
      const alt = w.chartAlt(
        i.name,
        `${f.number(first.value)}${unit} (${f.date(first.date)})`,
        `${f.number(last.value)}${unit} (${f.date(last.date)})`,
        `${f.number(i.target.value)}${unit} (${f.date(i.target.date)})`,
      )
      out.push(
        '<figure>',
        trendSvg(i, alt, f),
        `<figcaption>${h(alt)} (${h(w.trajectoryLegend)})</figcaption>`,
        '</figure>',
      )
    }
  }
  out.push(`<h3>${h(w.actions)}</h3>`)
  out.push(
    goal.actions.length === 0
      ? `<p>${h(w.noActions)}</p>`
      : htmlTable(
          [w.action, w.owner, w.start, w.due, w.status, w.note],
          goal.actions.map((a) => [
            a.name,
            a.owner,
            a.start ? f.date(a.start) : '',
            f.date(a.due),
            w.actionStatuses[a.status],
            actionNote(a, w),
          ]),
        ),
  )
  out.push(`<h3>${h(w.changed(progress.since ? f.date(progress.since) : undefined))}</h3>`)
  out.push(
    !progress.since
      ? `<p>${h(w.firstReport)}</p>`
      : goal.changes.length === 0
        ? `<p>${h(w.nothingChanged)}</p>`
        : `<ul>${goal.changes.map((c) => `<li>${h(c.message)}</li>`).join('')}</ul>`,
  )
  out.push(`<h3>${h(w.decisionsNeeded)}</h3>`)
  out.push(
    goal.openDecisions.length === 0
      ? `<p>${h(w.noDecisions)}</p>`
      : `<ul>${goal.openDecisions.map((d) => `<li>${h(decisionLine(d, w, f))}</li>`).join('')}</ul>`,
  )
  out.push('</section>')
  return out.join('\n')
}
