import type { ArticleSummary } from '../../model/articles.js'
import { stopwordsFor } from '../../parse/lang.js'
import { anyOf, distinctiveTerms, termCounts } from '../../search/terms.js'
import { budgetCheck } from '../budget.js'
import type { Db } from '../open.js'
import { unpackRaw } from '../raw-codec.js'
import { SUMMARY_COLUMNS, SUMMARY_JOINS, toSummary, type SummaryRow } from './article-summaries.js'

export interface Similar {
  /** The article's words the search used, most distinctive first. */
  terms: string[]
  items: ArticleSummary[]
}

/** How many words the more-like-this query ORs together. */
const MAX_TERMS = 12
/** Words in more than this share of articles (or 10, on a small database) are not used. */
const MAX_DF_SHARE = 0.02
/** Best matches taken from the index before older versions are filtered out, when a few more than asked leave too few. */
const WIDE_POOL = 2000
/** Bounds the memory of the common-word set below. */
const MAX_COMMON = 20_000

/** Reads beside /articles: more like this, and the raw page. */
export function createArticleExtrasRepository(db: Db) {
  const text = db.prepare<[number], { title: string | null; lead: string | null; body: string; lang: string | null }>(
    'SELECT title, lead, body, lang FROM articles WHERE id = ?',
  )
  const docFreq = db.prepare<[string], number>('SELECT doc FROM articles_fts_vocab WHERE term = ?').pluck()
  const articleCount = db.prepare<[], number>('SELECT count(*) FROM articles').pluck()
  // Ranking inside the index first and joining only the best rows measured 2.5–7× faster (100,000
  // pages) than ranking the joined rows. The article and every version of its URL are left out.
  const similar = db.prepare<Record<string, unknown>, SummaryRow>(
    `WITH hits AS (
       SELECT rowid AS id, bm25(articles_fts, 4.0, 2.0, 1.0) AS score FROM articles_fts
       WHERE articles_fts MATCH @match AND rowid <> @id AND ${budgetCheck('rowid')}
         AND rowid NOT IN (SELECT other.id FROM documents d JOIN documents other ON other.url = d.url WHERE d.id = @id)
       ORDER BY score LIMIT @pool)
     SELECT ${SUMMARY_COLUMNS} FROM hits JOIN articles a ON a.id = hits.id ${SUMMARY_JOINS}
     WHERE k.current = 1 ORDER BY hits.score, a.id LIMIT @limit`,
  )
  const raw = db.prepare<[number], { raw: Uint8Array; codec: string | null }>('SELECT raw, raw_codec AS codec FROM documents WHERE id = ?')
  // Counting a word's articles walks its whole posting list: the few words in more than
  // MAX_DF_SHARE of articles were most of the time of a request (100,000 pages: ~1 ms each, against
  // ~0.03 ms for a rarer word). They are never used, so once seen they are not counted again,
  // until the collection has grown by a tenth and the cut-off has moved.
  let common = new Set<string>()
  let commonAt = 0
  const docFreqUnlessCommon = (term: string, articles: number, maxDf: number): number => {
    if (articles > commonAt * 1.1 || articles < commonAt || common.size > MAX_COMMON) {
      common = new Set()
      commonAt = articles
    }
    if (common.has(term)) return Infinity
    const df = docFreq.get(term) ?? 0
    if (df > maxDf) common.add(term)
    return df
  }

  return {
    /** Current articles sharing the most distinctive words of article `id`, best first; undefined when there is no such article. */
    similar(id: number, { limit }: { limit: number }): Similar | undefined {
      const article = text.get(id)
      if (!article) return undefined
      const counts = termCounts([article.title, article.lead, article.body], stopwordsFor(article.lang))
      const articles = articleCount.get() ?? 0
      const maxDf = Math.max(10, articles * MAX_DF_SHARE)
      const stats = [...counts].map(([term, tf]) => ({ term, tf, df: docFreqUnlessCommon(term, articles, maxDf) }))
      const terms = distinctiveTerms(stats, articles, { max: MAX_TERMS, maxDf })
      if (terms.length === 0) return { terms, items: [] }
      const match = anyOf(terms)
      // Most matches are current versions, so a few more than asked are usually enough.
      let rows = similar.all({ match, id, pool: Math.max(30, 2 * limit), limit })
      if (rows.length < limit) rows = similar.all({ match, id, pool: WIDE_POOL, limit })
      return { terms, items: rows.map(toSummary) }
    },

    /** The page exactly as it was ingested: decompressed here, on a read thread when there are some. */
    raw(id: number): Uint8Array | undefined {
      const row = raw.get(id)
      return row && unpackRaw(row.raw, row.codec)
    },
  }
}

export type ArticleExtrasRepository = ReturnType<typeof createArticleExtrasRepository>
