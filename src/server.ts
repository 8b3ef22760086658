import { buildApp } from './app.js'
import type { Config } from './config.js'

/** How long a shutdown may take before the process gives up on it. */
export const SHUTDOWN_TIMEOUT_MS = 10_000

/**
 * Builds the app and listens. On SIGINT or SIGTERM it stops accepting connections, lets
 * in-flight requests finish, closes the database (through the app's onClose hooks) and exits 0.
 * If that hangs (a stuck request, a worker that will not stop), it exits 1 after 10 s with a log
 * line, so an orchestrator's restart is never blocked by us.
 */
export async function startServer(config: Config) {
  const app = await buildApp({
    dbPath: config.dbPath, logger: { level: config.logLevel }, readWorkers: config.readWorkers, queryBudgetMs: config.queryBudgetMs,
    rateLimit: config.rateLimit, corsOrigins: config.corsOrigins, apiKeys: config.apiKeys, maxBodyBytes: config.maxBodyBytes,
  })
  let closing = false
  // A request still running at shutdown is answered, but its keep-alive connection would then sit
  // idle and hold close() open until the 10 s limit (seen with a SIGTERM during a batch POST):
  // once closing, every answer asks the client to close the connection after it.
  app.addHook('onSend', async (_req, reply) => {
    if (closing) reply.header('connection', 'close')
  })
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return
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
  // on, not once: a cluster worker gets a signal sent to the process group (Ctrl-C, kill -- -PGID)
  // twice, from the group and forwarded by the primary; the second must not kill it mid-shutdown.
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
