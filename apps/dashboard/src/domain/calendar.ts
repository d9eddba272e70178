import type { ExpiringAssessment } from '@weerbaar/core'
import ical from 'ical-generator'

/**
 * A calendar file (.ics) with one all-day event per expiring assessment, on its last valid
 * day, so the re-check lands in the agenda of whoever plans the visits. Floating dates: an
 * all-day event is the same day in every time zone.
 */
export function expiringCalendar(
  items: readonly ExpiringAssessment[],
  options: { name: string; municipalityName: (code: string) => string; stamp: Date },
): string {
  const calendar = ical({ name: options.name, prodId: '//Weerbaar//Werklijst//NL' })
  for (const e of items) {
    const [y, m, d] = e.validUntil.split('-').map(Number) as [number, number, number]
    calendar.createEvent({
      id: `weerbaar-${e.point}-${e.requirement}-${e.validUntil}`,
      start: new Date(Date.UTC(y, m - 1, d)),
      allDay: true,
      floating: true,
      stamp: options.stamp,
      summary: `Beoordeling verloopt: ${e.title} — ${e.pointName}`,
      description: `${e.pointName} (${options.municipalityName(e.municipality)}): ${e.title} is ${e.assessedOn} beoordeeld en geldig tot en met ${e.validUntil}${e.mandatory ? ' (verplichte eis)' : ''}.`,
    })
  }
  return calendar.toString()
}
