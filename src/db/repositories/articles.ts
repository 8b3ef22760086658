import type { ArticlePage, ArticleQuery } from '../../model/article-list.js'
import type { Article, FieldEvidence, Provenance } from '../../model/articles.js'
import { DEFAULT_RANK_CAP } from '../../model/defaults.js'
import type { Db } from '../open.js'
import { sectionsJson } from '../sections-codec.js'
import { createArticleLister } from './article-list.js'
import { SUMMARY_COLUMNS, SUMMARY_JOINS, toSummary, type SummaryRow } from './article-summaries.js'

export interface ArticlesOptions {
  /** Relevance ranks at most this many matches, the newest (see article-list.ts); DEFAULT_RANK_CAP when absent. */
  rankCap?: number | undefined
}

interface ArticleRow extends SummaryRow {
  byline: string | null
  publishedAt: string | null
  provenance: string | null
  evidence: string | null
  sections: string
  body: string
  refs: string
  boilerplate: string
  warnings: string
  sha256: string
  url: string | null
  crawledAt: string | null
  ingestedAt: string
}

export function createArticlesRepository(db: Db, opts: ArticlesOptions = {}) {
  const find = createArticleLister(db, { rankCap: opts.rankCap ?? DEFAULT_RANK_CAP })
  const one = db.prepare<[number], ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS}, a.byline, a.published_at AS publishedAt, a.provenance, a.evidence, a.sections, a.body, a.refs, a.boilerplate, a.warnings,
            d.sha256, d.url, d.crawled_at AS crawledAt, d.ingested_at AS ingestedAt
     FROM articles a JOIN documents d ON d.id = a.id ${SUMMARY_JOINS} WHERE a.id = ?`,
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

    /** A page of current articles in the query's order, with the cursor of the next page, ranking scope and facets. */
    find: (query: ArticleQuery): ArticlePage => find(query),

    /**
     * One article as the JSON text of its answer (an `Article`), or undefined. The wide parts
     * (sections, references, boilerplate, warnings) are stored as JSON written by JSON.stringify
     * at ingest and go out as they are: parsing them only to serialize them again was most of
     * GET /articles/{id}'s time after SQLite (with the response encoding and the garbage it
     * made). test/routes/articles.test.ts checks the answer against the stored columns and that
     * it fits ArticleSchema exactly. The sections are stored as their shape, their texts being
     * the body's lines: sectionsJson gives back the JSON text they had.
     */
    getJson(id: number): string | undefined {
      const row = one.get(id)
      if (!row) return undefined
      const scalars = JSON.stringify(head(row))
      return `${scalars.slice(0, -1)},"sections":${sectionsJson(row.sections, row.body)},"references":${row.refs},` +
        `"relatedHeadlines":${JSON.stringify(headlinesOf.all(id))},"versions":${JSON.stringify(versionsOf.all(id).map((v) => v.id))},` +
        `"boilerplate":${row.boilerplate},"warnings":${row.warnings}}`
    },
  }
}

/** An article's fields before its sections, in the answer's order. */
function head(row: ArticleRow): Omit<Article, 'sections' | 'references' | 'relatedHeadlines' | 'versions' | 'boilerplate' | 'warnings'> {
  return {
    ...toSummary(row),
    byline: row.byline,
    publishedAt: row.publishedAt,
    // Rows stored before migration 002 have none until re-derived.
    provenance: row.provenance ? (JSON.parse(row.provenance) as Provenance) : { title: null, byline: null, publishedAt: null },
    // Rows stored before migration 010 have none until re-derived.
    evidence: row.evidence ? (JSON.parse(row.evidence) as FieldEvidence) : { title: null, byline: null, publishedAt: null },
    sha256: row.sha256,
    url: row.url,
    crawledAt: row.crawledAt,
    ingestedAt: row.ingestedAt,
  }
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>
