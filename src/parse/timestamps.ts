import { MONTHS, TIMESTAMP_FORMATS, WEEKDAYS } from './patterns.js'

export interface TimestampMatch {
  /** Where the timestamp stands in the searched text. */
  start: number
  end: number
  /** ISO 8601 UTC, or null when the fields do not make a real time. */
  iso: string | null
  warnings: string[]
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** The first timestamp of an `embedded` format anywhere in `text`. */
export function findEmbeddedTimestamp(text: string): TimestampMatch | null {
  const m = firstEmbedded(text)
  return m && toMatch(m, m.index)
}

/**
 * Only where that timestamp stands: cutting a line needs no more, and reading the fields
 * (a Date and an ISO string) is left to classify, once the cut-out piece is a segment of its own.
 */
export function findEmbeddedSpan(text: string): { start: number; end: number } | null {
  const m = firstEmbedded(text)
  return m && { start: m.index, end: m.index + m[0].length }
}

function firstEmbedded(text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null
  for (const format of TIMESTAMP_FORMATS) {
    if (format.match !== 'embedded') continue
    const m = format.pattern.exec(text)
    if (m && (best === null || m.index < best.index)) best = m
  }
  return best
}

/** The timestamp that `text` consists of entirely, in any known format. */
export function parseWholeTimestamp(text: string): TimestampMatch | null {
  for (const re of ANCHORED) {
    const m = re.exec(text)
    if (m) return toMatch(m, 0)
  }
  return null
}

/** Each format's pattern made to match a whole segment, built once rather than looked up a call. */
const ANCHORED: readonly RegExp[] = TIMESTAMP_FORMATS.map(({ pattern }) =>
  new RegExp(`^(?:${pattern.source.replace(/^\^/, '').replace(/\$$/, '')})$`, pattern.flags),
)

function toMatch(m: RegExpExecArray, start: number): TimestampMatch {
  const g = m.groups ?? {}
  const warnings: string[] = []
  const year = Number(g.year)
  const month = /^\d+$/.test(g.month ?? '') ? Number(g.month) : MONTHS[(g.month ?? '').toLowerCase()]
  const day = Number(g.day)
  const hour = Number(g.hour)
  const minute = Number(g.minute)
  const second = g.second === undefined ? 0 : Number(g.second)
  const date = new Date(Date.UTC(year, (month ?? 0) - 1, day, hour, minute, second))
  const valid =
    month !== undefined &&
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day &&
    hour < 24 && minute < 60 && second < 60
  if (!valid) {
    warnings.push(`"${m[0]}" is not a real date and time`)
    return { start, end: start + m[0].length, iso: null, warnings }
  }
  if (g.weekday !== undefined) {
    const said = WEEKDAYS[g.weekday.toLowerCase()]
    if (said !== date.getUTCDay()) {
      warnings.push(
        `"${m[0]}" says ${g.weekday} but ${date.toISOString().slice(0, 10)} is a ${WEEKDAY_NAMES[date.getUTCDay()]}`,
      )
    }
  }
  return { start, end: start + m[0].length, iso: date.toISOString().replace('.000Z', 'Z'), warnings }
}
