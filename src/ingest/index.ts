import type { Db } from '../db/open.js'
import { createSearchIndexRepository } from '../db/repositories/search-index.js'
import { addCounts, createLoader, emptyCounts, type LoadCounts, type LoadError, type PageToLoad } from './load.js'
import { createDerivePool, type Derived } from './pool.js'
import { readPages, type RawPage, type ReadOptions } from './read-pages.js'

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
  /** Into an empty database, build the search indexes once at the end (faster). Default true. */
  deferIndex?: boolean
  /** Pages per transaction: large enough to amortize commits, small enough to bound memory. */
  batchSize?: number
  /** Parser threads; 0 parses on the main thread. */
  workers?: number
  onProgress?: (progress: IngestProgress) => void
}

/** Pages parsed ahead of the writer: enough to keep a worker busy, few enough to bound memory. */
const MAX_IN_FLIGHT = 64

/** At most this many errors are listed in the summary; all of them go to `ingest_errors`. */
const MAX_LISTED_ERRORS = 1000

/**
 * Reads, parses and stores every page under `inputs`, streaming: memory holds one batch, not the
 * input. Bad inputs are recorded (summary and `ingest_errors`) and skipped, never fatal.
 */
export async function ingestPaths(db: Db, inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? 200
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

  // Pages are parsed ahead on the pool but stored in input order (ids follow the input), with a
  // bounded number in flight so memory stays flat whatever the input size.
  const index = createSearchIndexRepository(db)
  // A set flag left by a run that was killed is honoured too: this run finishes its index.
  const deferred = opts.deferIndex === false ? index.deferred() : index.deferIfEmpty()
  const pool = createDerivePool(opts.workers ?? 0)
  // Read errors wait their turn too, so the summary lists failures in input order.
  const inFlight: (Extract<RawPage, { error: string }> | { page: Extract<RawPage, { bytes: Buffer }>; derived: Promise<Derived> })[] = []
  const settle = async () => {
    const next = inFlight.shift() as (typeof inFlight)[number]
    if ('error' in next) {
      fail(next.origin, next.line ?? null, next.error)
      return
    }
    const { page, derived } = next
    const result = await derived
    if ('error' in result) fail(page.origin, null, result.error)
    else batch.push({ ...result, raw: page.bytes, origin: page.origin, meta: page.meta ?? {} })
    if (batch.length + failed.length >= batchSize) flush()
    opts.onProgress?.(progress)
  }
  try {
    for await (const page of readPages(inputs, opts)) {
      if ('error' in page) inFlight.push(page)
      else {
        progress.pagesRead++
        progress.bytesRead += page.bytes.length
        inFlight.push({ page, derived: pool.derive(page.bytes, page.meta ?? {}) })
      }
      if (inFlight.length >= MAX_IN_FLIGHT) await settle()
    }
    while (inFlight.length > 0) await settle()
  } finally {
    await pool.close()
  }
  flush()
  if (deferred) index.rebuild()
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
  // The wording is the same wherever a page comes in; the remedy is the CLI's own.
  if (s.errors.some((e) => e.reason.includes('limit on one page'))) lines.push('  (raise the limit on one page with --max-page-mb)')
  return lines.join('\n')
}
