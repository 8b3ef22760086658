import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { migrate } from '../db/migrate.js'
import { openDatabase, type Db } from '../db/open.js'
import { createArticlesRepository, type ArticlesRepository } from '../db/repositories/articles.js'
import { createDataVersionRepository, type DataVersionRepository } from '../db/repositories/data-version.js'
import { createHeadlinesRepository, type HeadlinesRepository } from '../db/repositories/headlines.js'
import { createSourcesRepository, type SourcesRepository } from '../db/repositories/sources.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    articles: ArticlesRepository
    sources: SourcesRepository
    headlines: HeadlinesRepository
    dataVersion: DataVersionRepository
  }
}

/**
 * Opens and migrates the database, exposes it with the repositories built on it (statements are
 * prepared once, here), and closes it with the app. Routes reach SQL only through repositories.
 */
export default fp(
  async function db(app: FastifyInstance, opts: { dbPath: string }) {
    const db = openDatabase(opts.dbPath)
    app.addHook('onClose', async () => db.close())
    migrate(db)
    app.decorate('db', db)
    app.decorate('articles', createArticlesRepository(db))
    app.decorate('sources', createSourcesRepository(db))
    app.decorate('headlines', createHeadlinesRepository(db))
    app.decorate('dataVersion', createDataVersionRepository(db))
  },
  { name: 'db' },
)
