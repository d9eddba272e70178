import { describe, expect, it } from 'vitest'
import { dateOfDay, dayNumber, indicatorTrendData } from './programme-data.ts'

const indicator = {
  baseline: { date: '2026-01-01', value: 20 },
  target: { date: '2027-01-01', value: 80 },
}
const labels = {
  value: 'Waarde',
  trajectory: 'Traject',
  date: (d: string) => `d:${d}`,
  column: 'Datum',
}

describe('day numbers', () => {
  it('count days the same in every time zone', () => {
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(dateOfDay(dayNumber('2026-03-29'))).toBe('2026-03-29')
    expect(() => dayNumber('2026-02-30')).toThrow()
  })
})

describe('indicatorTrendData', () => {
  it('draws the measured values and the trajectory, and tabulates both per date', () => {
    const chart = indicatorTrendData(
      indicator,
      [
        { date: '2026-10-01', value: 50 },
        { date: '2026-04-01', value: 30 },
        { date: '2026-06-01', value: null },
      ],
      labels,
    )
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['Waarde', 'Traject'])
    expect(chart.data.datasets[0]!.data).toEqual([
      { x: dayNumber('2026-04-01'), y: 30 },
      { x: dayNumber('2026-10-01'), y: 50 },
    ])
    expect(chart.data.datasets[1]!.data).toEqual([
      { x: dayNumber('2026-01-01'), y: 20 },
      { x: dayNumber('2027-01-01'), y: 80 },
    ])
    expect(chart.table).toEqual({
      columns: ['Datum', 'Waarde', 'Traject'],
      rows: [
        ['d:2026-01-01', null, 20],
        ['d:2026-04-01', 30, 34.8],
        ['d:2026-10-01', 50, 64.9],
        ['d:2027-01-01', null, 80],
      ],
    })
  })
})
