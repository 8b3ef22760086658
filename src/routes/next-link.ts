/**
 * The RFC 8288 `Link` header of a page that has a next one: the same path and query with `cursor`
 * replaced, as an absolute path. The query is re-encoded, so nothing a client sent (a quote, `>`,
 * a line break in a highlight marker) can end the URI or the header early.
 */
export function nextLink(requestUrl: string, cursor: string): string {
  const [path = '/', query = ''] = requestUrl.split('?', 2)
  const params = new URLSearchParams(query)
  params.set('cursor', cursor)
  return `<${path}?${params.toString()}>; rel="next"`
}
