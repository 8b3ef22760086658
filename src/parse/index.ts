import { assemble } from './assemble.js'
import { classify } from './classify.js'
import { normalize } from './normalize.js'
import { splitGlued, splitLines } from './segment.js'
import type { ParsedPage } from './types.js'

export type { ParsedPage, RelatedHeadline, Section } from './types.js'

/**
 * Bumped whenever a change to the parser can change its output, so stored records can tell which
 * parser made them and `reparse` knows what is stale.
 */
export const PARSER_VERSION = 1

/** Text of one crawled page → its article, source, publisher, related headlines and boilerplate. */
export function parsePage(raw: string): ParsedPage {
  const { text, warnings } = normalize(raw)
  const segments = splitLines(text).flatMap(splitGlued).map(classify)
  return assemble(segments, warnings)
}
