import { buildApp } from './app.js'
import type { Config } from './config.js'

/** How long a shutdown may take before the process gives up on it. */
const SHUTDOWN_TIMEOUT_MS = 10_000

/**
 * Builds the app and listens. On SIGINT or SIGTERM it stops accepting connections, lets
 * in-flight requests finish (see plugins/shutdown.ts), closes the database (through the app's
 * onClose hooks) and exits 0. If that hangs (a stuck request, a worker that will not stop), it
 * exits 1 after 10 s with a log line, so an orchestrator's restart is never blocked by us.
 */
export async function startServer(config: Config) {
  const app = await buildApp({
    dbPath: config.dbPath, logger: { level: config.logLevel }, readWorkers: config.readWorkers, queryBudgetMs: config.queryBudgetMs,
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
  // `on`, not `once`: a second signal (a supervisor repeating itself, tsx relaying one it also
  // sent to the group) must not find no listener, which ends the process with the drain unfinished.
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  await app.listen({ host: config.host, port: config.port })
  return app
}
