import { ftsMatch } from '../../search/query.js'
import { budgetCheck } from '../budget.js'
import type { Db } from '../open.js'

export interface DayCount {
  /** `YYYY-MM-DD`, the UTC day of `published_at`. */
  day: string
  count: number
}

export interface TimelineQuery {
  q?: string | undefined
  /** Inclusive lower and exclusive upper bound on `publishedAt`, ISO 8601 UTC. */
  since?: string | undefined
  before?: string | undefined
}

const WINDOW = '(@since IS NULL OR h.published_at >= @since) AND (@before IS NULL OR h.published_at < @before)'
// The time budget: a read over it aborts here instead of counting on (../budget.ts).
const ALL = `headlines h WHERE ${budgetCheck('h.id')} AND`
const SEARCH = `headlines_fts JOIN headlines h ON h.id = headlines_fts.rowid WHERE headlines_fts MATCH @match AND ${budgetCheck('h.id')} AND`

/**
 * Matching headlines per UTC day, oldest first; weeks and months are summed from these (see
 * src/search/buckets.ts). Undated matches are counted apart: no window can include or exclude them.
 */
export function createHeadlineTimelineRepository(db: Db) {
  // published_at is stored as ISO 8601 UTC (`2017-08-28T16:29:00Z`), so its first ten characters are the day.
  const daysSql = (from: string) =>
    `SELECT substr(h.published_at, 1, 10) AS day, count(*) AS count FROM ${from} h.published_at IS NOT NULL AND ${WINDOW}
     GROUP BY day ORDER BY day`
  const undatedSql = (from: string) => `SELECT count(*) FROM ${from} h.published_at IS NULL`
  const days = { all: db.prepare<Record<string, unknown>, DayCount>(daysSql(ALL)), search: db.prepare<Record<string, unknown>, DayCount>(daysSql(SEARCH)) }
  const undated = {
    all: db.prepare<Record<string, unknown>, number>(undatedSql(ALL)).pluck(),
    search: db.prepare<Record<string, unknown>, number>(undatedSql(SEARCH)).pluck(),
  }

  return {
    countByDay(query: TimelineQuery): { days: DayCount[]; undated: number } {
      const window = { since: query.since ?? null, before: query.before ?? null }
      if (query.q === undefined) return { days: days.all.all(window), undated: undated.all.get({}) ?? 0 }
      const match = ftsMatch(query.q)
      return { days: days.search.all({ ...window, match }), undated: undated.search.get({ match }) ?? 0 }
    },
  }
}

export type HeadlineTimelineRepository = ReturnType<typeof createHeadlineTimelineRepository>
