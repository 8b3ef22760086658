import cluster from 'node:cluster'
import { runPrimary } from '../cluster/primary.js'
import { runWorker } from '../cluster/worker.js'
import { loadConfig } from '../config.js'
import { isInMemory } from '../db/open.js'
import { formatSummary } from '../ingest/index.js'
import { startServer } from '../server.js'
import { withDatabase } from './database.js'
import { ingestInto, warnIfStale } from './ingest.js'
import { UsageError } from './usage-error.js'

export interface ServeArgs {
  dbPath: string
  /** Paths to ingest before serving (--ingest). */
  ingest: string[]
  /** Server processes (--workers), else NEWSSTAND_WORKERS. */
  workers: number | undefined
}

/**
 * `newsstand serve`: migrate (and ingest) once, in this process, then serve here or from a
 * cluster of processes. A cluster's workers run this too (they are forked with the same
 * arguments) and go straight to serving.
 */
export async function runServe(args: ServeArgs): Promise<number> {
  const config = { ...loadConfig(process.env, { workers: args.workers }), dbPath: args.dbPath }
  // A worker of the cluster: the primary below has migrated and ingested already.
  if (cluster.isWorker) return runWorker(config)
  if (config.workers > 1 && isInMemory(config.dbPath)) {
    throw new UsageError('an in-memory database cannot be shared by several processes: use --workers 1')
  }
  if (args.ingest.length > 0) console.error(formatSummary(await ingestInto(config.dbPath, args.ingest)))
  else withDatabase(config.dbPath, warnIfStale)
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  const serving = (port: number, by: string) => console.error(`newsstand is serving ${config.dbPath} on http://${host}:${port}${by} (API docs: /docs)`)
  if (config.workers > 1) {
    return runPrimary({ workers: config.workers, onReady: (port, pids) => serving(port, ` with ${pids.length} workers, pids ${pids.join(' ')}`) })
  }
  const app = await startServer(config)
  // The port bound, not the one asked for: PORT=0 picks a free one (tests, side-by-side runs).
  const address = app.server.address()
  serving(typeof address === 'object' && address !== null ? address.port : config.port, '')
  return new Promise<number>(() => {}) // runs until a signal ends the process
}
