import type { Db } from '../db/open.js'
import { derivePage } from './derive.js'
import { addCounts, createLoader, emptyCounts, type LoadCounts, type PageToLoad } from './load.js'
import { readPages } from './read-pages.js'

export interface IngestError {
  origin: string
  reason: string
}

export interface IngestSummary {
  pagesRead: number
  articles: { new: number; unchanged: number }
  headlines: { new: number; linked: number }
  sources: { new: number }
  publishers: { new: number }
  errors: IngestError[]
}

export interface IngestOptions {
  /** Pages per transaction: large enough to amortize commits, small enough to bound memory. */
  batchSize?: number
  onProgress?: (pagesRead: number) => void
}

/** Reads, parses and stores every page under `inputs`; bad pages are reported, never fatal. */
export async function ingestPaths(db: Db, inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? 500
  const load = createLoader(db)
  const counts = emptyCounts()
  const errors: IngestError[] = []
  let pagesRead = 0
  let batch: PageToLoad[] = []
  const flush = () => {
    if (batch.length > 0) addCounts(counts, load(batch))
    batch = []
  }

  for await (const page of readPages(inputs)) {
    if ('error' in page) {
      errors.push({ origin: page.origin, reason: page.error })
      continue
    }
    pagesRead++
    const derived = derivePage(page.bytes)
    if ('error' in derived) errors.push({ origin: page.origin, reason: derived.error })
    else batch.push({ ...derived, raw: page.bytes, origin: page.origin, url: null, crawledAt: null })
    if (batch.length >= batchSize) flush()
    opts.onProgress?.(pagesRead)
  }
  flush()
  return summarize(pagesRead, counts, errors)
}

function summarize(pagesRead: number, c: LoadCounts, errors: IngestError[]): IngestSummary {
  return {
    pagesRead,
    articles: { new: c.articlesNew, unchanged: c.articlesUnchanged },
    headlines: { new: c.headlinesNew, linked: c.headlinesLinked },
    sources: { new: c.sourcesNew },
    publishers: { new: c.publishersNew },
    errors,
  }
}

/** The summary as aligned lines for a terminal. */
export function formatSummary(s: IngestSummary): string {
  const rows: [string, string][] = [
    ['pages read', String(s.pagesRead)],
    ['articles', `${s.articles.new} new, ${s.articles.unchanged} unchanged`],
    ['headlines', `${s.headlines.new} new, ${s.headlines.linked} linked`],
    ['sources', `${s.sources.new} new`],
    ['publishers', `${s.publishers.new} new`],
    ['errors', String(s.errors.length)],
  ]
  const lines = rows.map(([k, v]) => `${k.padEnd(12)}${v}`)
  for (const e of s.errors) lines.push(`  ${e.origin}: ${e.reason}`)
  return lines.join('\n')
}
