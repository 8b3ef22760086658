import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import type { ArticlesOptions } from './db/repositories/articles.js'
import { DEFAULT_MAX_BODY_MB, DEFAULT_MAX_PAGE_BYTES, DEFAULT_QUERY_BUDGET_MS } from './model/defaults.js'
import authPlugin from './plugins/auth.js'
import compressionPlugin from './plugins/compression.js'
import corsPlugin from './plugins/cors.js'
import dbPlugin from './plugins/db.js'
import { PROBLEM_CONTENT_TYPE, problem } from './schemas/problem.js'
import errorsPlugin from './plugins/errors.js'
import httpCachePlugin from './plugins/http-cache.js'
import metricsPlugin from './plugins/metrics.js'
import rateLimitPlugin from './plugins/rate-limit.js'
import requestIdPlugin, { REQUEST_ID_HEADER, requestId } from './plugins/request-id.js'
import securityHeadersPlugin from './plugins/security-headers.js'
import shutdownPlugin from './plugins/shutdown.js'
import docsPlugin from './plugins/swagger.js'
import writesPlugin from './plugins/writes.js'
import articleExtraRoutes from './routes/article-extras.js'
import articleRoutes from './routes/articles.js'
import documentRoutes from './routes/documents.js'
import headlineRoutes from './routes/headlines.js'
import healthRoutes from './routes/health.js'
import metricsRoutes from './routes/metrics.js'
import sourceRoutes from './routes/sources.js'

export interface AppOptions {
  /** SQLite file, or `:memory:` (tests). It is created and migrated if needed. */
  dbPath: string
  logger?: FastifyServerOptions['logger']
  /** Threads running read queries off the event loop (0, the default, runs them inline). */
  readWorkers?: number
  /** Time budget of one read query in ms, after which it is answered with a 503; DEFAULT_QUERY_BUDGET_MS by default. */
  queryBudgetMs?: number
  /** Tuning of article search; tests lower the ranking cap to reach the capped path with a few pages. */
  articles?: ArticlesOptions
  /** Requests per minute per client IP (the server passes NEWSSTAND_RATE_LIMIT); absent or 0: no limit. */
  rateLimit?: number
  /** Origins allowed cross-origin reads (NEWSSTAND_CORS_ORIGINS); absent or empty: no CORS. */
  corsOrigins?: string[]
  /** Keys that may write (POST/DELETE /documents); none, the default, turns writing off. */
  apiKeys?: readonly string[]
  /** The largest request body in bytes; DEFAULT_MAX_BODY_MB by default. */
  maxBodyBytes?: number
}

/** The whole HTTP app; the server, the CLI, the OpenAPI script and the tests all build it here. */
export async function buildApp(opts: AppOptions) {
  const app = Fastify({
    logger: opts.logger ?? false,
    // The client's X-Request-Id when sane, else a UUID: it is on every log line (reqId) and answer.
    genReqId: requestId,
    // Query strings and paths are user input: bound them before any handler sees them.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // While closing, the shutdown plugin refuses new requests itself, in the one problem shape.
    return503OnClosing: false,
    // The router answers a malformed URL and an over-long path parameter before any plugin runs;
    // they leave in the one problem shape too (found by the HTTP fuzz test).
    frameworkErrors: (err, req, reply: FastifyReply) => {
      const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      const status = tooLong ? 414 : 400
      const detail = tooLong ? 'A path parameter is longer than 200 characters.' : 'The URL is not valid percent-encoding; encode reserved characters and non-ASCII text as UTF-8.'
      void reply.code(status).header(REQUEST_ID_HEADER, req.id).type(PROBLEM_CONTENT_TYPE).send(problem(status, detail))
    },
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)

  await app.register(errorsPlugin)
  // First, so that every answer, even a 429 or a 404, carries its id and is timed.
  await app.register(requestIdPlugin)
  await app.register(metricsPlugin, { dbPath: opts.dbPath })
  await app.register(shutdownPlugin)
  // Before every route, the docs' included: headers on all answers, budgets before any work.
  await app.register(securityHeadersPlugin)
  await app.register(corsPlugin, { origins: opts.corsOrigins ?? [] })
  await app.register(rateLimitPlugin, { perMinute: opts.rateLimit ?? 0 })
  await app.register(dbPlugin, {
    dbPath: opts.dbPath, readWorkers: opts.readWorkers ?? 0, queryBudgetMs: opts.queryBudgetMs ?? DEFAULT_QUERY_BUDGET_MS, articles: opts.articles,
    observeRead: app.metrics.observeRead,
  })
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
  await app.register(metricsRoutes)
  await app.register(documentRoutes, { maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_MB * 1024 * 1024, maxPageBytes: DEFAULT_MAX_PAGE_BYTES })
  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
