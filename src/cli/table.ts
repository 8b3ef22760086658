import type { ArticlePage } from '../model/article-list.js'
import type { ArticleSummary } from '../model/articles.js'
import { MAX_PAGE_LIMIT } from '../model/defaults.js'

// Crawled text may hold anything, escape sequences included: on a terminal those would move the
// cursor or retitle the window, so every control character goes, and white space runs collapse.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/gu

export const clean = (text: string): string => text.replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim()

/** At most `width` characters (code points), an ellipsis marking a cut. */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text)
  if (chars.length <= width) return text
  return width <= 0 ? '' : `${chars.slice(0, width - 1).join('')}…`
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - Array.from(text).length))

const titleOf = (a: ArticleSummary) => clean(a.title ?? a.lead ?? '') || '(no title)'

/** The widest a source column gets: names are short, and the title matters more. */
const SOURCE_MAX = 24

/**
 * A page of articles as a table for a terminal `width` columns wide: id, date (the day), source,
 * and the title cut to what is left of the line. Lines never exceed `width` (counted in code
 * points: a line of wide CJK characters may still wrap).
 */
export function formatTable(page: Pick<ArticlePage, 'items' | 'next' | 'ranking'>, width: number): string {
  if (page.items.length === 0) return 'No article matches.\n'
  const ids = page.items.map((a) => String(a.id))
  const sources = page.items.map((a) => clean(a.source?.name ?? '-'))
  const idWidth = Math.max(2, ...ids.map((s) => s.length))
  const sourceWidth = Math.min(SOURCE_MAX, Math.max(6, ...sources.map((s) => Array.from(s).length)))
  const titleWidth = Math.max(10, width - idWidth - 10 - sourceWidth - 6)
  const row = (id: string, date: string, source: string, title: string) =>
    `${id.padStart(idWidth)}  ${pad(date, 10)}  ${pad(truncate(source, sourceWidth), sourceWidth)}  ${truncate(title, titleWidth)}`.trimEnd()
  const lines = [row('ID', 'DATE', 'SOURCE', 'TITLE')]
  page.items.forEach((a, i) => lines.push(row(ids[i] as string, a.date.slice(0, 10), sources[i] as string, titleOf(a))))
  const shown = `${page.items.length} shown`
  const scope = page.ranking ? `, ${page.ranking.estimated ? 'about ' : ''}${page.ranking.matches} match` : ''
  const capped = page.ranking?.scope === 'newest' ? ` (the newest ${page.ranking.ranked} ranked)`
    : page.ranking?.scope === 'none' ? ' (too common to rank: the newest first)' : ''
  lines.push('', `${shown}${scope}${capped}${page.next ? `; more with a higher --limit (up to ${MAX_PAGE_LIMIT}), or --json` : ''}`)
  return `${lines.join('\n')}\n`
}
