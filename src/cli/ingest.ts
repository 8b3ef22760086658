import { stat } from 'node:fs/promises'
import type { Db } from '../db/open.js'
import { createDocumentsRepository } from '../db/repositories/documents.js'
import { createRawPagesRepository } from '../db/repositories/raw-pages.js'
import { createLegacySectionsRepository } from '../db/repositories/legacy-sections.js'
import { ingestPaths, type IngestOptions, type IngestSummary } from '../ingest/index.js'
import { terminalProgress } from '../ingest/progress.js'
import { PARSER_VERSION } from '../parse/index.js'
import { withDatabase } from './database.js'

/** `ingest` and `serve --ingest`: into a migrated database, with progress on a terminal. */
export function ingestInto(path: string, inputs: string[], opts: Pick<IngestOptions, 'format' | 'workers' | 'maxPageBytes'> = {}): Promise<IngestSummary> {
  return withDatabase(path, async (db) => {
    warnIfStale(db)
    const progress = terminalProgress(process.stderr, await knownSize(inputs))
    const summary = await ingestPaths(db, inputs, { ...opts, onProgress: progress.onProgress })
    progress.done()
    return summary
  })
}

/**
 * Records made by an older parser, and raw pages stored before they were compressed, are still
 * served as they are: say so, and what to run. Start-up never converts them itself: on a large
 * database that takes minutes, and a server must not hold its start for it unasked.
 */
export function warnIfStale(db: Db): void {
  const stale = createDocumentsRepository(db).countStale(PARSER_VERSION)
  if (stale > 0) console.error(`newsstand: ${stale} stored pages were parsed by an older parser; run "npm run cli -- reparse" to update their records`)
  const uncompressed = createRawPagesRepository(db).remaining()
  if (uncompressed > 0) console.error(`newsstand: ${uncompressed} raw pages are stored uncompressed; run "npm run cli -- compact" to store them in about half the space`)
  const legacy = createLegacySectionsRepository(db).remaining()
  if (legacy > 0) console.error(`newsstand: ${legacy} articles store their sections in full; run "npm run cli -- compact" to store their shape alone`)
}

/** The total size of the inputs when it is known up front (plain files only), for the ETA. */
async function knownSize(inputs: string[]): Promise<number | undefined> {
  let total = 0
  for (const input of inputs) {
    if (input === '-' || input.endsWith('.gz')) return undefined
    const info = await stat(input).catch(() => null)
    if (!info?.isFile()) return undefined
    total += info.size
  }
  return total
}
