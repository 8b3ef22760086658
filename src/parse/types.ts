import type { FieldEvidence, Provenance, Section } from '../model/articles.js'

/** The parse of one crawled page: the JSON contract of `newsstand parse` and the input of loading. */
export interface ParsedPage {
  /** The page's own title line; null when the page has none (never invented). */
  title: string | null
  /** Who wrote it, from a `By …` line near the title. */
  byline: string | null
  /** When it was published, ISO 8601 UTC, from a date near the title. */
  publishedAt: string | null
  /** ISO 639-1 code of the page's language, null when it cannot be told. */
  lang: string | null
  /** Where title, byline and publishedAt came from; ingest adds 'metadata' for JSONL fields. */
  provenance: Provenance
  /** For each field read off the page: its line, and the fitted model's confidence (0–1). */
  evidence: FieldEvidence
  sections: Section[]
  /** Wire-service codes such as `L5N1GD7JK`, removed from the paragraph text they ended. */
  references: string[]
  /** Who the article is attributed to (`Source: Ahram online`). */
  source: { name: string } | null
  /** The copyright holder named in the footer. */
  publisher: { name: string } | null
  relatedHeadlines: RelatedHeadline[]
  /** Everything that is not the article or its metadata, kept in page order. */
  boilerplate: string[]
  warnings: string[]
}

export interface RelatedHeadline {
  title: string
  /** ISO 8601 in UTC (`2017-08-29T15:47:00Z`), null when the page gave no usable time. */
  publishedAt: string | null
}

/** A piece of one page line: lines are split where crawl text glued blocks together. */
export interface Segment {
  /** 1-based line number in the normalized page, for warnings. */
  line: number
  text: string
}

export type Classified =
  | (Segment & { kind: 'text' })
  | (Segment & { kind: 'timestamp'; iso: string | null; warnings: string[] })
  | (Segment & { kind: 'attribution'; source: string; keepText: boolean })
  | (Segment & { kind: 'footer'; publisher: string | null })
  | (Segment & { kind: 'prompt' })
