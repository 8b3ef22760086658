// Pages like the example page with a related-headlines block of our own, to test headline
// queries on more times than the example page has: the article and footer are the example's, the
// block is written the way that site prints it (a time, then the headline glued to the next time).
import { readFileSync } from 'node:fs'
import { SEED_PAGE } from '../helpers.js'

export interface FixtureHeadline {
  title: string
  /** ISO 8601 UTC to the minute, or null for a time the page gets wrong (the headline is undated). */
  at: string | null
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function stamp(at: string | null): string {
  if (at === null) return 'GMT 10:00 2017 Tuesday ,31 February'
  const d = new Date(at)
  const hm = at.slice(11, 16)
  return `GMT ${hm} ${d.getUTCFullYear()} ${WEEKDAYS[d.getUTCDay()]} ,${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`
}

/** The example page with `headlines` as its related headlines, in the given order. */
export function pageWithHeadlines(headlines: readonly FixtureHeadline[], intro = ''): string {
  const lines = readFileSync(SEED_PAGE, 'utf8').split('\n')
  const start = lines.findIndex((l) => l.startsWith('GMT '))
  const end = lines.findIndex((l) => l.startsWith('Maintained and developed'))
  const block = [stamp(headlines[0]?.at ?? null)]
  headlines.forEach((h, i) => {
    const next = headlines[i + 1]
    block.push(`${h.title}${next ? stamp(next.at) : lines[end]}`)
  })
  return [intro, ...lines.slice(0, start), ...block, ...lines.slice(end + 1)].filter((l, i) => i > 0 || l !== '').join('\n')
}
