import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import { describe, expect, it } from 'vitest'
import libraryJson from '../../../guidelines/data/risk/handelingsperspectieven-2026.1.json' with { type: 'json' }
import nrbJson from '../../../guidelines/data/risk/nrb-2026.1.json' with { type: 'json' }
import { RegionSchema, type Region, type RegionInput } from '../region/schema.ts'
import { ActionLibrarySchema } from './actions.ts'
import { RiskMethodSchema, type ImpactClass } from './method.ts'
import { escapeHtml, renderRisicowijzerHtml } from './risicowijzer-html.ts'
import { escapeMarkdown, renderRisicowijzerMarkdown } from './risicowijzer-markdown.ts'
import { buildRisicowijzer, localityOf, risicowijzer } from './risicowijzer.ts'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

const method = RiskMethodSchema.parse(nrbJson)
const library = ActionLibrarySchema.parse(libraryJson)
const options = { method, library, date: '2026-11-28' }
const all: Record<string, ImpactClass> = Object.fromEntries(
  method.criteria.filter((c) => !c.optional).map((c) => [c.id, 'C']),
)

// --- an HTML checker on parse5 -------------------------------------------------------------------

function elements(node: Node): Element[] {
  const out: Element[] = []
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n)
    const children = 'childNodes' in n ? n.childNodes : []
    for (const c of children) walk(c)
    if ('content' in n && n.content) walk(n.content as Node)
  }
  walk(node)
  return out
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  return ('childNodes' in node ? node.childNodes : []).map(text).join('')
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

/** Problems that make a page unfit for residents: parse errors, accessibility basics, external requests. */
function checkHtml(html: string): string[] {
  const problems: string[] = []
  const doc = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => problems.push(`parse error ${e.code} at ${e.startLine}:${e.startCol}`),
  })
  const els = elements(doc)
  // parse5 reports tokenizer errors only; well-formedness of the tree is checked here: every
  // element written with its start tag, every non-void one closed, no stray end tags.
  for (const e of els) {
    const loc = e.sourceCodeLocation
    if (!loc?.startTag) problems.push(`<${e.tagName}> is implied, not written`)
    else if (
      !VOID.has(e.tagName) &&
      !loc.endTag &&
      !html.slice(loc.startTag.startOffset, loc.startTag.endOffset).endsWith('/>')
    ) {
      problems.push(`<${e.tagName}> at ${loc.startLine}:${loc.startCol} is not closed`)
    }
  }
  const endTags = html.match(/<\/[A-Za-z][^>]*>/g)?.length ?? 0
  const closed = els.filter((e) => e.sourceCodeLocation?.endTag).length
  if (endTags !== closed) problems.push(`${endTags - closed} stray end tag(s)`)
  const root = els.find((e) => e.tagName === 'html')!
  if (attr(root, 'lang') !== 'nl') problems.push('html lang is not nl')
  if (!els.some((e) => e.tagName === 'meta' && attr(e, 'charset')?.toLowerCase() === 'utf-8'))
    problems.push('no meta charset')
  if (!text(els.find((e) => e.tagName === 'title') ?? doc).trim()) problems.push('no title')
  const headings = els.filter((e) => /^h[1-6]$/.test(e.tagName)).map((e) => Number(e.tagName[1]))
  if (headings[0] !== 1) problems.push('the first heading is not h1')
  if (headings.filter((h) => h === 1).length !== 1) problems.push('not exactly one h1')
  headings.forEach((h, i) => {
    if (i > 0 && h > headings[i - 1]! + 1)
      problems.push(`heading h${h} follows h${headings[i - 1]}`)
  })
  for (const e of els) {
    if (e.tagName === 'img' && attr(e, 'alt') === undefined) problems.push('img without alt')
    if (e.tagName === 'svg') {
      const hasTitle = e.childNodes.some((c) => c.nodeName === 'title' && text(c).trim())
      if (!attr(e, 'aria-label') && !hasTitle && attr(e, 'aria-hidden') !== 'true')
        problems.push('svg without text alternative')
    }
    if (
      ['script', 'link', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'base'].includes(
        e.tagName,
      )
    ) {
      problems.push(`<${e.tagName}> element`)
    }
    for (const a of e.attrs) {
      if (a.name.startsWith('on')) problems.push(`event handler ${a.name}`)
      if (['src', 'srcset', 'background', 'poster', 'data'].includes(a.name))
        problems.push(`${a.name} attribute loads a resource`)
      if (a.name === 'href') {
        const local = a.value.startsWith('#') && els.some((x) => attr(x, 'id') === a.value.slice(1))
        if (e.tagName !== 'a' || !(local || /^https?:\/\//.test(a.value)))
          problems.push(`href ${a.value}`)
      }
    }
  }
  const css = els
    .filter((e) => e.tagName === 'style')
    .map(text)
    .join('\n')
  if (/url\(|@import/i.test(css)) problems.push('CSS loads a resource')
  return problems
}

// --- the fixture: every municipality has a non-public point, data full of special characters -----

function region(): Region {
  const municipalities = [
    { code: 'GM0034', name: 'Almere', population: 226000 },
    { code: 'GM0184', name: 'Urk', population: 22000 },
    { code: 'GM0050', name: 'Zeewolde', population: 24000 },
  ]
  const location = { lat: 52.4, lon: 5.3 }
  const secret = municipalities.map((m, i) => ({
    id: `geheim-${i}`,
    name: `GEHEIM ${m.name}`,
    municipality: m.code,
    tier: 'coordination' as const,
    kind: 'fire_station' as const,
    status: 'active' as const,
    location,
    address: `Verborgenweg ${i}, 9999 ZZ GEHEIMDORP`,
    public: false,
  }))
  return RegionSchema.parse({
    schemaVersion: 1,
    region: { code: 'VR25', name: 'Veiligheidsregio Voorbeeld' },
    guideline: { id: 'noodsteunpunten', version: '2026.1' },
    municipalities,
    points: [
      ...secret,
      {
        id: 'ster',
        name: 'Buurthuis <De "Ster"> & Co\'s',
        municipality: 'GM0034',
        tier: 'local',
        kind: 'community_centre',
        status: 'active',
        location,
        address: 'Sterweg 1, 1351 AB Almere Haven',
      },
      {
        id: 'bieb',
        name: 'Bibliotheek Haven',
        municipality: 'GM0034',
        tier: 'local',
        kind: 'library',
        status: 'planned',
        location,
        address: 'Markt 2, 1351 AC Almere Haven',
      },
      {
        id: 'kazerne',
        name: 'Brandweerkazerne Buiten',
        municipality: 'GM0034',
        tier: 'coordination',
        kind: 'fire_station',
        status: 'active',
        location,
        address: 'Kazerneweg 3, Almere Buiten',
      },
      {
        id: 'dicht',
        name: 'GESLOTEN school',
        municipality: 'GM0034',
        tier: 'local',
        kind: 'school',
        status: 'inactive',
        location,
        address: 'Dichtweg 4, 1352 AA Almere Haven',
      },
      {
        id: 'urk-1',
        name: 'Het Baken',
        municipality: 'GM0184',
        tier: 'local',
        kind: 'community_centre',
        status: 'active',
        location,
      },
    ],
    riskProfile: {
      scenarios: [
        {
          id: 'stroomuitval',
          title: 'Langdurige stroomuitval',
          theme: 'Nutsvoorzieningen',
          tags: ['power-outage', 'telecom-outage'],
          impact: all,
          likelihood: 'C',
          description: 'De stroom valt dagen uit. <b>Alles</b> ligt stil & niemand kan bellen.',
        },
        {
          id: 'telefoonstoring',
          title: 'Storing van telefoon en internet',
          theme: 'Nutsvoorzieningen',
          tags: ['telecom-outage'],
          impact: { ...all, '2.1': 'A' },
          likelihood: 'C',
          municipalities: ['GM0034'],
        },
        {
          id: 'overstroming',
          title: 'Overstroming <IJsselmeer>',
          theme: 'Water',
          tags: ['flood'],
          impact: { ...all, '2.1': 'E' },
          likelihood: 'A',
          municipalities: ['GM0184'],
        },
      ],
      communication: {
        notice: 'Dit is een voorbeeld met verzonnen gegevens.',
        calamityRadio: { name: 'Omroep Voorbeeld', frequency: 'FM 99,9' },
        website: { title: 'Risico’s in de regio', address: 'https://example.org/risico' },
        informationPoints: [
          {
            name: 'Gemeentehuis Almere',
            address: 'Stadhuisplein 1, Almere',
            municipality: 'GM0034',
            note: 'Balie open bij stroomuitval',
          },
          { name: 'Regionaal informatienummer', note: 'Bel 0800-0000' },
        ],
      },
    },
  } satisfies RegionInput)
}

describe('the HTML checker', () => {
  it('catches what it is meant to catch', () => {
    const page = (body: string, lang = 'nl') =>
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`
    expect(checkHtml(page('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>'))).toEqual([])
    expect(checkHtml(page('<h1>a</h1><h3>c</h3>'))).toEqual(['heading h3 follows h1'])
    expect(checkHtml(page('<h1>a</h1>', 'en'))).toEqual(['html lang is not nl'])
    expect(
      checkHtml(page('<h1 id="a">a</h1><a href="#a">a</a><a href="#b">b</a><a href="/x">x</a>')),
    ).toEqual(['href #b', 'href /x'])
    expect(checkHtml(page('<h1>a</h1><img alt="x"><img><svg viewBox="0 0 1 1"></svg>'))).toEqual([
      'img without alt',
      'svg without text alternative',
    ])
    expect(checkHtml(page('<h1>a</h1><div></span></div>'))).toEqual(['1 stray end tag(s)'])
    expect(checkHtml(page('<h1>a</h1><p><b>x</p>'))).toEqual([
      expect.stringMatching(/^<b> at 1:\d+ is not closed$/),
    ])
    expect(checkHtml(page('<h1>a</h1><ul><li>x</ul>'))).toEqual([
      expect.stringMatching(/^<li> .* is not closed$/),
    ])
    expect(checkHtml(page('<h1 a=1 a=2>a</h1>'))).toEqual([
      expect.stringMatching(/^parse error duplicate-attribute/),
    ])
    expect(
      checkHtml(
        page('<h1>a</h1><script src="https://x"></script><style>b{background:url(x)}</style>'),
      ),
    ).toEqual(['<script> element', 'src attribute loads a resource', 'CSS loads a resource'])
  })
})

describe('localityOf', () => {
  it('finds the place in Dutch addresses', () => {
    expect(localityOf('Sterweg 1, 1351 AB Almere Haven')).toBe('Almere Haven')
    expect(localityOf('Sterweg 1 1351AB Almere')).toBe('Almere')
    expect(localityOf('Kazerneweg 3, Almere Buiten')).toBe('Almere Buiten')
    expect(localityOf('Kazerneweg 3')).toBeUndefined()
    expect(localityOf(undefined)).toBeUndefined()
    expect(localityOf(' , ')).toBeUndefined()
  })
})

describe('buildRisicowijzer', () => {
  const r = region()

  it('lists the risks of the municipality, highest first, with what to do', () => {
    const almere = buildRisicowijzer(r, 'GM0034', options)
    expect(almere.risks.map((x) => x.id)).toEqual(['stroomuitval', 'telefoonstoring'])
    expect(almere.risks[0]!.actions.map((a) => a.id)).toEqual([
      'stroomuitval',
      'telefoon-internet-uitval',
    ])
    expect(almere.risks[0]!).toMatchObject({ impact: 'ernstig', likelihood: 'mogelijk' })
    const urk = buildRisicowijzer(r, 'GM0184', options)
    expect(urk.risks.map((x) => x.id)).toEqual(['stroomuitval', 'overstroming'])
    expect(urk.risks[1]!.actions.map((a) => a.id)).toEqual(['overstroming'])
  })

  it('groups the public points by place and leaves out non-public and inactive ones', () => {
    const almere = buildRisicowijzer(r, 'GM0034', options)
    expect(almere.places).toEqual([
      {
        name: 'Almere Buiten',
        points: [
          {
            name: 'Brandweerkazerne Buiten',
            address: 'Kazerneweg 3, Almere Buiten',
            planned: false,
          },
        ],
      },
      {
        name: 'Almere Haven',
        points: [
          { name: 'Bibliotheek Haven', address: 'Markt 2, 1351 AC Almere Haven', planned: true },
          {
            name: 'Buurthuis <De "Ster"> & Co\'s',
            address: 'Sterweg 1, 1351 AB Almere Haven',
            planned: false,
          },
        ],
      },
    ])
    expect(almere.withoutAddress).toEqual([])
    // A point without an address gets no place heading that would suggest where it is.
    const urk = buildRisicowijzer(r, 'GM0184', options)
    expect(urk.places).toEqual([])
    expect(urk.withoutAddress).toEqual([{ name: 'Het Baken', planned: false }])
    const html = renderRisicowijzerHtml(urk)
    expect(html).toContain('<h3>Adres nog niet bekend</h3>')
    expect(html).toContain('Vraag de gemeente waar ze zijn.')
    expect(html).toMatch(/Adres nog niet bekend<\/h3>[\s\S]*<strong>Het Baken<\/strong><\/li>/)
    expect(html).not.toContain('nog geen noodsteunpunten bekendgemaakt')
    expect(renderRisicowijzerMarkdown(urk)).toContain(
      '### Adres nog niet bekend\n\nVan deze noodsteunpunten staat het adres nog niet in onze gegevens. Vraag de gemeente waar ze zijn.\n\n- **Het Baken**\n',
    )
    expect(buildRisicowijzer(r, 'GM0050', options)).toMatchObject({
      places: [],
      withoutAddress: [],
    })
  })

  it('adds the information points of the municipality and of the whole region, and the channels', () => {
    const almere = buildRisicowijzer(r, 'GM0034', options)
    expect(almere.informationPoints.map((p) => p.name)).toEqual([
      'Gemeentehuis Almere',
      'Regionaal informatienummer',
    ])
    expect(buildRisicowijzer(r, 'GM0184', options).informationPoints.map((p) => p.name)).toEqual([
      'Regionaal informatienummer',
    ])
    expect(almere.calamityRadio).toEqual({ name: 'Omroep Voorbeeld', frequency: 'FM 99,9' })
    expect(almere.basics.noodpakket.steps.length).toBeGreaterThan(10)
    expect(almere.sources.length).toBeGreaterThan(3)
    expect(new Set(almere.sources.map((s) => s.title)).size).toBe(almere.sources.length)
  })

  it('works without a risk profile, and refuses what it cannot do', () => {
    const bare = { ...r, riskProfile: undefined }
    expect(buildRisicowijzer(bare, 'GM0034', { library, date: '2026-11-28' }).risks).toEqual([])
    expect(() => buildRisicowijzer(r, 'GM0034', { library, date: '2026-11-28' })).toThrow(
      /pass its method/,
    )
    expect(() => buildRisicowijzer(r, 'GM9999', options)).toThrow(/no municipality GM9999/)
    expect(() => buildRisicowijzer(r, 'GM0034', { ...options, date: '28-11-2026' })).toThrow(
      /calendar date/,
    )
  })
})

describe('the risicowijzer page', () => {
  const r = region()
  const pages = r.municipalities.map((m) => ({ m, doc: risicowijzer(r, m.code, options) }))

  it.each(pages.map((p) => [p.m.name, p.doc.html] as const))(
    'is valid, accessible and self-contained HTML (%s)',
    (_name, html) => {
      expect(checkHtml(html)).toEqual([])
    },
  )

  it('never shows a non-public or inactive point, in HTML, Markdown or the model', () => {
    for (const { doc } of pages) {
      for (const out of [doc.html, doc.markdown, JSON.stringify(doc.model)]) {
        expect(out).not.toMatch(/GEHEIM|Verborgenweg|geheim-|GESLOTEN|Dichtweg/)
      }
    }
  })

  it('escapes data: names stay text and never become markup', () => {
    const { html, markdown } = pages[0]!.doc
    expect(html).not.toContain('<De "Ster">')
    expect(html).not.toContain('<b>Alles</b>')
    const strong = elements(parse(html))
      .filter((e) => e.tagName === 'strong')
      .map(text)
    expect(strong).toContain('Buurthuis <De "Ster"> & Co\'s')
    expect(markdown).toContain('Buurthuis \\<De "Ster"\\> \\& Co\'s')
  })

  it('is in Dutch, dated, with the sections residents need, and prints on A4', () => {
    const { html } = pages[1]!.doc
    expect(html).toContain('<html lang="nl">')
    const h2 = elements(parse(html))
      .filter((e) => e.tagName === 'h2')
      .map(text)
    expect(h2).toEqual([
      'De risico’s in Urk',
      'Noodsteunpunten in Urk',
      'Denk vooruit: bereid u voor',
      'Blijf op de hoogte',
      'Bronnen',
    ])
    expect(html).toContain('Stand van 28 november 2026')
    expect(html).toContain('Omroep Voorbeeld</strong> (FM 99,9)')
    expect(html).toMatch(/NL-Alert/)
    expect(html).toMatch(/crisis\.nl/)
    expect(html).toMatch(/@page \{ size: A4/)
    expect(html).toMatch(/@media print/)
    expect(html).toContain('class="checklist columns"')
    expect(html).toContain('Dit is een voorbeeld met verzonnen gegevens.')
  })

  it('prints each action once and refers back to it', () => {
    const { html, markdown } = pages[0]!.doc
    expect(html.match(/<h4 id="actie-telefoon-internet-uitval">/g)).toHaveLength(1)
    expect(html).toContain(
      'Als telefoon en internet niet werken: zie <a href="#actie-telefoon-internet-uitval">hierboven bij Langdurige stroomuitval</a>.',
    )
    expect(markdown.match(/^#### Als telefoon en internet niet werken$/gm)).toHaveLength(1)
    expect(markdown).toContain(
      'Als telefoon en internet niet werken: zie hierboven bij Langdurige stroomuitval.',
    )
  })

  it('states nothing as fact that the sources leave open: no siren test, no promise about charging', () => {
    for (const { doc } of pages) {
      for (const out of [doc.html, doc.markdown]) {
        expect(out).not.toMatch(/eerste maandag|sirenetest|is het een test/i)
        expect(out).not.toMatch(/geen plek om[^.]*op te laden/)
      }
      expect(doc.markdown).toContain('Reken er niet op dat u er uw telefoon kunt opladen.')
    }
  })

  it('says so when a municipality has no public points yet', () => {
    expect(pages[2]!.doc.html).toContain('nog geen noodsteunpunten bekendgemaakt')
  })

  it('has the same content in Markdown', () => {
    const { markdown } = pages[1]!.doc
    expect(markdown.startsWith('# Risicowijzer Urk\n')).toBe(true)
    expect(markdown).toContain('## Noodsteunpunten in Urk')
    expect(markdown).toContain('### Overstroming \\<IJsselmeer\\>')
    expect(markdown).toContain('- [ ] Water: 3 liter per persoon per dag')
    expect(markdown).toContain('[crisis.nl](<https://www.crisis.nl>)')
    expect(markdown).toContain('> **Let op:** Dit is een voorbeeld met verzonnen gegevens.')
    // Headings never skip a level.
    const levels = markdown
      .split('\n')
      .flatMap((l) => (/^(#{1,6}) /.exec(l) ? [/^(#+)/.exec(l)![1]!.length] : []))
    levels.forEach((h, i) => expect(i === 0 ? h === 1 : h <= levels[i - 1]! + 1).toBe(true))
  })
})

describe('escaping', () => {
  it('escapes HTML and Markdown', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
    expect(escapeMarkdown('[klik](javascript:alert(1)) *vet* <b> & # 1')).toBe(
      '\\[klik\\](javascript:alert(1)) \\*vet\\* \\<b\\> \\& \\# 1',
    )
    expect(escapeMarkdown('1. eerste')).toBe('1\\. eerste')
    expect(escapeMarkdown('- min\nregel')).toBe('\\- min regel')
  })

  it('keeps any point name intact as text and any non-public point out, whatever the characters', () => {
    const nameArb = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .filter((s) => s.trim().length > 0)
    const special = fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '</li>',
      '<script>',
      '&amp;',
      '\u0000',
      '\r\n',
      '`',
      '*',
    )
    const name = fc
      .array(fc.oneof(nameArb, special), { minLength: 1, maxLength: 4 })
      .map((p) => p.join(''))
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, public: fc.boolean() }), { minLength: 1, maxLength: 6 }),
        (specs) => {
          const points = specs.map((s, i) => ({
            id: `p${i}`,
            name: s.public ? s.name : `VERTROUWELIJK${i}`,
            municipality: 'GM0050',
            tier: 'local' as const,
            kind: 'other' as const,
            status: 'active' as const,
            location: { lat: 52.3, lon: 5.5 },
            address: s.public ? s.name : `Geheimpad ${i}`,
            public: s.public,
          }))
          const base = region()
          const r = { ...base, points: [...base.points, ...points] }
          const doc = risicowijzer(r, 'GM0050', options)
          expect(checkHtml(doc.html)).toEqual([])
          for (const out of [doc.html, doc.markdown])
            expect(out).not.toMatch(/VERTROUWELIJK|Geheimpad/)
          const strong = elements(parse(doc.html))
            .filter((e) => e.tagName === 'strong')
            .map((e) => text(e).replace(/\s+/g, ' '))
          for (const p of points.filter((x) => x.public)) {
            // eslint-disable-next-line no-control-regex
            expect(strong).toContain(p.name.replace(/\u0000/g, '').replace(/\s+/g, ' '))
          }
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('renderRisicowijzerHtml', () => {
  it('only links web addresses', () => {
    const model = buildRisicowijzer(region(), 'GM0034', options)
    const html = renderRisicowijzerHtml({
      ...model,
      website: { title: 'Klik', address: 'javascript:alert(1)' },
    })
    expect(html).not.toContain('javascript:')
    expect(checkHtml(html)).toEqual([])
  })
})

describe('the risicowijzer of every demo municipality', () => {
  const demo = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../../demo-data/${file}`, import.meta.url), 'utf8'))
  const regions = [
    ['risk/vr25.json', 'data/vr25-flevoland.json'],
    ['risk/vr14.json', 'data/vr14-gooi-en-vechtstreek.json'],
  ].map(([profile, data]) => {
    const raw = demo(data!)
    // One extra non-public point in every municipality, on top of those the demo data has.
    const secret = raw.municipalities.map((m: { code: string; name: string }, i: number) => ({
      id: `niet-openbaar-${i}`,
      name: `NIET-OPENBAAR ${m.name}`,
      municipality: m.code,
      tier: 'coordination',
      kind: 'other',
      status: 'active',
      location: { lat: 52.3, lon: 5.3 },
      address: `Achterom ${i}, ${m.name}`,
      public: false,
    }))
    return RegionSchema.parse({
      ...raw,
      points: [...secret, ...raw.points],
      riskProfile: demo(profile!),
    })
  })
  const cases = regions.flatMap((r) => r.municipalities.map((m) => [m.name, r, m.code] as const))

  it.each(cases)(
    '%s: valid and accessible, with risks and points, without a single non-public point',
    (_name, r, code) => {
      const doc = risicowijzer(r, code, options)
      expect(checkHtml(doc.html)).toEqual([])
      expect(doc.model.risks.length).toBeGreaterThan(5)
      const hidden = r.points.filter(
        (p) => p.municipality === code && (p.public === false || p.status === 'inactive'),
      )
      expect(hidden.length).toBeGreaterThan(0)
      const shown = new Set(
        [...doc.model.places.flatMap((pl) => pl.points), ...doc.model.withoutAddress].map(
          (p) => `${p.name}|${p.address}`,
        ),
      )
      for (const p of hidden) {
        // Names may repeat between a hidden and a public point; name and address together identify it.
        expect(shown.has(`${p.name}|${p.address}`), p.id).toBe(false)
        expect(doc.html).not.toContain(
          escapeHtml(p.name) + (p.address ? `</strong>, ${escapeHtml(p.address)}` : '</strong>'),
        )
      }
      for (const out of [doc.html, doc.markdown]) expect(out).not.toMatch(/NIET-OPENBAAR|Achterom/)
      const visible = r.points.filter(
        (p) => p.municipality === code && p.public !== false && p.status !== 'inactive',
      )
      expect([...shown].length).toBe(new Set(visible.map((p) => `${p.name}|${p.address}`)).size)
    },
  )
})
