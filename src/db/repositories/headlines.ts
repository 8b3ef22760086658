import { ftsMatch } from '../../search/query.js'
import type { Db } from '../open.js'
import type { ArticleSummary } from './articles.js'

export interface Headline {
  id: number
  title: string
  publishedAt: string | null
  articleCount: number
}

export interface HeadlineQuery {
  q?: string | undefined
  /** Inclusive lower and exclusive upper bound on `publishedAt`, ISO 8601 UTC. */
  since?: string | undefined
  before?: string | undefined
  limit: number
  after?: HeadlineCursor | undefined
}

/** Newest first; undated headlines sort last (as ''), ties broken by id. */
export interface HeadlineCursor {
  publishedAt: string
  id: number
}

const COLUMNS = `h.id, h.title, h.published_at AS publishedAt,
  (SELECT count(*) FROM article_headlines ah WHERE ah.headline_id = h.id) AS articleCount`
const FILTERS = `(@since IS NULL OR h.published_at >= @since) AND (@before IS NULL OR h.published_at < @before)
  AND (@afterId IS NULL OR ifnull(h.published_at, '') < @afterAt
       OR (ifnull(h.published_at, '') = @afterAt AND h.id < @afterId))`
const ORDER = `ORDER BY ifnull(h.published_at, '') DESC, h.id DESC LIMIT @limit`

export function createHeadlinesRepository(db: Db) {
  const list = db.prepare<Record<string, unknown>, Headline>(`SELECT ${COLUMNS} FROM headlines h WHERE ${FILTERS} ${ORDER}`)
  const search = db.prepare<Record<string, unknown>, Headline>(
    `SELECT ${COLUMNS} FROM headlines_fts JOIN headlines h ON h.id = headlines_fts.rowid
     WHERE headlines_fts MATCH @match AND ${FILTERS} ${ORDER}`,
  )
  const one = db.prepare<[number], Headline>(`SELECT ${COLUMNS} FROM headlines h WHERE h.id = ?`)
  const articlesOf = db.prepare<[number], { id: number; title: string | null; lead: string | null }>(
    `SELECT a.id, a.title, a.lead FROM article_headlines ah JOIN articles a ON a.id = ah.article_id
     WHERE ah.headline_id = ? ORDER BY a.id DESC`,
  )

  return {
    find(query: HeadlineQuery): { items: Headline[]; next: HeadlineCursor | null } {
      const params = {
        since: query.since ?? null,
        before: query.before ?? null,
        afterAt: query.after?.publishedAt ?? null,
        afterId: query.after?.id ?? null,
        limit: query.limit + 1,
      }
      const rows = query.q === undefined ? list.all(params) : search.all({ ...params, match: ftsMatch(query.q) })
      const page = rows.slice(0, query.limit)
      const last = page.at(-1)
      return {
        items: page,
        next: rows.length > query.limit && last ? { publishedAt: last.publishedAt ?? '', id: last.id } : null,
      }
    },

    get(id: number): (Headline & { articles: Pick<ArticleSummary, 'id' | 'title' | 'lead'>[] }) | undefined {
      const headline = one.get(id)
      return headline && { ...headline, articles: articlesOf.all(id) }
    },
  }
}

export type HeadlinesRepository = ReturnType<typeof createHeadlinesRepository>
