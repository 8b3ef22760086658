import type { Db } from '../open.js'
import type { RawCodec } from '../raw-codec.js'

export interface UnconvertedPage {
  id: number
  raw: Buffer
}

/**
 * The rows `compact` converts: those stored before raw pages were compressed (raw_codec NULL),
 * found through their partial index (migration 011), which empties as they are converted.
 */
export function createRawPagesRepository(db: Db) {
  const next = db.prepare<[number, number], UnconvertedPage>(
    'SELECT id, raw FROM documents WHERE raw_codec IS NULL AND id > ? ORDER BY id LIMIT ?',
  )
  const left = db.prepare<[], number>('SELECT count(*) FROM documents WHERE raw_codec IS NULL').pluck()
  // Only a row still unconverted: one deleted meanwhile changes nothing, one converted by another
  // run is not converted twice.
  const store = db.prepare<{ id: number; raw: Uint8Array; codec: RawCodec }>(
    'UPDATE documents SET raw = @raw, raw_codec = @codec WHERE id = @id AND raw_codec IS NULL',
  )
  const freeBytes = db.prepare<[], number>('SELECT freelist_count * page_size FROM pragma_freelist_count, pragma_page_size').pluck()

  return {
    /** Up to `limit` unconverted pages after id `afterId`, in id order. */
    nextBatch: (afterId: number, limit: number): UnconvertedPage[] => next.all(afterId, limit),
    remaining: (): number => left.get() ?? 0,
    /** Stores a page's converted bytes; false when the row is gone or was converted already. */
    store: (id: number, raw: Uint8Array, codec: RawCodec): boolean => store.run({ id, raw, codec }).changes > 0,
    /** Bytes of the file's free pages: what the conversion freed, until VACUUM returns it. */
    freeBytes: (): number => freeBytes.get() ?? 0,
    vacuum: (): void => {
      db.exec('VACUUM')
    },
  }
}

export interface StoredPage {
  id: number
  sha256: string
  raw: Buffer
  raw_codec: string | null
}

/**
 * Every stored page with its codec, one row at a time (a database of millions of pages is never
 * held in memory): what `check` decodes against its sha256. A database not yet migrated to 011
 * has no raw_codec: its pages are all stored as they are. A file with no documents table (not a
 * newsstand database, which check reports otherwise) has no pages.
 */
export function storedPages(db: Db): IterableIterator<StoredPage> {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('documents')").all().map((c) => c.name)
  if (columns.length === 0) return [][Symbol.iterator]()
  const codec = columns.includes('raw_codec') ? 'raw_codec' : 'NULL AS raw_codec'
  return db.prepare<[], StoredPage>(`SELECT id, sha256, raw, ${codec} FROM documents ORDER BY id`).iterate()
}
