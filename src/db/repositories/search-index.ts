import type { Db } from '../open.js'

/**
 * Whether the full-text indexes follow writes row by row (triggers) or are rebuilt in one pass
 * after a large first load (see migrations/004_deferred_fts.sql for the measurement).
 */
export function createSearchIndexRepository(db: Db) {
  const isDeferred = db.prepare("SELECT 1 FROM settings WHERE key = 'fts_deferred'")
  const defer = db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('fts_deferred', 'first load')")
  const resume = db.prepare("DELETE FROM settings WHERE key = 'fts_deferred'")
  const isEmpty = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM articles) AS empty').pluck()
  return {
    deferred: (): boolean => isDeferred.get() !== undefined,

    /** Before loading into an empty database: index once at the end instead of row by row. */
    deferIfEmpty(): boolean {
      if (isEmpty.get() === 1) defer.run()
      return this.deferred()
    },

    /** Builds both indexes from their tables and turns row-by-row indexing back on, atomically. */
    rebuild: db.transaction(() => {
      db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
      db.exec("INSERT INTO headlines_fts (headlines_fts) VALUES ('rebuild')")
      resume.run()
    }),
  }
}
