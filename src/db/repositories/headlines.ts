import type { Headline, HeadlineCursor, HeadlineQuery, HeadlineSort, HeadlineWithArticles } from '../../model/headlines.js'
import { ftsMatch } from '../../search/query.js'
import { budgetCheck } from '../budget.js'
import type { Db } from '../open.js'
import { SUMMARY_COLUMNS, SUMMARY_JOINS, toSummary, type SummaryRow } from './article-summaries.js'

// A sort is a key and a direction; `cmp` is how the next page's keys compare with the cursor's.
// Undated headlines come last in both time orders: '' sorts before every date and '~' after.
const ORDERS = {
  newest: { key: "ifnull(h.published_at, '')", dir: 'DESC', cmp: '<' },
  oldest: { key: "ifnull(h.published_at, '~')", dir: 'ASC', cmp: '>' },
  relevance: { key: 'bm25(headlines_fts)', dir: 'ASC', cmp: '>' },
} as const

const COLUMNS = `h.id, h.title, h.published_at AS publishedAt,
  (SELECT count(*) FROM article_headlines ah WHERE ah.headline_id = h.id) AS articleCount`
const FILTERS = `(@since IS NULL OR h.published_at >= @since) AND (@before IS NULL OR h.published_at < @before)
  AND (@hasDate IS NULL OR (h.published_at IS NOT NULL) = @hasDate)
  AND (@article IS NULL OR EXISTS (SELECT 1 FROM article_headlines ah WHERE ah.article_id = @article AND ah.headline_id = h.id))`

// Where the rows come from: every headline, a search, or the few one article lists, read from its
// links rather than by checking every headline (20,000 headlines: 0.7 ms against 5–20 ms).
const SOURCES = {
  // The time budget: these walk many rows; a read over it aborts here (../budget.ts).
  all: `headlines h WHERE ${budgetCheck('h.id')} AND`,
  search: `headlines_fts JOIN headlines h ON h.id = headlines_fts.rowid WHERE headlines_fts MATCH @match AND ${budgetCheck('h.id')} AND`,
  article: 'article_headlines listed JOIN headlines h ON h.id = listed.headline_id WHERE listed.article_id = @article AND',
} as const

function findSql(source: keyof typeof SOURCES, sort: HeadlineSort): string {
  const { key, dir, cmp } = ORDERS[sort]
  return `SELECT ${COLUMNS}, ${key} AS sortKey FROM ${SOURCES[source]} ${FILTERS}
    AND (@afterId IS NULL OR ${key} ${cmp} @afterKey OR (${key} = @afterKey AND h.id ${cmp} @afterId))
    ORDER BY ${key} ${dir}, h.id ${dir} LIMIT @limit`
}

export function createHeadlinesRepository(db: Db) {
  const prepare = (source: keyof typeof SOURCES, sort: HeadlineSort) =>
    db.prepare<Record<string, unknown>, Headline & { sortKey: string | number }>(findSql(source, sort))
  const list = { newest: prepare('all', 'newest'), oldest: prepare('all', 'oldest') }
  const listed = { newest: prepare('article', 'newest'), oldest: prepare('article', 'oldest') }
  const search = { newest: prepare('search', 'newest'), oldest: prepare('search', 'oldest'), relevance: prepare('search', 'relevance') }
  const one = db.prepare<[number], Headline>(`SELECT ${COLUMNS} FROM headlines h WHERE h.id = ?`)
  const articlesOf = db.prepare<Record<string, unknown>, SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM article_headlines ah JOIN articles a ON a.id = ah.article_id ${SUMMARY_JOINS}
     WHERE ah.headline_id = @id AND (@afterId IS NULL OR a.id < @afterId) ORDER BY a.id DESC LIMIT @limit`,
  )

  return {
    /** One row more than asked tells whether there is a next page. */
    find(query: HeadlineQuery): { items: Headline[]; next: HeadlineCursor | null } {
      const after = query.after
      if (after && after.sort !== query.sort) throw new Error(`a ${after.sort} cursor for a ${query.sort} listing`)
      const params = {
        since: query.since ?? null,
        before: query.before ?? null,
        hasDate: query.hasDate === undefined ? null : Number(query.hasDate),
        article: query.article ?? null,
        afterKey: after?.key ?? null,
        afterId: after?.id ?? null,
        limit: query.limit + 1,
      }
      let rows
      if (query.q === undefined) {
        if (query.sort === 'relevance') throw new Error('relevance needs a search')
        rows = (query.article === undefined ? list : listed)[query.sort].all(params)
      } else {
        rows = search[query.sort].all({ ...params, match: ftsMatch(query.q) })
      }
      const page = rows.slice(0, query.limit)
      const last = page.at(-1)
      return {
        items: page.map(({ sortKey: _key, ...headline }) => headline),
        next: rows.length > query.limit && last ? { sort: query.sort, key: last.sortKey, id: last.id } : null,
      }
    },

    get(id: number, { limit, afterId }: { limit: number; afterId?: number | undefined }): HeadlineWithArticles | undefined {
      const headline = one.get(id)
      if (!headline) return undefined
      const rows = articlesOf.all({ id, afterId: afterId ?? null, limit: limit + 1 })
      const page = rows.slice(0, limit)
      return {
        ...headline,
        articles: page.map(toSummary),
        articlesAfter: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      }
    },
  }
}

export type HeadlinesRepository = ReturnType<typeof createHeadlinesRepository>
