import { Readable } from 'node:stream'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Db } from '../db/open.js'
import { createDocumentsRepository } from '../db/repositories/documents.js'
import { type PageMeta, type PageOutcome, pageTooLarge, readRecord } from '../model/page-record.js'
import { derivePacked } from './derive.js'
import { readLines } from './lines.js'
import { createLoader, type PageToLoad, type StoredPage } from './load.js'

export type LineResult = { line: number } & (StoredPage | { status: 'error'; error: string })

export const outcomeOf = (stored: StoredPage): PageOutcome =>
  stored.status === 'unchanged' ? 'unchanged' : stored.newVersionOf === null ? 'new' : 'version'

export interface DocumentWriterOptions {
  /** The largest page parsed, in bytes. */
  maxPageBytes: number
  /** Told of each page once its fate is settled: after its transaction committed, or when refused. */
  onPage?: ((outcome: PageOutcome) => void) | undefined
}

export interface BatchReport {
  created: number
  unchanged: number
  failed: number
  results: LineResult[]
}

/** A batch whose chunk starting at `fromLine` could not be written: lines before it were, none after. */
export class BatchInterruptedError extends Error {
  constructor(readonly fromLine: number, override readonly cause: unknown) {
    super(`storing the batch failed from line ${fromLine}`)
  }
}

/**
 * A batch is parsed and written in chunks, one transaction each, with the event loop free in
 * between, so other requests wait for one chunk at most instead of a whole 16 MB batch (about 10
 * s). A chunk ends at 50 pages, 1 MiB of pages or 25 ms of parsing, whichever comes first: pages
 * of a few KB take 0.4 to 5 ms each, more on a busy machine, so the clock is the bound that holds.
 */
export const CHUNK_PAGES = 50
const CHUNK_BYTES = 1024 * 1024
const CHUNK_MS = 25

/** The fate of the lines after a batch was stopped at a chunk's end by a shutdown. */
export const NOT_STORED_STOPPING = 'not stored: the server was shutting down; send this line again'


/**
 * Pages sent over HTTP, through the same steps as `ingest`: derivePage, then the loader's
 * synchronous transaction. A page is identified by its bytes, so sending one again is harmless.
 */
export function createDocumentWriter(db: Db, { maxPageBytes, onPage = () => {} }: DocumentWriterOptions) {
  const load = createLoader(db)
  const documents = createDocumentsRepository(db)
  const remove = db.transaction((id: number) => documents.remove(id))

  const prepare = (bytes: Buffer, meta: PageMeta, origin: string): PageToLoad | { error: string } => {
    if (bytes.length === 0) return { error: 'the page is empty' }
    // Compressed here, before the chunk's transaction, so the writer's lock is held for writing only.
    const derived = derivePacked(bytes, meta)
    return 'error' in derived ? derived : { ...derived, raw: bytes, origin, meta }
  }

  return {
    /** One page, parsed here unless it is over the page limit (`tooLarge`: the caller answers 413). */
    storePage(bytes: Buffer, meta: PageMeta, origin: string): StoredPage | { error: string; tooLarge?: true } {
      if (bytes.length > maxPageBytes) {
        onPage('error')
        return { error: pageTooLarge(bytes.length, maxPageBytes), tooLarge: true }
      }
      const page = prepare(bytes, meta, origin)
      if ('error' in page) {
        onPage('error')
        return page
      }
      const stored = load([page]).stored[0] as StoredPage
      onPage(outcomeOf(stored))
      return stored
    },

    /**
     * NDJSON, one record per line, chunk by chunk (see CHUNK_PAGES). Bad lines are reported and
     * skipped. A chunk is all-or-nothing; the batch is not: earlier chunks stay stored when a
     * later one fails (BatchInterruptedError), which sending the batch again completes.
     * `shouldStop` is asked after each chunk (the server shutting down): once it says yes, the
     * remaining lines are reported as not stored, so the answer still says what was.
     */
    async storeBatch(body: Buffer, origin: string, shouldStop: () => boolean = () => false): Promise<BatchReport> {
      const results: LineResult[] = []
      let stopped = false
      let chunk: { slot: number; line: number; page: PageToLoad }[] = []
      let chunkBytes = 0
      let chunkStart = performance.now()
      const flush = async () => {
        if (chunk.length === 0) return
        let stored: StoredPage[]
        try {
          stored = load(chunk.map((c) => c.page)).stored
        } catch (err) {
          chunk.forEach(() => onPage('error'))
          throw new BatchInterruptedError((chunk[0] as (typeof chunk)[number]).line, err)
        }
        chunk.forEach(({ slot, line }, i) => {
          results[slot] = { line, ...(stored[i] as StoredPage) }
          onPage(outcomeOf(stored[i] as StoredPage))
        })
        chunk = []
        chunkBytes = 0
        await nextTurn()
        chunkStart = performance.now()
      }
      let line = 0
      for await (const read of readLines(Readable.from(body), maxPageBytes)) {
        line++
        if (stopped) {
          if ('tooLong' in read || read.bytes.toString('utf8').trim() !== '') results.push({ line, status: 'error', error: NOT_STORED_STOPPING })
          continue
        }
        if ('tooLong' in read) {
          results.push({ line, status: 'error', error: pageTooLarge(read.tooLong, maxPageBytes) })
          onPage('error')
          continue
        }
        const text = read.bytes.toString('utf8')
        if (text.trim() === '') continue
        const record = readRecord(text)
        const page = 'error' in record ? record : prepare(record.bytes, record.meta, `${origin}:${line}`)
        if ('error' in page) {
          results.push({ line, status: 'error', error: page.error })
          onPage('error')
          continue
        }
        chunk.push({ slot: results.push({ line, status: 'error', error: 'pending' }) - 1, line, page })
        chunkBytes += page.raw.length
        if (chunk.length >= CHUNK_PAGES || chunkBytes >= CHUNK_BYTES || performance.now() - chunkStart >= CHUNK_MS) {
          await flush()
          stopped = shouldStop()
        }
      }
      await flush()
      const count = (status: LineResult['status']) => results.filter((r) => r.status === status).length
      return { created: count('created'), unchanged: count('unchanged'), failed: count('error'), results }
    },

    /** Deletes a page and what only it named (documents repository `remove`), in one transaction. */
    remove: (id: number): boolean => remove(id),
  }
}

export type DocumentWriter = ReturnType<typeof createDocumentWriter>
