import { z } from 'zod'

/** A date (`2017-08-28`) or a date-time with its zone (`2017-08-28T16:00:00Z`, `…+02:00`). */
export const instantSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'a real date (2017-08-28) or date-time with its zone (2017-08-28T16:00:00Z, 2017-08-28T18:00:00+02:00)',
})

const SECOND_MS = 1000
const DAY_MS = 86_400_000

/** ISO 8601 UTC to the second: the form stored dates have, so strings compare as instants. */
const utc = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/u, 'Z')

/**
 * `since` and `until` as the half-open range [since, before) on dates stored to the second:
 * both ends are inclusive for the user, a date meaning the whole day and a time its whole second.
 * Both are already validated ISO 8601, so Date.parse reads them exactly.
 */
export function dateRange(since: string | undefined, until: string | undefined): { since?: string; before?: string } {
  const range: { since?: string; before?: string } = {}
  if (since !== undefined) range.since = utc(Math.ceil(Date.parse(since) / SECOND_MS) * SECOND_MS)
  if (until !== undefined) {
    const end = Date.parse(until)
    range.before = utc(until.length === 10 ? end + DAY_MS : Math.floor(end / SECOND_MS) * SECOND_MS + SECOND_MS)
  }
  return range
}
