import type { Statement } from 'better-sqlite3'
import type { Db } from './open.js'

export type Params = Record<string, unknown>

/**
 * Prepared statements for queries assembled from fixed SQL fragments (which filters are present,
 * which sort): each distinct text is prepared the first time it is needed and reused after.
 * A query with only the filters it needs lets SQLite pick the index for them, where one
 * statement with `(@x IS NULL OR …)` for every filter would scan. The texts are bounded by the
 * combinations of fragments; no user text ever becomes SQL.
 */
export function statementCache(db: Db) {
  const cache = new Map<string, Statement<[Params], unknown>>()
  return <Row>(sql: string): Statement<[Params], Row> => {
    let stmt = cache.get(sql)
    if (!stmt) {
      stmt = db.prepare<Params, unknown>(sql)
      cache.set(sql, stmt)
    }
    return stmt as Statement<[Params], Row>
  }
}
