import type { ExpiringAssessment, ImprovementAction } from '@weerbaar/core'
import { toUTCDate } from '@weerbaar/core/internal'
import ical from 'ical-generator'

/** Midnight UTC of the day; a floating all-day event keeps the calendar date. */
const calendarDay = (date: string): Date => new Date(toUTCDate(date).getTime())

/**
 * A calendar file (.ics) of the work with a date: one all-day event per expiring assessment, on
 * its last valid day, and one per open action on the action list, on its due date, so the
 * re-checks and fixes land in the agenda of whoever plans the visits. Floating dates: an all-day
 * event is the same day in every time zone.
 */
export function workCalendar(
  items: { expiring: readonly ExpiringAssessment[]; actions?: readonly ImprovementAction[] },
  options: {
    name: string
    municipalityName: (code: string) => string
    /** Name and municipality code of a point, for the actions (which name only the point id). */
    point: (id: string) => { name: string; municipality: string } | undefined
    requirementTitle: (id: string) => string
    stamp: Date
  },
): string {
  const calendar = ical({ name: options.name, prodId: '//Weerbaar//Werklijst//NL' })
  for (const e of items.expiring) {
    calendar.createEvent({
      id: `weerbaar-${e.point}-${e.requirement}-${e.validUntil}`,
      start: calendarDay(e.validUntil),
      allDay: true,
      floating: true,
      stamp: options.stamp,
      summary: `Beoordeling verloopt: ${e.title} — ${e.pointName}`,
      description: `${e.pointName} (${options.municipalityName(e.municipality)}): ${e.title} is ${e.assessedOn} beoordeeld en geldig tot en met ${e.validUntil}${e.mandatory ? ' (verplichte eis)' : ''}.`,
    })
  }
  for (const a of items.actions ?? []) {
    if (a.status !== 'open') continue
    const point = options.point(a.point)
    const pointName = point?.name ?? a.point
    const where = point ? ` (${options.municipalityName(point.municipality)})` : ''
    calendar.createEvent({
      id: `weerbaar-actie-${a.id}`,
      start: calendarDay(a.due),
      allDay: true,
      floating: true,
      stamp: options.stamp,
      summary: `Actie: ${a.description} — ${pointName}`,
      description: `${pointName}${where}: ${options.requirementTitle(a.requirement)}. Actie: ${a.description}. Eigenaar: ${a.owner}. Klaar op ${a.due}.`,
    })
  }
  return calendar.toString()
}
