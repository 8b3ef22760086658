import Fastify, { type FastifyServerOptions } from 'fastify'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import { DEFAULT_MAX_PAGE_BYTES } from './ingest/read-pages.js'
import authPlugin from './plugins/auth.js'
import compressionPlugin from './plugins/compression.js'
import dbPlugin from './plugins/db.js'
import errorsPlugin from './plugins/errors.js'
import httpCachePlugin from './plugins/http-cache.js'
import docsPlugin from './plugins/swagger.js'
import writesPlugin from './plugins/writes.js'
import articleExtraRoutes from './routes/article-extras.js'
import articleRoutes from './routes/articles.js'
import documentRoutes from './routes/documents.js'
import headlineRoutes from './routes/headlines.js'
import healthRoutes from './routes/health.js'
import sourceRoutes from './routes/sources.js'

export interface AppOptions {
  /** SQLite file, or `:memory:` (tests). It is created and migrated if needed. */
  dbPath: string
  logger?: FastifyServerOptions['logger']
  /** Threads running read queries off the event loop (0, the default, runs them inline). */
  readWorkers?: number
  /** Time budget of one read query in ms, after which it is answered with a 503. */
  queryBudgetMs?: number
  /** Keys that may write (POST/DELETE /documents); none, the default, turns writing off. */
  apiKeys?: readonly string[]
  /** The largest request body in bytes; 16 MiB by default. */
  maxBodyBytes?: number
}

/** The whole HTTP app; the server, the CLI, the OpenAPI script and the tests all build it here. */
export async function buildApp(opts: AppOptions) {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Query strings and paths are user input: bound them before any handler sees them.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  await app.register(errorsPlugin)
  await app.register(dbPlugin, { dbPath: opts.dbPath, readWorkers: opts.readWorkers ?? 0, queryBudgetMs: opts.queryBudgetMs ?? 1000 })
  await app.register(docsPlugin)
  await app.register(authPlugin, { apiKeys: opts.apiKeys ?? [] })
  await app.register(writesPlugin, { maxPageBytes: DEFAULT_MAX_PAGE_BYTES })
  // Validators and Cache-Control hook into every request; compression only into the routes
  // registered after it, so the docs' assets stay as @fastify/static serves them.
  await app.register(httpCachePlugin)
  await app.register(compressionPlugin)
  await app.register(articleRoutes)
  await app.register(articleExtraRoutes)
  await app.register(sourceRoutes)
  await app.register(headlineRoutes)
  await app.register(healthRoutes)
  await app.register(documentRoutes, { maxBodyBytes: opts.maxBodyBytes ?? 16 * 1024 * 1024, maxPageBytes: DEFAULT_MAX_PAGE_BYTES })
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
