import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { migrate } from '../db/migrate.js'
import { openDatabase, type Db } from '../db/open.js'
import { createArticlesRepository, type ArticlesOptions, type ArticlesRepository } from '../db/repositories/articles.js'
import { createHeadlinesRepository, type HeadlinesRepository } from '../db/repositories/headlines.js'
import { createSourcesRepository, type SourcesRepository } from '../db/repositories/sources.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    articles: ArticlesRepository
    sources: SourcesRepository
    headlines: HeadlinesRepository
  }
}

/**
 * Opens and migrates the database, exposes it with the repositories built on it (statements are
 * prepared once, here), and closes it with the app. Routes reach SQL only through repositories.
 */
export default fp(
  async function db(app: FastifyInstance, opts: { dbPath: string; articles?: ArticlesOptions }) {
    const db = openDatabase(opts.dbPath)
    app.addHook('onClose', async () => db.close())
    migrate(db)
    app.decorate('db', db)
    app.decorate('articles', createArticlesRepository(db, opts.articles))
    app.decorate('sources', createSourcesRepository(db))
    app.decorate('headlines', createHeadlinesRepository(db))
  },
  { name: 'db' },
)
