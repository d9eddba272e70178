import { describe, expect, it } from 'vitest'
import { renderCsvTable, renderMarkdownTable, renderTerminalTable, type Table } from './table.ts'

const table: Table = {
  columns: [
    { key: 'name', label: { nl: 'Gemeente', en: 'Municipality' } },
    { key: 'population', label: { nl: 'Inwoners', en: 'Population' }, kind: 'integer' },
    { key: 'score', label: { nl: 'Score', en: 'Score' }, kind: 'percent' },
    { key: 'ratio', label: { nl: 'Verhouding', en: 'Ratio' }, kind: 'number', digits: 2 },
  ],
  rows: [
    ['Noordoostpolder', 49000, 41.35, 0.5362],
    ['Zoë | Urk', 22000, null, -1.5],
  ],
}

describe('renderTerminalTable', () => {
  it('aligns columns, right-aligns and rounds numbers, Dutch style', () => {
    expect(renderTerminalTable(table, 'nl')).toBe(
      [
        'Gemeente         Inwoners  Score  Verhouding',
        '───────────────  ────────  ─────  ──────────',
        'Noordoostpolder    49.000  41,4%        0,54',
        'Zoë | Urk          22.000      –        -1,5',
        '',
      ].join('\n'),
    )
  })

  it('English style with --lang en', () => {
    expect(renderTerminalTable(table, 'en').split('\n')[2]).toBe(
      'Noordoostpolder      49,000  41.4%   0.54',
    )
  })
})

describe('renderMarkdownTable', () => {
  it('escapes pipes and right-aligns numeric columns', () => {
    expect(renderMarkdownTable(table, 'nl')).toBe(
      [
        '| Gemeente | Inwoners | Score | Verhouding |',
        '| --- | ---: | ---: | ---: |',
        '| Noordoostpolder | 49.000 | 41,4% | 0,54 |',
        '| Zoë \\| Urk | 22.000 | – | -1,5 |',
        '',
      ].join('\n'),
    )
  })
})

describe('renderCsvTable', () => {
  it('writes Dutch Excel CSV: BOM, semicolons, decimal commas unrounded, CRLF, empty for null, quotes where needed', () => {
    expect(renderCsvTable(table)).toBe(
      '\uFEFFname;population;score;ratio\r\nNoordoostpolder;49000;41,35;0,5362\r\nZoë | Urk;22000;;-1,5\r\n',
    )
    expect(
      renderCsvTable({
        columns: [{ key: 'a', label: { nl: 'a', en: 'a' } }],
        rows: [['x;y'], ['"q"']],
      }),
    ).toBe('\uFEFFa\r\n"x;y"\r\n"""q"""\r\n')
  })
})
