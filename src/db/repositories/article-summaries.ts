import type { ArticleSummary, DateBasis } from '../../model/articles.js'
import type { Db } from '../open.js'
import { MATCH_END, MATCH_START, snippetToHtml } from '../snippet.js'

export interface SummaryRow {
  id: number
  title: string | null
  lead: string | null
  sourceId: number | null
  sourceName: string | null
  publisherId: number | null
  publisherName: string | null
  date: string
  dateBasis: DateBasis
  lang: string | null
}

// Source, publisher and date come from the narrow keys row: in `articles` they sit after the page text.
export const SUMMARY_COLUMNS = `a.id, a.title, a.lead, s.id AS sourceId, s.name AS sourceName, p.id AS publisherId, p.name AS publisherName,
  k.date, k.date_basis AS dateBasis, k.lang`
export const SUMMARY_JOINS = `JOIN article_keys k ON k.id = a.id
  LEFT JOIN sources s ON s.id = k.source_id LEFT JOIN publishers p ON p.id = k.publisher_id`

export function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    lead: r.lead,
    source: r.sourceId === null ? null : { id: r.sourceId, name: r.sourceName as string },
    publisher: r.publisherId === null ? null : { id: r.publisherId, name: r.publisherName as string },
    date: r.date,
    dateBasis: r.dateBasis,
    lang: r.lang,
  }
}

/** The summaries of a page of articles, in the page's order, with snippets when searching. */
export function createSummaryReader(db: Db) {
  const byIds = db.prepare<[string], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM json_each(?) j JOIN articles a ON a.id = j.value ${SUMMARY_JOINS} ORDER BY j.key`,
  )
  // Run for the rows of a page only: snippet() in the ranking query would run for every match.
  // FTS5 looks each id up on its own, cheap for words and phrases; a prefix term is expanded
  // again on every lookup (5 ms each for `elect*` on 100,000 pages), so with one the matches
  // between the page's lowest and highest id are read in one pass instead (`+` keeps the id
  // list from becoming lookups).
  const SNIPPET = `SELECT rowid AS id, snippet(articles_fts, -1, '${MATCH_START}', '${MATCH_END}', '…', 24) AS snippet FROM articles_fts`
  const byLookup = db.prepare<{ match: string; ids: string }, { id: number; snippet: string }>(
    `${SNIPPET} WHERE articles_fts MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))`,
  )
  const byScan = db.prepare<{ match: string; ids: string }, { id: number; snippet: string }>(
    `${SNIPPET} WHERE articles_fts MATCH @match AND +rowid IN (SELECT value FROM json_each(@ids))
       AND rowid BETWEEN (SELECT min(value) FROM json_each(@ids)) AND (SELECT max(value) FROM json_each(@ids))`,
  )
  return (ids: readonly number[], search?: { match: string; prefix: boolean; start: string; end: string }): ArticleSummary[] => {
    const json = JSON.stringify(ids)
    const items = byIds.all(json).map(toSummary)
    if (!search) return items
    const found = new Map((search.prefix ? byScan : byLookup).all({ match: search.match, ids: json }).map((r) => [r.id, r.snippet]))
    return items.map((item) => ({ ...item, snippet: snippetToHtml(found.get(item.id) ?? '', search.start, search.end) }))
  }
}
