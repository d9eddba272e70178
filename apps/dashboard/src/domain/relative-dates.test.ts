import { afterAll, describe, expect, it } from 'vitest'
import {
  calendarDistance,
  duePhrase,
  endsPhrase,
  expiresPhrase,
  formatCalendarDistance,
} from './relative-dates.ts'

const original = process.env.TZ
afterAll(() => {
  if (original === undefined) delete process.env.TZ
  else process.env.TZ = original
})

// UTC, UTC+14, UTC−10/−9 with DST, and the Netherlands: a local Date would shift a day in some.
describe.each(['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Europe/Amsterdam'])(
  'relative dates in TZ=%s',
  (zone) => {
    const inZone = (fn: () => void) => () => {
      process.env.TZ = zone
      fn()
    }

    it(
      'says expiring assessments in Dutch and English',
      inZone(() => {
        // Valid through 2026-12-19: expired from 2026-12-20, three weeks after 2026-11-29.
        expect(expiresPhrase('2026-11-29', '2026-12-19', 'nl')).toBe('verloopt over 3 weken')
        expect(expiresPhrase('2026-11-29', '2026-12-19', 'en')).toBe('expires in 3 weeks')
        expect(expiresPhrase('2026-11-28', '2026-11-28', 'nl')).toBe('verloopt morgen')
        expect(expiresPhrase('2026-11-28', '2026-11-27', 'nl')).toBe('vandaag verlopen')
        // Valid through 2026-11-22: expired from 2026-11-23, five days before 2026-11-28.
        expect(expiresPhrase('2026-11-28', '2026-11-22', 'nl')).toBe('5 dagen geleden verlopen')
        expect(expiresPhrase('2026-11-28', '2026-11-29', 'nl')).toBe('verloopt over 2 dagen')
        expect(expiresPhrase('2026-11-28', '2026-11-29', 'en')).toBe('expires in 2 days')
        expect(expiresPhrase('2026-11-28', '2027-02-28', 'nl')).toBe('verloopt over 3 maanden')
        expect(expiresPhrase('2026-11-28', '2029-02-28', 'en')).toBe('expires in 2 years')
      }),
    )

    it(
      'says due dates: "3 dagen te laat", "2 weeks overdue"',
      inZone(() => {
        expect(duePhrase('2026-11-28', '2026-11-25', 'nl')).toBe('3 dagen te laat')
        expect(duePhrase('2026-11-28', '2026-11-25', 'en')).toBe('3 days overdue')
        expect(duePhrase('2026-11-28', '2026-11-21', 'nl')).toBe('7 dagen te laat')
        expect(duePhrase('2026-11-28', '2026-11-14', 'nl')).toBe('2 weken te laat')
        expect(duePhrase('2026-11-28', '2026-11-14', 'en')).toBe('2 weeks overdue')
        expect(duePhrase('2026-11-28', '2026-11-27', 'nl')).toBe('1 dag te laat')
        expect(duePhrase('2026-11-28', '2026-11-28', 'nl')).toBe('vandaag')
        expect(duePhrase('2026-11-28', '2026-11-28', 'en')).toBe('due today')
        expect(duePhrase('2026-11-28', '2026-11-29', 'en')).toBe('due tomorrow')
        expect(duePhrase('2026-11-28', '2026-12-28', 'nl')).toBe('over 4 weken')
      }),
    )

    it(
      'says when an agreement ends',
      inZone(() => {
        expect(endsPhrase('2026-11-28', '2027-01-31', 'nl')).toBe('loopt af over 2 maanden')
        expect(endsPhrase('2026-11-28', '2026-11-28', 'en')).toBe('ends tomorrow')
      }),
    )

    it(
      'counts across month ends, the leap day and the DST switches of 2027',
      inZone(() => {
        expect(calendarDistance('2028-02-28', '2028-03-01')).toEqual({ days: 2 })
        expect(calendarDistance('2028-02-29', '2028-03-29')).toEqual({ weeks: 4 })
        expect(calendarDistance('2027-03-27', '2027-03-29')).toEqual({ days: 2 })
        expect(calendarDistance('2027-10-30', '2027-11-01')).toEqual({ days: 2 })
        expect(calendarDistance('2027-11-01', '2027-10-30')).toEqual({ days: 2 })
        expect(calendarDistance('2026-01-31', '2026-02-28')).toEqual({ weeks: 4 })
        // 20 days is "2 weken", never more time than there is.
        expect(calendarDistance('2026-11-28', '2026-12-18')).toEqual({ weeks: 2 })
        expect(calendarDistance('2026-11-28', '2027-01-29')).toEqual({ weeks: 8 })
        expect(calendarDistance('2026-11-28', '2027-01-31')).toEqual({ months: 2 })
        // date-fns counts month end to month end as a whole month: 29 Feb 2028 to 28 Feb 2029.
        expect(calendarDistance('2028-02-29', '2029-02-28')).toEqual({ months: 12 })
        expect(formatCalendarDistance('2027-03-28', '2027-10-31', 'nl')).toBe('7 maanden')
        expect(formatCalendarDistance('2026-11-28', '2026-11-29', 'nl')).toBe('1 dag')
      }),
    )
  },
)
