import type { Db } from '../open.js'

export interface LegacySectionsRow {
  id: number
  body: string
  sections: string
}

/**
 * The articles `compact` converts: those whose sections were stored in full before migration 012,
 * found through that migration's partial index (the same expression, so SQLite uses it).
 */
export function createLegacySectionsRepository(db: Db) {
  const next = db.prepare<[number, number], LegacySectionsRow>(
    "SELECT id, body, sections FROM articles WHERE substr(sections, 1, 2) = '[{' AND id > ? ORDER BY id LIMIT ?",
  )
  const left = db.prepare<[], number>("SELECT count(*) FROM articles WHERE substr(sections, 1, 2) = '[{'").pluck()
  // Only if unchanged since read: an article re-derived meanwhile is already in the new form.
  const store = db.prepare<{ id: number; old: string; sections: string }>(
    'UPDATE articles SET sections = @sections WHERE id = @id AND sections = @old',
  )
  return {
    /** Up to `limit` articles after id `afterId`, in id order. */
    nextBatch: (afterId: number, limit: number): LegacySectionsRow[] => next.all(afterId, limit),
    remaining: (): number => left.get() ?? 0,
    /** False when the row is gone or changed since it was read. */
    store: (id: number, old: string, sections: string): boolean => store.run({ id, old, sections }).changes > 0,
  }
}
