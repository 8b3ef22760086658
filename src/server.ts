import { setFlagsFromString } from 'node:v8'
import { buildApp } from './app.js'
import { type Config, SHUTDOWN_TIMEOUT_MS } from './config.js'


/**
 * After each full collection V8 lets the old generation grow to up to 4 times what survived
 * before collecting again. Under bench:load (parsing posted pages, copying read results) the
 * server's live heap stays near 32 MB, yet its heap grew from 64 to 103 MB in 50 s: garbage
 * waiting for a lazy collection, most of the RSS growth measured. Growing by at most half
 * the live size keeps the heap near 75 MB; the cost is more frequent, mostly concurrent, marking.
 * A process-wide flag, read at every collection, so setting it at start-up takes effect.
 */
const HEAP_GROWING_PERCENT = 50

/**
 * Builds the app and listens. On SIGINT or SIGTERM it stops accepting connections, lets
 * in-flight requests finish (see plugins/shutdown.ts), closes the database (through the app's
 * onClose hooks) and exits 0. If that hangs (a stuck request, a worker that will not stop), it
 * exits 1 after 10 s with a log line, so an orchestrator's restart is never blocked by us.
 */
export async function startServer(config: Config) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  const app = await buildApp({
    dbPath: config.dbPath, logger: { level: config.logLevel }, readWorkers: config.readWorkers, queryBudgetMs: config.queryBudgetMs,
    articles: { rankCap: config.rankCap },
    rateLimit: config.rateLimit, corsOrigins: config.corsOrigins, apiKeys: config.apiKeys, maxBodyBytes: config.maxBodyBytes,
  })
  let closing = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) {
      app.log.warn({ signal }, 'already shutting down')
      return
    }
    closing = true
    app.log.info({ signal }, 'shutting down')
    // unref: a clean close must not wait for this timer.
    setTimeout(() => {
      app.log.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'shutdown did not finish in time; exiting')
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS).unref()
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  // `on`, not `once`: a second signal must not find no listener, which ends the process with the
  // drain unfinished. A cluster worker gets a group signal (Ctrl-C, kill -- -PGID) twice, from the
  // group and forwarded by the primary; a supervisor may repeat itself.
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  try {
    await app.listen({ host: config.host, port: config.port })
  } catch (err) {
    // The read threads would keep a process that cannot listen (port in use) alive for ever.
    process.off('SIGINT', shutdown)
    process.off('SIGTERM', shutdown)
    await app.close()
    throw err
  }
  return app
}
