// A real FTS5 table with the tokenizer the schema uses (migrations/001_initial.sql), for tests
// that run compiled queries instead of comparing strings.
import Database from 'better-sqlite3'

export interface FtsTable {
  /** Row numbers (1-based, in the order given) that an FTS5 expression matches; throws as FTS5 does. */
  run(fts: string): number[]
}

export function ftsTable(t: { teardown(fn: () => void): void }, rows: readonly string[]): FtsTable {
  const db = new Database(':memory:')
  t.teardown(() => db.close())
  db.exec("CREATE VIRTUAL TABLE f USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
  const insert = db.prepare('INSERT INTO f (rowid, x) VALUES (?, ?)')
  rows.forEach((x, i) => insert.run(i + 1, x))
  const match = db.prepare<[string], { rowid: number }>('SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid')
  return { run: (fts) => match.all(fts).map((r) => r.rowid) }
}
