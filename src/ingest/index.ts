import type { Db } from '../db/open.js'
import { derivePage } from './derive.js'
import { addCounts, createLoader, emptyCounts, type LoadCounts, type LoadError, type PageToLoad } from './load.js'
import { readPages, type ReadOptions } from './read-pages.js'

export interface IngestError {
  origin: string
  reason: string
}

export interface IngestSummary {
  pagesRead: number
  articles: { new: number; unchanged: number; newVersions: number }
  headlines: { new: number; linked: number }
  sources: { new: number }
  publishers: { new: number }
  errors: IngestError[]
}

export interface IngestProgress {
  pagesRead: number
  bytesRead: number
}

export interface IngestOptions extends ReadOptions {
  /** Pages per transaction: large enough to amortize commits, small enough to bound memory. */
  batchSize?: number
  onProgress?: (progress: IngestProgress) => void
}

/** At most this many errors are listed in the summary; all of them go to `ingest_errors`. */
const MAX_LISTED_ERRORS = 1000

/**
 * Reads, parses and stores every page under `inputs`, streaming: memory holds one batch, not the
 * input. Bad inputs are recorded (summary and `ingest_errors`) and skipped, never fatal.
 */
export async function ingestPaths(db: Db, inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? 500
  const load = createLoader(db)
  const counts = emptyCounts()
  const errors: IngestError[] = []
  let errorCount = 0
  const progress: IngestProgress = { pagesRead: 0, bytesRead: 0 }
  let batch: PageToLoad[] = []
  let failed: LoadError[] = []
  const fail = (origin: string, line: number | null, reason: string) => {
    failed.push({ origin, line, reason })
    errorCount++
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ origin, reason })
  }
  const flush = () => {
    if (batch.length > 0 || failed.length > 0) addCounts(counts, load(batch, failed))
    batch = []
    failed = []
  }

  for await (const page of readPages(inputs, opts)) {
    if ('error' in page) {
      fail(page.origin, page.line ?? null, page.error)
      continue
    }
    progress.pagesRead++
    progress.bytesRead += page.bytes.length
    const meta = page.meta ?? {}
    const derived = derivePage(page.bytes, meta)
    if ('error' in derived) fail(page.origin, null, derived.error)
    else batch.push({ ...derived, raw: page.bytes, origin: page.origin, meta })
    if (batch.length + failed.length >= batchSize) flush()
    opts.onProgress?.(progress)
  }
  flush()
  const summary = summarize(progress.pagesRead, counts, errors)
  if (errorCount > errors.length) summary.errors.push({ origin: '…', reason: `${errorCount - errors.length} more; see the ingest_errors table` })
  return summary
}

function summarize(pagesRead: number, c: LoadCounts, errors: IngestError[]): IngestSummary {
  return {
    pagesRead,
    articles: { new: c.articlesNew, unchanged: c.articlesUnchanged, newVersions: c.articlesNewVersions },
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
    ['articles', `${s.articles.new} new, ${s.articles.unchanged} unchanged, ${s.articles.newVersions} new versions`],
    ['headlines', `${s.headlines.new} new, ${s.headlines.linked} linked`],
    ['sources', `${s.sources.new} new`],
    ['publishers', `${s.publishers.new} new`],
    ['errors', String(s.errors.length)],
  ]
  const lines = rows.map(([k, v]) => `${k.padEnd(12)}${v}`)
  for (const e of s.errors) lines.push(`  ${e.origin}: ${e.reason}`)
  return lines.join('\n')
}
