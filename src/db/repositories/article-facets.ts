import type { Db } from '../open.js'
import { statementCache, type Params } from '../statements.js'

export const FACET_NAMES = ['source', 'publisher', 'month', 'lang'] as const
export type FacetName = (typeof FACET_NAMES)[number]

export interface FacetValue {
  value: string
  count: number
  /** For sources and publishers: the record's id. */
  id?: number
}

export type Facets = Partial<Record<FacetName, FacetValue[]>>

/** Values per facet, most frequent first (ties by value); the rest are left out. */
export const FACET_SIZE = 20

// Counted by key in the narrow table first, names joined afterwards: one lookup per value, not per article.
const NAMED = (column: string, table: string) => (from: string) =>
  `SELECT t.name AS value, t.id AS id, g.n AS count
   FROM (SELECT k.${column} AS v, count(*) AS n ${from} AND k.${column} IS NOT NULL GROUP BY k.${column}) g
   JOIN ${table} t ON t.id = g.v ORDER BY g.n DESC, t.name, t.id LIMIT ${FACET_SIZE}`

const PLAIN = (expr: string) => (from: string) =>
  `SELECT ${expr} AS value, count(*) AS count ${from} AND ${expr} IS NOT NULL GROUP BY 1 ORDER BY count DESC, value LIMIT ${FACET_SIZE}`

const FACET_SQL: Record<FacetName, (from: string) => string> = {
  source: NAMED('source_id', 'sources'),
  publisher: NAMED('publisher_id', 'publishers'),
  month: PLAIN('substr(k.date, 1, 7)'),
  lang: PLAIN('k.lang'),
}

/**
 * Datasette-style facet counts over every article the query and filters select (not only the
 * page, and not only the matches a capped ranking scored). `from` is a FROM … WHERE … clause
 * from article-filters.ts.
 */
export function createFacetCounter(db: Db) {
  const statement = statementCache(db)
  return (names: readonly FacetName[], from: string, params: Params): Facets => {
    const facets: Facets = {}
    for (const name of names) {
      const rows = statement<{ value: string; count: number; id?: number }>(FACET_SQL[name](from)).all(params)
      facets[name] = rows.map((r) => (r.id === undefined ? { value: r.value, count: r.count } : { value: r.value, count: r.count, id: r.id }))
    }
    return facets
  }
}
