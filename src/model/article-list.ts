// How a list of articles is asked for and what one page of it holds: GET /articles parameters
// become an ArticleQuery (src/schemas/article-query.ts), the repository answers an ArticlePage
// (src/db/repositories/article-list.ts), the CLI prints one. Imports nothing of src but the model.
import type { ArticleSummary } from './articles.js'

export const FACET_NAMES = ['source', 'publisher', 'month', 'lang'] as const
export type FacetName = (typeof FACET_NAMES)[number]

/** Values per facet, most frequent first (ties by value); the rest are left out. */
export const FACET_SIZE = 20

export interface FacetValue {
  value: string
  count: number
  /** For sources and publishers: the record's id. */
  id?: number
}

export type Facets = Partial<Record<FacetName, FacetValue[]>>

/** What narrows a list of articles; every field is optional and they combine with AND. */
export interface ArticleFilters {
  /** Source names, matched as lookups are (case and spacing folded); any of them. */
  sources?: string[] | undefined
  publishers?: string[] | undefined
  /** ISO 639 codes as stored in `articles.lang`; any of them. */
  langs?: string[] | undefined
  /** The article's date (see migrations/005_article_keys.sql): at or after `since`, before `before`, ISO 8601 UTC. */
  since?: string | undefined
  before?: string | undefined
  hasTitle?: boolean | undefined
}

export type ArticleSort = 'relevance' | 'newest' | 'oldest'

/**
 * Where the previous page ended: the last row's sort key and id, so rows stored meanwhile never
 * shift a later page. A relevance walk also keeps the newest id when it began (`ceiling`: later
 * articles stay out of it) and the match count and scope its first page reported.
 */
export type ArticleCursor = DateCursor | RelevanceCursor
export type DateCursor = { sort: 'newest' | 'oldest'; date: string; id: number }
export type RelevanceCursor = {
  sort: 'relevance'; score: number; id: number; ceiling: number; matches: number; capped: boolean
  /** false: the walk lists its window newest first, unscored (see `informative`); absent means true. */
  scored?: boolean | undefined
  /** A capped walk: the lowest id of its window, where the older matches begin. */
  lowest?: number | undefined
  /** The walk is past its window, among the older matches (newest first): `id` is the last one listed. */
  older?: boolean | undefined
}

export interface ArticleQuery extends ArticleFilters {
  q?: string | undefined
  sort: ArticleSort
  limit: number
  /** A cursor of the same sort (the API checks). */
  after?: ArticleCursor | undefined
  facets?: readonly FacetName[] | undefined
  /** Put around each match in snippets, verbatim (DEFAULT_HIGHLIGHT when absent). */
  highlight?: { start: string; end: string } | undefined
}

/**
 * How much of the match set relevance ranking scored: all of it, only the newest matches, or none
 * (every term too common to tell articles apart: the newest matches come first).
 */
export interface Ranking {
  scope: 'all' | 'newest' | 'none'
  ranked: number
  matches: number
  /** `matches` is extrapolated (scope `newest` or `none`) rather than counted. */
  estimated: boolean
}

export interface ArticlePage {
  items: ArticleSummary[]
  next: ArticleCursor | null
  ranking?: Ranking
  facets?: Facets
}
