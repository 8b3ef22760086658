import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { migrate } from '../db/migrate.js'
import { isInMemory, openDatabase, type Db } from '../db/open.js'
import { readFacade, type Reads, type ReadTiming } from '../db/reads/facade.js'
import { ReadPool } from '../db/reads/pool.js'
import type { ArticlesOptions } from '../db/repositories/articles.js'
import { createDataVersionRepository, type DataVersionRepository } from '../db/repositories/data-version.js'
import { createReadRepositories, type ReadRepositories } from '../db/repositories/index.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    articles: Reads<ReadRepositories['articles']>
    sources: Reads<ReadRepositories['sources']>
    headlines: Reads<ReadRepositories['headlines']>
    headlineTimeline: Reads<ReadRepositories['headlineTimeline']>
    articleExtras: Reads<ReadRepositories['articleExtras']>
    /** Read on the main connection before each cacheable request: one settings row, synchronous. */
    dataVersion: DataVersionRepository
  }
}

export interface DbPluginOptions {
  dbPath: string
  /** Threads that run read queries off the event loop; 0 runs them inline. */
  readWorkers: number
  /** How long a read may take, queueing included, before it is answered with a 503. */
  queryBudgetMs: number
  /** Tuning of article search, passed to every connection's repository alike. */
  articles?: ArticlesOptions | undefined
  /** Told how long each read took (the metrics' query-time histogram). */
  observeRead?: ((timing: ReadTiming) => void) | undefined
}

/**
 * Opens and migrates the database and exposes the read repositories (statements are prepared
 * once per connection). Reads run on a pool of worker threads with read-only connections, so a
 * slow search cannot stall other requests; routes reach SQL only through these repositories.
 */
export default fp(
  async function db(app: FastifyInstance, opts: DbPluginOptions) {
    const db = openDatabase(opts.dbPath)
    app.addHook('onClose', async () => db.close())
    migrate(db)
    app.decorate('db', db)
    // Workers open the file by name: an in-memory database exists only on this connection.
    const pool = opts.readWorkers > 0 && !isInMemory(opts.dbPath)
      ? new ReadPool({ dbPath: opts.dbPath, size: opts.readWorkers, budgetMs: opts.queryBudgetMs, options: { articles: opts.articles } })
      : null
    if (pool) {
      app.addHook('onClose', async () => pool.close())
      try {
        await pool.ready()
      } catch (err) {
        await pool.close()
        throw err
      }
    }
    const repos = createReadRepositories(db, { articles: opts.articles })
    const observe = opts.observeRead
    app.decorate('articles', readFacade('articles', repos.articles, pool, ['getJson', 'count'], observe))
    app.decorate('sources', readFacade('sources', repos.sources, pool, ['get'], observe))
    app.decorate('headlines', readFacade('headlines', repos.headlines, pool, [], observe))
    app.decorate('headlineTimeline', readFacade('headlineTimeline', repos.headlineTimeline, pool, [], observe))
    // A raw page is one row by primary key: bounded, and its bytes need no trip between threads.
    app.decorate('articleExtras', readFacade('articleExtras', repos.articleExtras, pool, ['raw'], observe))
    app.decorate('dataVersion', createDataVersionRepository(db))
  },
  { name: 'db' },
)
