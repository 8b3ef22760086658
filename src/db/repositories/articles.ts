import type { Provenance, Section } from '../../parse/index.js'
import { ftsMatch } from '../../search/query.js'
import type { Db } from '../open.js'
import { MATCH_END, MATCH_START, snippetToHtml } from '../snippet.js'
import { lookupKey } from './documents.js'

export interface NamedRef {
  id: number
  name: string
}

export interface ArticleSummary {
  id: number
  title: string | null
  lead: string | null
  source: NamedRef | null
  publisher: NamedRef | null
  snippet?: string
}

export interface Article extends Omit<ArticleSummary, 'snippet'> {
  byline: string | null
  publishedAt: string | null
  lang: string | null
  provenance: Provenance
  sha256: string
  url: string | null
  crawledAt: string | null
  ingestedAt: string
  sections: Section[]
  references: string[]
  relatedHeadlines: { id: number; title: string; publishedAt: string | null }[]
  /** Ids of every stored version of this article's URL, oldest first; empty without a URL. */
  versions: number[]
  boilerplate: string[]
  warnings: string[]
}

/** Where the previous page ended: the last row's id, and its score when searching. */
export type ArticleCursor = { kind: 'list'; id: number } | { kind: 'search'; score: number; id: number }

export interface ArticleQuery {
  q?: string | undefined
  source?: string | undefined
  limit: number
  after?: ArticleCursor | undefined
}

const SUMMARY_COLUMNS = `a.id, a.title, a.lead, s.id AS sourceId, s.name AS sourceName, p.id AS publisherId, p.name AS publisherName`
const JOINS = `LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN publishers p ON p.id = a.publisher_id`
// Lists show the current version of each URL: an article whose URL has a newer document is an
// older version, still retrievable by id.
const CURRENT = `NOT EXISTS (SELECT 1 FROM documents d JOIN documents newer ON newer.url = d.url AND newer.id > d.id WHERE d.id = a.id)`
// bm25 weights per column (title, lead, body): a match in the title or lead says more.
const SCORE = 'bm25(articles_fts, 4.0, 2.0, 1.0)'

interface SummaryRow {
  id: number
  title: string | null
  lead: string | null
  sourceId: number | null
  sourceName: string | null
  publisherId: number | null
  publisherName: string | null
  score?: number
  snippet?: string
}

interface ArticleRow extends SummaryRow {
  byline: string | null
  publishedAt: string | null
  lang: string | null
  provenance: string | null
  sections: string
  refs: string
  boilerplate: string
  warnings: string
  sha256: string
  url: string | null
  crawledAt: string | null
  ingestedAt: string
}

export function createArticlesRepository(db: Db) {
  const list = db.prepare<Record<string, unknown>, SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM articles a ${JOINS}
     WHERE (@sourceKey IS NULL OR s.key = @sourceKey) AND (@afterId IS NULL OR a.id < @afterId) AND ${CURRENT}
     ORDER BY a.id DESC LIMIT @limit`,
  )
  const search = db.prepare<Record<string, unknown>, SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS}, ${SCORE} AS score,
            snippet(articles_fts, -1, '${MATCH_START}', '${MATCH_END}', '…', 24) AS snippet
     FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid ${JOINS}
     WHERE articles_fts MATCH @match AND within_budget() AND (@sourceKey IS NULL OR s.key = @sourceKey) AND ${CURRENT}
       AND (@afterScore IS NULL OR ${SCORE} > @afterScore OR (${SCORE} = @afterScore AND a.id > @afterId))
     ORDER BY score, a.id LIMIT @limit`,
  )
  const one = db.prepare<[number], ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS}, a.byline, a.published_at AS publishedAt, a.lang, a.provenance, a.sections, a.refs, a.boilerplate, a.warnings,
            d.sha256, d.url, d.crawled_at AS crawledAt, d.ingested_at AS ingestedAt
     FROM articles a JOIN documents d ON d.id = a.id ${JOINS} WHERE a.id = ?`,
  )
  const versionsOf = db.prepare<[number], { id: number }>(
    `SELECT other.id FROM documents d JOIN documents other ON other.url = d.url WHERE d.id = ? ORDER BY other.id`,
  )
  const headlinesOf = db.prepare<[number], { id: number; title: string; publishedAt: string | null }>(
    `SELECT h.id, h.title, h.published_at AS publishedAt
     FROM article_headlines ah JOIN headlines h ON h.id = ah.headline_id
     WHERE ah.article_id = ? ORDER BY ah.position`,
  )

  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles')

  return {
    count: (): number => count.get()?.n ?? 0,

    /** Newest first, or best match first when `q` is given; one row more than asked tells if there is a next page. */
    find(query: ArticleQuery): { items: ArticleSummary[]; next: ArticleCursor | null } {
      const sourceKey = query.source === undefined ? null : lookupKey(query.source)
      const limit = query.limit + 1
      let rows: SummaryRow[]
      if (query.q === undefined) {
        const afterId = query.after?.kind === 'list' ? query.after.id : null
        rows = list.all({ sourceKey, afterId, limit })
      } else {
        const match = ftsMatch(query.q)
        const after = query.after?.kind === 'search' ? query.after : null
        rows = search.all({ match, sourceKey, afterScore: after?.score ?? null, afterId: after?.id ?? null, limit })
      }
      const page = rows.slice(0, query.limit)
      const last = page.at(-1)
      const next: ArticleCursor | null =
        rows.length <= query.limit || !last ? null
        : last.score === undefined ? { kind: 'list', id: last.id }
        : { kind: 'search', score: last.score, id: last.id }
      return { items: page.map(toSummary), next }
    },

    get(id: number): Article | undefined {
      const row = one.get(id)
      if (!row) return undefined
      const { snippet: _unused, ...summary } = toSummary(row)
      return {
        ...summary,
        byline: row.byline,
        publishedAt: row.publishedAt,
        lang: row.lang,
        // Rows stored before migration 002 have none until re-derived.
        provenance: row.provenance ? (JSON.parse(row.provenance) as Provenance) : { title: null, byline: null, publishedAt: null },
        sha256: row.sha256,
        url: row.url,
        crawledAt: row.crawledAt,
        ingestedAt: row.ingestedAt,
        sections: JSON.parse(row.sections) as Section[],
        references: JSON.parse(row.refs) as string[],
        relatedHeadlines: headlinesOf.all(id),
        versions: versionsOf.all(id).map((v) => v.id),
        boilerplate: JSON.parse(row.boilerplate) as string[],
        warnings: JSON.parse(row.warnings) as string[],
      }
    },
  }
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>

function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    lead: r.lead,
    source: r.sourceId === null ? null : { id: r.sourceId, name: r.sourceName as string },
    publisher: r.publisherId === null ? null : { id: r.publisherId, name: r.publisherName as string },
    ...(r.snippet === undefined ? {} : { snippet: snippetToHtml(r.snippet) }),
  }
}
