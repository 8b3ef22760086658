// What a headline is and how a list of them is asked for: GET /headlines parameters become a
// HeadlineQuery, the repository answers Headlines, exports write them as CSV. Imports nothing of
// src but the model.
import type { ArticleSummary } from './articles.js'

export interface Headline {
  id: number
  title: string
  publishedAt: string | null
  articleCount: number
}

export type HeadlineSort = 'newest' | 'oldest' | 'relevance'

/** Where the previous page ended: the last row's sort key and its id. */
export interface HeadlineCursor {
  sort: HeadlineSort
  key: string | number
  id: number
}

export interface HeadlineQuery {
  /** Required for `relevance`. */
  q?: string | undefined
  /** Inclusive lower and exclusive upper bound on `publishedAt`, ISO 8601 UTC. */
  since?: string | undefined
  before?: string | undefined
  /** true: only headlines with a time; false: only those without. */
  hasDate?: boolean | undefined
  /** Only headlines listed on this article. */
  article?: number | undefined
  sort: HeadlineSort
  limit: number
  after?: HeadlineCursor | undefined
}

export interface HeadlineWithArticles extends Headline {
  /** The newest pages that list it, at most the limit asked for; `articleCount` is the total. */
  articles: ArticleSummary[]
  /** The last article id of this page when more follow. */
  articlesAfter: number | null
}
