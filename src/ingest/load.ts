import { createDocumentsRepository } from '../db/repositories/documents.js'
import type { Db } from '../db/open.js'
import { PARSER_VERSION } from '../parse/index.js'
import type { DerivedPage } from './derive.js'

export interface PageToLoad extends DerivedPage {
  raw: Uint8Array
  origin: string | null
  url: string | null
  crawledAt: string | null
}

export interface LoadCounts {
  articlesNew: number
  articlesUnchanged: number
  headlinesNew: number
  headlinesLinked: number
  sourcesNew: number
  publishersNew: number
}

export const emptyCounts = (): LoadCounts => ({
  articlesNew: 0, articlesUnchanged: 0, headlinesNew: 0, headlinesLinked: 0, sourcesNew: 0, publishersNew: 0,
})

/**
 * Writes already-parsed pages in one synchronous transaction: all of a batch lands or none of it.
 * A page whose exact bytes are already stored is `unchanged` and writes nothing.
 */
export function createLoader(db: Db) {
  const documents = createDocumentsRepository(db)
  return db.transaction((pages: readonly PageToLoad[]): LoadCounts => {
    const counts = emptyCounts()
    for (const page of pages) {
      if (documents.findIdBySha256(page.sha256) !== undefined) {
        counts.articlesUnchanged++
        continue
      }
      const id = documents.insert({
        sha256: page.sha256, raw: page.raw, origin: page.origin, url: page.url,
        crawledAt: page.crawledAt, parserVersion: PARSER_VERSION,
      })
      const c = documents.writeRecords(id, page.parsed)
      counts.articlesNew++
      counts.headlinesNew += c.headlinesNew
      counts.headlinesLinked += c.headlinesLinked
      counts.sourcesNew += c.sourcesNew
      counts.publishersNew += c.publishersNew
    }
    return counts
  })
}

export function addCounts(into: LoadCounts, more: LoadCounts): void {
  for (const k of Object.keys(into) as (keyof LoadCounts)[]) into[k] += more[k]
}
