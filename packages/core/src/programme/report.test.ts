import { afterAll, describe, expect, it } from 'vitest'
import {
  demoCatalog,
  demoGrids,
  demoProgramme,
  demoRegions,
} from '../../test/fixtures/programme/demo.ts'
import { computeProgrammeProgress } from './progress.ts'
import { renderProgrammeReport } from './report.ts'
import type { Programme } from './schema.ts'

const regions = demoRegions.map((d) => d.region)
const programme = demoProgramme()
const progress = computeProgrammeProgress(programme, regions, {
  asOf: '2026-12-01',
  catalog: demoCatalog,
  grids: demoGrids,
})

describe('renderProgrammeReport', () => {
  it('writes the board report of the demo programme in Markdown (snapshot)', async () => {
    const md = renderProgrammeReport(programme, progress, { format: 'md' })
    await expect(md).toMatchFileSnapshot('../../test/fixtures/programme/report-2026-12-01.md.snap')
  })

  it('writes the board report of the demo programme in HTML (snapshot)', async () => {
    const html = renderProgrammeReport(programme, progress, { format: 'html' })
    await expect(html).toMatchFileSnapshot(
      '../../test/fixtures/programme/report-2026-12-01.html.snap',
    )
  })

  it('makes one self-contained, printable HTML page with a page per goal and a chart per trend', () => {
    const html = renderProgrammeReport(programme, progress, { format: 'html' })
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i)
    // The only address in the page is the SVG namespace, which is never fetched.
    expect(
      html.match(/https?:\/\/[^\s"<]+/g)?.every((u) => u === 'http://www.w3.org/2000/svg'),
    ).toBe(true)
    expect(html).toContain('section.goal { break-before: page; page-break-before: always; }')
    expect(html.match(/<section class="goal"/g)).toHaveLength(programme.goals.length)
    const withTrend = progress.goals.flatMap((g) => g.indicators).filter((i) => i.trend.length > 0)
    expect(html.match(/<svg /g)).toHaveLength(withTrend.length)
    expect(html.match(/role="img" aria-label="[^"]+"/g)).toHaveLength(withTrend.length)
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('Voor het Directeurenoverleg en de algemeen besturen van')
  })

  it('has a section per goal with its indicators, actions, changes and decisions in Markdown', () => {
    const md = renderProgrammeReport(programme, progress, { format: 'md' })
    const sections = md.split(/^## Doel: /m).slice(1)
    expect(sections).toHaveLength(programme.goals.length)
    for (const section of sections)
      for (const heading of [
        '### Waarom deze stand',
        '### Indicatoren',
        '### Acties',
        '### Wat is er veranderd sinds 30 september 2026',
        '### Besluiten nodig',
      ])
        expect(section).toContain(heading)
    // Trends are tables in Markdown.
    expect(md).toContain('#### Verloop van Inwoners binnen bereik van een gereed noodsteunpunt')
  })

  it('escapes what the programme file says, in both formats', () => {
    const hostile: Programme = {
      ...programme,
      name: 'Plan <script>alert(1)</script>',
      goals: programme.goals.map((g, k) =>
        k === 0 ? { ...g, name: '*Doel* [x](https://evil.example)' } : g,
      ),
    }
    const p = computeProgrammeProgress(hostile, regions, {
      asOf: '2026-12-01',
      catalog: demoCatalog,
    })
    const html = renderProgrammeReport(hostile, p, { format: 'html' })
    expect(html).not.toContain('<script>')
    expect(html).toContain('Plan &lt;script&gt;alert(1)&lt;/script&gt;')
    const md = renderProgrammeReport(hostile, p, { format: 'md' })
    expect(md).toContain('\\*Doel\\* \\[x\\](https://evil.example)')
  })

  it('says so when it is the first report, and in English when asked', () => {
    const first = computeProgrammeProgress(programme, regions, {
      asOf: '2026-03-31',
      catalog: demoCatalog,
      grids: demoGrids,
    })
    const md = renderProgrammeReport(programme, first, { format: 'md' })
    expect(md).toContain('Dit is de eerste rapportage.')
    expect(md).not.toContain('Wat is er veranderd sinds')
    const en = renderProgrammeReport(programme, progress, { format: 'html', language: 'en' })
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('Progress report Weerbaarheid en veerkracht')
  })
})

describe('time zones', () => {
  const original = process.env.TZ
  afterAll(() => {
    if (original === undefined) delete process.env.TZ
    else process.env.TZ = original
  })

  it('gives the same progress and report in every time zone', () => {
    const run = () => {
      const p = computeProgrammeProgress(programme, regions, {
        asOf: '2026-12-01',
        catalog: demoCatalog,
        grids: demoGrids,
      })
      return JSON.stringify(p) + renderProgrammeReport(programme, p, { format: 'html' })
    }
    const results = new Set<string>()
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Amsterdam']) {
      process.env.TZ = tz
      results.add(run())
    }
    expect(results.size).toBe(1)
  })
})
