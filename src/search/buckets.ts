/**
 * Counts per UTC day → counts per day, ISO week or month, zero-filled, for GET /headlines/timeline.
 * Pure. Labels: a day and a week are `YYYY-MM-DD` (a week by its Monday, as ISO 8601 weeks
 * start), a month is `YYYY-MM`.
 */

export type Interval = 'day' | 'week' | 'month'

export interface Bucket {
  bucket: string
  count: number
}

export type Timeline =
  | { ok: true; buckets: Bucket[]; total: number; unplaced: number }
  | { ok: false; from: string; to: string; buckets: number }

const DAY_MS = 86_400_000
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u

const dayMs = (day: string): number | undefined => {
  const m = DAY.exec(day)
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  return m ? new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined
}
const label = (ms: number, interval: Interval): string => {
  const iso = new Date(interval === 'week' ? ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS : ms).toISOString()
  return iso.slice(0, interval === 'month' ? 7 : 10)
}
const monthIndex = (ms: number): number => new Date(ms).getUTCFullYear() * 12 + new Date(ms).getUTCMonth()

/** The labels of every bucket from the one holding day `first` to the one holding day `last` (ms). */
function* starts(first: number, last: number, interval: Interval): Generator<string> {
  if (interval === 'month') {
    for (let i = monthIndex(first); i <= monthIndex(last); i++) yield label(new Date(0).setUTCFullYear(Math.floor(i / 12), i % 12, 1), 'month')
    return
  }
  const step = interval === 'week' ? 7 * DAY_MS : DAY_MS
  const from = dayMs(label(first, interval)) as number
  for (let ms = from; ms <= last; ms += step) yield label(ms, interval)
}

function bucketCount(first: number, last: number, interval: Interval): number {
  if (interval === 'month') return monthIndex(last) - monthIndex(first) + 1
  if (interval === 'day') return Math.round((last - first) / DAY_MS) + 1
  return Math.round(((dayMs(label(last, 'week')) as number) - (dayMs(label(first, 'week')) as number)) / (7 * DAY_MS)) + 1
}

/**
 * The series runs from `since` (else the first day with a count) to the last instant before
 * `before` (else the last day with a count), so a chart of a window shows its empty edges. More
 * than `max` buckets is refused rather than built. Days that are not plain `YYYY-MM-DD` (a time
 * outside years 0000–9999; the parser never writes one) cannot be placed: they are counted in
 * `unplaced`, never dropped silently.
 */
export function bucketize(
  days: readonly { day: string; count: number }[],
  interval: Interval,
  { since, before, max }: { since?: string | undefined; before?: string | undefined; max: number },
): Timeline {
  const placed = days.flatMap((d) => {
    const ms = dayMs(d.day)
    return ms === undefined ? [] : [{ ms, count: d.count }]
  })
  const unplaced = days.reduce((n, d) => n + d.count, 0) - placed.reduce((n, d) => n + d.count, 0)
  const first = since === undefined ? placed[0]?.ms : dayMs(since.slice(0, 10))
  const last = before === undefined ? placed.at(-1)?.ms : dayMs(new Date(Date.parse(before) - 1).toISOString().slice(0, 10))
  if (first === undefined || last === undefined) return { ok: true, buckets: [], total: 0, unplaced }
  const n = bucketCount(first, last, interval)
  if (n > max) return { ok: false, from: label(first, interval), to: label(last, interval), buckets: n }
  const counts = new Map<string, number>()
  for (const d of placed) counts.set(label(d.ms, interval), (counts.get(label(d.ms, interval)) ?? 0) + d.count)
  const buckets = [...starts(first, last, interval)].map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }))
  return { ok: true, buckets, total: buckets.reduce((n, b) => n + b.count, 0), unplaced }
}
