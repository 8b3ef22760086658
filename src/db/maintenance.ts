import { createHash } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { openDatabase, type Db } from './open.js'
import { unpackRaw } from './raw-codec.js'
import { storedPages } from './repositories/raw-pages.js'
import { createSearchIndexRepository, SEARCH_INDEXES, type SearchIndex } from './repositories/search-index.js'

/** fts5 itself, not fts5vocab (a view over another index, with no integrity-check of its own). */
const FTS5_TABLE = /^CREATE VIRTUAL TABLE .* USING fts5\s*\(/isu

export class MaintenanceError extends Error {}

export interface BackupOptions {
  /** Replace an existing file at the destination. */
  force?: boolean
  /** Called as pages are copied, with the fraction done (0–1). */
  onProgress?: (done: number) => void
}

/** Maintenance reads an existing database: a mistyped path must not create an empty one. */
export function openExisting(path: string): Db {
  if (!existsSync(path)) throw new MaintenanceError(`${path} does not exist`)
  return openDatabase(path)
}

/** checkDatabase on a file; a file too damaged to open is one more problem, not a crash. */
export function checkFile(path: string): string[] {
  let db: Db
  try {
    db = openExisting(path)
  } catch (err) {
    if (err instanceof MaintenanceError) throw err
    return [`opening: ${(err as Error).message}`]
  }
  try {
    return checkDatabase(db)
  } finally {
    db.close()
  }
}

/**
 * An online, consistent copy of the database through SQLite's backup API: readers and writers
 * (a serving app, an ingest) go on meanwhile, and the copy is one point in time. An existing file
 * is never overwritten unless asked: a backup path mistyped as the live database would destroy it.
 */
export async function backupDatabase(db: Db, destination: string, { force = false, onProgress }: BackupOptions = {}): Promise<{ pages: number }> {
  if (existsSync(destination)) {
    if (!force) throw new MaintenanceError(`${destination} already exists; pass --force to replace it`)
    // A stale -wal beside the old file would be replayed onto the new copy when it is opened.
    for (const suffix of ['', '-wal', '-shm']) rmSync(destination + suffix, { force: true })
  }
  let pages = 0
  await db.backup(destination, {
    progress({ totalPages, remainingPages }) {
      pages = totalPages
      onProgress?.(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages)
      return 1000 // pages per step: small steps let the app's own queries run in between
    },
  })
  // SQLite reports before each step, so the last report is short of the end.
  onProgress?.(1)
  return { pages }
}

/**
 * SQLite's own structural check, then each FTS5 index against its content (an index can be
 * out of step with its table while the file itself is sound), then each raw page against its
 * sha256. Returns the problems: none is ok.
 */
export function checkDatabase(db: Db): string[] {
  const problems: string[] = []
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    for (const row of rows) if (row.integrity_check !== 'ok') problems.push(`integrity_check: ${row.integrity_check}`)
  } catch (err) {
    problems.push(`integrity_check: ${(err as Error).message}`)
  }
  let ftsTables: string[] = []
  try {
    ftsTables = (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[])
      .filter((r) => FTS5_TABLE.test(r.sql ?? '')).map((r) => r.name)
  } catch (err) {
    problems.push(`listing the full-text indexes: ${(err as Error).message}`)
  }
  // An empty or foreign file passes SQLite's check: it must also be a newsstand database.
  for (const table of SEARCH_INDEXES) if (!ftsTables.includes(table)) problems.push(`${table}: missing (not a newsstand database, or a damaged one)`)
  for (const table of ftsTables) {
    try {
      db.prepare(`INSERT INTO "${table}"("${table}") VALUES('integrity-check')`).run()
    } catch (err) {
      problems.push(`${table}: ${(err as Error).message}`)
    }
  }
  problems.push(...checkRawPages(db))
  return problems
}

/** Reported one by one up to this many; past it, a count (a damaged file can have thousands). */
const MAX_PAGE_PROBLEMS = 10

/**
 * Every raw page decodes and is the page its sha256 names: the records can only be re-derived
 * from pages that are still the bytes that were ingested. About 50 µs a page (decode and hash).
 */
function checkRawPages(db: Db): string[] {
  const problems: string[] = []
  let bad = 0
  try {
    for (const page of storedPages(db)) {
      let why: string | null = null
      try {
        const raw = unpackRaw(page.raw, page.raw_codec)
        if (createHash('sha256').update(raw).digest('hex') !== page.sha256) why = 'its bytes do not match its sha256'
      } catch (err) {
        why = `its bytes do not decode (${(err as Error).message})`
      }
      if (why !== null && ++bad <= MAX_PAGE_PROBLEMS) problems.push(`document ${page.id}: ${why}`)
    }
  } catch (err) {
    problems.push(`reading the raw pages: ${(err as Error).message}`)
  }
  if (bad > MAX_PAGE_PROBLEMS) problems.push(`documents: ${bad - MAX_PAGE_PROBLEMS} more pages that do not decode or match their sha256`)
  return problems
}

export interface OptimizeResult {
  /** Segments per full-text index, before and after. */
  before: Record<SearchIndex, number>
  after: Record<SearchIndex, number>
  seconds: number
}

/**
 * Merges each full-text index into one segment (see search-index.ts) and refreshes the query
 * planner's statistics (PRAGMA optimize). A first load does the merge by itself; row-by-row
 * writes add segments again, which FTS5 merges only in part.
 */
export function optimizeDatabase(db: Db): OptimizeResult {
  let index: ReturnType<typeof createSearchIndexRepository>
  try {
    index = createSearchIndexRepository(db)
  } catch (err) {
    if (/no such table/u.test((err as Error).message)) throw new MaintenanceError(`${db.name} is not a newsstand database (or an older one: run newsstand migrate)`)
    throw err
  }
  const before = index.segments()
  const t0 = performance.now()
  index.optimize()
  db.pragma('optimize')
  return { before, after: index.segments(), seconds: (performance.now() - t0) / 1000 }
}
