import type { ArticleSummary } from './articles.js'

// The summary columns and joins of articles.ts, for the repositories that list articles outside
// /articles (a headline's pages, similar articles); kept apart so those files stay independent.
export const SUMMARY_COLUMNS = `a.id, a.title, a.lead, s.id AS sourceId, s.name AS sourceName, p.id AS publisherId, p.name AS publisherName`
export const SUMMARY_JOINS = `LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN publishers p ON p.id = a.publisher_id`
/** Article `a` is the current version of its URL (no newer document has the same URL). */
export const IS_CURRENT = `NOT EXISTS (SELECT 1 FROM documents d JOIN documents newer ON newer.url = d.url AND newer.id > d.id WHERE d.id = a.id)`

export interface SummaryRow {
  id: number
  title: string | null
  lead: string | null
  sourceId: number | null
  sourceName: string | null
  publisherId: number | null
  publisherName: string | null
}

export function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    lead: r.lead,
    source: r.sourceId === null ? null : { id: r.sourceId, name: r.sourceName as string },
    publisher: r.publisherId === null ? null : { id: r.publisherId, name: r.publisherName as string },
  }
}
