import type { Db } from '../db/open.js'
import { createDocumentsRepository } from '../db/repositories/documents.js'
import { createSearchIndexRepository } from '../db/repositories/search-index.js'
import { unpackRaw } from '../db/raw-codec.js'
import { PARSER_VERSION } from '../parse/index.js'
import { derivePage } from './derive.js'
import type { IngestSummary } from './index.js'
import type { PageMeta } from '../model/page-record.js'

/**
 * Re-derives every record from the stored raw pages with the current parser, in one transaction:
 * readers see the old records or the new ones, never a mix. Articles keep their ids (an article's
 * id is its document's); headlines, sources and publishers still named are reused, and those no
 * page names any more are removed, so the result equals a fresh ingest of the same pages.
 */
export function reparseAll(db: Db): IngestSummary & { articles: { changed: number } } {
  const documents = createDocumentsRepository(db)
  const index = createSearchIndexRepository(db)
  const page = db.prepare<[number, number], { id: number; raw: Buffer; codec: string | null; meta: string | null; origin: string | null }>(
    'SELECT id, raw, raw_codec AS codec, meta, origin FROM documents WHERE id > ? ORDER BY id LIMIT ?',
  )
  const summary = { pagesRead: 0, articles: { new: 0, unchanged: 0, newVersions: 0, changed: 0 }, headlines: { new: 0, linked: 0 }, sources: { new: 0 }, publishers: { new: 0 }, errors: [] as { origin: string; reason: string }[] }
  db.transaction(() => {
    let last = 0
    for (;;) {
      const rows = page.all(last, 500)
      if (rows.length === 0) break
      for (const row of rows) {
        last = row.id
        summary.pagesRead++
        const derived = derivePage(unpackRaw(row.raw, row.codec), row.meta ? (JSON.parse(row.meta) as PageMeta) : {})
        if ('error' in derived) {
          // Keep the records the page had: a parser that now refuses it must not lose them.
          summary.errors.push({ origin: row.origin ?? `document ${row.id}`, reason: derived.error })
          continue
        }
        const before = documents.snapshot(row.id)
        documents.deleteRecords(row.id)
        const c = documents.writeRecords(row.id, derived.parsed)
        documents.markParsed(row.id, PARSER_VERSION)
        if (documents.snapshot(row.id) === before) summary.articles.unchanged++
        else summary.articles.changed++
        summary.headlines.new += c.headlinesNew
        summary.sources.new += c.sourcesNew
        summary.publishers.new += c.publishersNew
      }
    }
    documents.deleteOrphans()
    // After a killed first load the indexes were never built: build them now.
    if (index.deferred()) index.rebuild()
  })()
  return summary
}
