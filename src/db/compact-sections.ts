import type { Db } from './open.js'
import { createLegacySectionsRepository } from './repositories/legacy-sections.js'
import { bodyOf, packSections, sectionsJson } from './sections-codec.js'
import type { Section } from '../model/articles.js'

export interface CompactSectionsOptions {
  /** Articles per transaction: a writer running meanwhile waits one batch at most. */
  batchArticles?: number
  /** Stop after this many articles (the rest is left for a later run); default all. */
  maxArticles?: number
  onProgress?: (progress: { articles: number; total: number }) => void
}

export interface CompactSectionsResult {
  /** Articles converted by this run: to their shape, or (`verbatim`) kept in full in the new form. */
  articles: number
  verbatim: number
  /** Their bytes in articles.sections, before and after. */
  bytesBefore: number
  bytesAfter: number
  /** Articles still stored the old way. */
  remaining: number
}

const DEFAULT_BATCH = 500
const VERBATIM = (stored: string) => `{"verbatim":${stored}}`

/**
 * The new form of sections stored in full before migration 012. A row is stored as its shape only
 * if that reads back as exactly the stored text from this row's body; otherwise (a text with a
 * line break, a body that is not the sections' lines) it keeps its text, marked verbatim.
 */
export function convertLegacySections(stored: string, body: string): string {
  const sections = JSON.parse(stored) as Section[]
  if (bodyOf(sections) !== body) return VERBATIM(stored)
  const packed = packSections(sections)
  return !packed.startsWith('{') && sectionsJson(packed, body) === stored ? packed : VERBATIM(stored)
}

/**
 * Converts sections stored before migration 012 in place, as compactRawPages does raw pages: each
 * batch is converted first and then written in its own transaction, so a run killed at any point
 * keeps what it committed, a rerun carries on, and a rerun with nothing left does nothing. Only
 * `sections` changes (no trigger of FTS or article_keys follows it); every answer stays the same.
 */
export function compactSections(db: Db, opts: CompactSectionsOptions = {}): CompactSectionsResult {
  const rows = createLegacySectionsRepository(db)
  const batchArticles = opts.batchArticles ?? DEFAULT_BATCH
  const maxArticles = opts.maxArticles ?? Infinity
  const total = Math.min(rows.remaining(), maxArticles)
  const result = { articles: 0, verbatim: 0, bytesBefore: 0, bytesAfter: 0 }
  const write = db.transaction((converted: { id: number; old: string; sections: string }[]) => {
    for (const row of converted) {
      if (!rows.store(row.id, row.old, row.sections)) continue
      result.articles++
      if (row.sections.startsWith('{')) result.verbatim++
      result.bytesBefore += Buffer.byteLength(row.old)
      result.bytesAfter += Buffer.byteLength(row.sections)
    }
  })
  let last = 0
  for (let read = 0; read < maxArticles;) {
    const batch = rows.nextBatch(last, Math.min(batchArticles, maxArticles - read))
    if (batch.length === 0) break
    write(batch.map((row) => ({ id: row.id, old: row.sections, sections: convertLegacySections(row.sections, row.body) })))
    read += batch.length
    last = (batch.at(-1) as { id: number }).id
    opts.onProgress?.({ articles: read, total })
  }
  return { ...result, remaining: rows.remaining() }
}
