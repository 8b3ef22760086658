import { createDocumentsRepository } from '../db/repositories/documents.js'
import type { Db } from '../db/open.js'
import { packRaw, type PackedRaw } from '../db/raw-codec.js'
import { PARSER_VERSION } from '../parse/index.js'
import type { DerivedPage } from './derive.js'
import type { PageMeta } from '../model/page-record.js'

export interface PageToLoad extends DerivedPage {
  /** The page's bytes as read; sha256 is their hash. */
  raw: Uint8Array
  /** `raw` compressed for storage, when the caller did it off this thread (derivePacked); else the loader does. */
  packed?: PackedRaw
  origin: string | null
  meta: PageMeta
}

export interface LoadError {
  origin: string
  line: number | null
  reason: string
}

export interface LoadCounts {
  articlesNew: number
  articlesUnchanged: number
  articlesNewVersions: number
  headlinesNew: number
  headlinesLinked: number
  sourcesNew: number
  publishersNew: number
}

/** What became of one page: stored now (perhaps as a new version of its URL), or stored already. */
export type StoredPage =
  | { status: 'created'; id: number; newVersionOf: number | null }
  | { status: 'unchanged'; id: number }

export const emptyCounts = (): LoadCounts => ({
  articlesNew: 0, articlesUnchanged: 0, articlesNewVersions: 0, headlinesNew: 0, headlinesLinked: 0, sourcesNew: 0, publishersNew: 0,
})

/**
 * Writes already-parsed pages, and the inputs that failed, in one synchronous transaction: all of
 * a batch lands or none of it. A page whose exact bytes are already stored is `unchanged` and
 * writes nothing; a page whose URL is stored with other text is a new version of it. Returns the
 * counts and, in input order, what became of each page.
 */
export function createLoader(db: Db) {
  const documents = createDocumentsRepository(db)
  return db.transaction((pages: readonly PageToLoad[], errors: readonly LoadError[] = []): LoadCounts & { stored: StoredPage[] } => {
    const counts = emptyCounts()
    // Page by page, in order, for callers that answer for each (POST /documents).
    const stored: StoredPage[] = []
    for (const e of errors) documents.recordError(e.origin, e.line, e.reason)
    for (const page of pages) {
      const existing = documents.findIdBySha256(page.sha256)
      if (existing !== undefined) {
        counts.articlesUnchanged++
        stored.push({ status: 'unchanged', id: existing })
        continue
      }
      const url = page.meta.url ?? null
      const previous = url === null ? undefined : documents.latestIdByUrl(url)
      if (previous !== undefined) counts.articlesNewVersions++
      else counts.articlesNew++
      const packed = page.packed ?? packRaw(page.raw)
      const id = documents.insert({
        sha256: page.sha256, raw: packed.bytes, rawCodec: packed.codec, origin: page.origin, url,
        crawledAt: page.meta.timestamp ?? null,
        meta: Object.keys(page.meta).length > 0 ? JSON.stringify(page.meta) : null,
        parserVersion: PARSER_VERSION,
      })
      const c = documents.writeRecords(id, page.parsed)
      counts.headlinesNew += c.headlinesNew
      counts.headlinesLinked += c.headlinesLinked
      counts.sourcesNew += c.sourcesNew
      counts.publishersNew += c.publishersNew
      stored.push({ status: 'created', id, newVersionOf: previous ?? null })
    }
    return { ...counts, stored }
  })
}

export function addCounts(into: LoadCounts, more: LoadCounts): void {
  for (const k of Object.keys(into) as (keyof LoadCounts)[]) into[k] += more[k]
}
