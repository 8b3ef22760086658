import { DEFAULT_HIGHLIGHT } from '../model/defaults.js'

// FTS5 wraps matches in these private-use characters; `toHtml` escapes everything else, so a
// snippet is safe to render as HTML whatever the page contained.
export const MATCH_START = '\uE000'
export const MATCH_END = '\uE001'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes the snippet text and puts `open`/`close` around each match. The markers are the
 * caller's choice and go in verbatim, in one pass: a marker is never rewritten by a later
 * replacement, and the text around it is escaped all the same. FTS5 never nests its markers, so
 * a start inside a match or an end outside one came from the page itself: it is dropped, and
 * every `open` is followed by its `close`.
 */
export function snippetToHtml(snippet: string, open: string = DEFAULT_HIGHLIGHT.start, close: string = DEFAULT_HIGHLIGHT.end): string {
  let inMatch = false
  const html = snippet.replace(/[&<>"'\uE000\uE001]/gu, (c) => {
    if (c !== MATCH_START && c !== MATCH_END) return ENTITIES[c] as string
    if ((c === MATCH_START) === inMatch) return ''
    inMatch = !inMatch
    return inMatch ? open : close
  })
  return inMatch ? html + close : html
}
