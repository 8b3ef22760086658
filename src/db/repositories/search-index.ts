import type { Db } from '../open.js'

/** The full-text indexes, each over its table's text (see migrations/001_initial.sql). */
export const SEARCH_INDEXES = ['articles_fts', 'headlines_fts'] as const
export type SearchIndex = (typeof SEARCH_INDEXES)[number]

// An FTS5 %_data row id holds its segment's number above bit 37; the rows below are the index's
// structure and averages, not segments.
const SEGMENT_SHIFT = 37

/** Something made for each index, paired with its name. */
const perIndex = <T>(make: (table: SearchIndex) => T): [SearchIndex, T][] => SEARCH_INDEXES.map((table) => [table, make(table)])

/**
 * Whether the full-text indexes follow writes row by row (triggers) or are rebuilt in one pass
 * after a large first load (see migrations/004_deferred_fts.sql for the measurement), and how
 * many segments they are in.
 */
export function createSearchIndexRepository(db: Db) {
  // FTS5 takes a command as an insert into the column named like the table.
  const command = (name: string) => perIndex((table) => db.prepare(`INSERT INTO "${table}" ("${table}") VALUES ('${name}')`))
  const rebuilds = command('rebuild')
  const merges = command('optimize')
  const segmentCounts = perIndex((table) => db.prepare<[], { n: number }>(
    `SELECT count(DISTINCT id >> ${SEGMENT_SHIFT}) AS n FROM "${table}_data" WHERE id >= (1 << ${SEGMENT_SHIFT})`,
  ))
  const isDeferred = db.prepare("SELECT 1 FROM settings WHERE key = 'fts_deferred'")
  const defer = db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('fts_deferred', 'first load')")
  const resume = db.prepare("DELETE FROM settings WHERE key = 'fts_deferred'")
  const isEmpty = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM articles) AS empty').pluck()

  /**
   * Merges each index into one segment. A query looks each of its terms up in every segment and
   * merges what they hold: on the 100,000-page benchmark, the 11 segments a rebuild left made
   * the mixed searches cost 30% more CPU than one. 1.5 s for that index, in one transaction;
   * readers go on meanwhile (WAL), writers wait.
   */
  const optimize = db.transaction(() => {
    for (const [, merge] of merges) merge.run()
  })

  return {
    deferred: (): boolean => isDeferred.get() !== undefined,

    /** Before loading into an empty database: index once at the end instead of row by row. */
    deferIfEmpty(): boolean {
      if (isEmpty.get() === 1) defer.run()
      return this.deferred()
    },

    /** Builds both indexes from their tables, merged, and turns row-by-row indexing back on, atomically. */
    rebuild: db.transaction(() => {
      for (const [, rebuild] of rebuilds) rebuild.run()
      // A rebuild leaves several segments; merging them costs a few percent of the rebuild.
      optimize()
      resume.run()
    }),

    optimize,

    /** How many segments each index is in: 1 after optimize, more as row-by-row writes add some. */
    segments: (): Record<SearchIndex, number> =>
      Object.fromEntries(segmentCounts.map(([table, count]) => [table, count.get()?.n ?? 0])) as Record<SearchIndex, number>,
  }
}
