// FTS5 wraps matches in these private-use characters; `toHtml` escapes everything else, so a
// snippet is safe to render as HTML whatever the page contained.
export const MATCH_START = '\uE000'
export const MATCH_END = '\uE001'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function snippetToHtml(snippet: string, open = '<mark>', close = '</mark>'): string {
  return snippet
    .replace(/[&<>"']/gu, (c) => ENTITIES[c] as string)
    .replaceAll(MATCH_START, open)
    .replaceAll(MATCH_END, close)
}
