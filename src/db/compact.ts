import type { Db } from './open.js'
import { packRaw, type RawCodec } from './raw-codec.js'
import { createRawPagesRepository } from './repositories/raw-pages.js'

export interface CompactOptions {
  /** Pages per transaction: a writer running meanwhile (ingest, POST /documents) waits one batch at most. */
  batchPages?: number
  /** Stop after this many pages (the rest is left for a later run); default all. */
  maxPages?: number
  /** After converting everything, VACUUM: the file shrinks (needs as much free disk as the new file; blocks all writes). */
  vacuum?: boolean
  onProgress?: (progress: { pages: number; total: number }) => void
}

export interface CompactResult {
  /** Pages converted by this run. */
  pages: number
  /** Their bytes in documents.raw, before and after. */
  bytesBefore: number
  bytesAfter: number
  /** Pages still stored the old way (a run stopped by maxPages, or rows written meanwhile by an older newsstand). */
  remaining: number
  /** Free pages in the file afterwards, in bytes: reused by later writes, returned to the disk by VACUUM. */
  freeBytes: number
  vacuumed: boolean
}

const DEFAULT_BATCH = 500

/**
 * Converts raw pages stored before migration 011 (uncompressed, raw_codec NULL) to the codec new
 * pages get, in place. Each batch is compressed first and then written in its own transaction, so
 * a run killed at any point keeps every batch it committed and a rerun carries on from there; a
 * rerun with nothing left does nothing. Readers never wait (WAL) and never see a half-converted
 * page: a row's bytes and its codec change together.
 */
export function compactRawPages(db: Db, opts: CompactOptions = {}): CompactResult {
  const pages = createRawPagesRepository(db)
  const batchPages = opts.batchPages ?? DEFAULT_BATCH
  const maxPages = opts.maxPages ?? Infinity
  const total = Math.min(pages.remaining(), maxPages)
  const result = { pages: 0, bytesBefore: 0, bytesAfter: 0 }
  const write = db.transaction((converted: { id: number; before: number; raw: Uint8Array; codec: RawCodec }[]) => {
    for (const page of converted) {
      // A page deleted, or converted by another run, since it was read is not counted.
      if (!pages.store(page.id, page.raw, page.codec)) continue
      result.pages++
      result.bytesBefore += page.before
      result.bytesAfter += page.raw.length
    }
  })
  let last = 0
  for (let read = 0; read < maxPages;) {
    const batch = pages.nextBatch(last, Math.min(batchPages, maxPages - read))
    if (batch.length === 0) break
    // Compressing happens outside the transaction: the write lock is held for the writes alone.
    write(batch.map((row) => {
      const packed = packRaw(row.raw)
      return { id: row.id, before: row.raw.length, raw: packed.bytes, codec: packed.codec }
    }))
    read += batch.length
    last = (batch.at(-1) as { id: number }).id
    opts.onProgress?.({ pages: read, total })
  }
  const remaining = pages.remaining()
  const vacuumed = opts.vacuum === true && remaining === 0
  if (vacuumed) pages.vacuum()
  return { ...result, remaining, freeBytes: pages.freeBytes(), vacuumed }
}

