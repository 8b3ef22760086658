import type { Db } from '../open.js'
import { createArticleExtrasRepository } from './article-extras.js'
import { createArticlesRepository, type ArticlesOptions } from './articles.js'
import { createHeadlineTimelineRepository } from './headline-timeline.js'
import { createHeadlinesRepository } from './headlines.js'
import { createSourcesRepository } from './sources.js'

/**
 * The read repositories the API serves from. The same set is built on the app's connection and
 * on each read worker's read-only connection, so a method answers the same wherever it runs.
 */
export interface ReadOptions {
  articles?: ArticlesOptions | undefined
}

export function createReadRepositories(db: Db, opts: ReadOptions = {}) {
  return {
    articles: createArticlesRepository(db, opts.articles),
    sources: createSourcesRepository(db),
    headlines: createHeadlinesRepository(db),
    headlineTimeline: createHeadlineTimelineRepository(db),
    articleExtras: createArticleExtrasRepository(db),
  }
}

export type ReadRepositories = ReturnType<typeof createReadRepositories>
