import { buildApp } from './app.js'
import type { Config } from './config.js'

/**
 * Builds the app and listens. On SIGINT or SIGTERM it stops accepting connections, lets
 * in-flight requests finish, closes the database (through the app's onClose hooks) and exits.
 */
export async function startServer(config: Config) {
  const app = await buildApp({
    dbPath: config.dbPath, logger: { level: config.logLevel }, readWorkers: config.readWorkers, queryBudgetMs: config.queryBudgetMs,
    apiKeys: config.apiKeys, maxBodyBytes: config.maxBodyBytes,
  })
  let closing = false
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  await app.listen({ host: config.host, port: config.port })
  return app
}
