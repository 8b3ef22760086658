import { analyse } from './analyse.js'
import { assemble } from './assemble.js'
import { DEFAULT_MODEL, type ParserModel } from './model/index.js'
import type { ParsedPage } from './types.js'

export type { ParsedPage, RelatedHeadline } from './types.js'

/**
 * Bumped whenever a change to the parser can change its output, so stored records can tell which
 * parser made them and `reparse` knows what is stale.
 */
export const PARSER_VERSION = 5

export interface ParseOptions {
  /** When the page was crawled (ISO 8601): resolves relative dates such as `Updated 2 hours ago`. */
  crawledAt?: string | null | undefined
  /** Where the page was crawled from: its path may carry the day and the headline's words. */
  url?: string | null | undefined
  /** The learned weights to decide with; the committed fit by default (the eval passes refits). */
  model?: ParserModel | undefined
}

/** Text of one crawled page → its article, source, publisher, related headlines and boilerplate. */
export function parsePage(raw: string, opts: ParseOptions = {}): ParsedPage {
  const crawledAt = opts.crawledAt ? Date.parse(opts.crawledAt) : Number.NaN
  return assemble(analyse(raw, Number.isNaN(crawledAt) ? undefined : crawledAt, opts.url), opts.model ?? DEFAULT_MODEL)
}
