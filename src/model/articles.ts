// What an article is: a summary in lists and exports, the whole record by id. The parser writes
// the fields that come from the page (provenance, evidence, sections), the repositories read them
// back and the API serves them, so all three speak these types. Imports nothing of src, so every
// layer can use it; src/schemas/articles.ts is the same shape as the API documents it.

export interface NamedRef {
  id: number
  name: string
}

export type DateBasis = 'published' | 'crawled' | 'ingested'

export interface ArticleSummary {
  id: number
  title: string | null
  lead: string | null
  source: NamedRef | null
  publisher: NamedRef | null
  /** The article's date: published, else crawled, else ingested (`dateBasis` says which), ISO 8601 UTC. */
  date: string
  dateBasis: DateBasis
  lang: string | null
  snippet?: string
}

/** `url`: the day the page's URL was filed under (`/2023/12/19/…`), at 00:00 UTC. */
export type FieldSource = 'page' | 'page, relative to the crawl time' | 'url' | 'metadata'

export interface Provenance {
  title: FieldSource | null
  byline: FieldSource | null
  publishedAt: FieldSource | null
}

export interface Evidence {
  /** 1-based line of the page (after line endings are made uniform). */
  line: number
  /** The choosing model's probability that this is the field; 0.5 when the rules chose alone. */
  confidence: number
}

export interface DateEvidence extends Evidence {
  /**
   * The date as the page gives it, in ISO 8601: with the UTC offset of the zone the page names,
   * without an offset when it names none, the day alone when it gives no time (`publishedAt` is
   * the same moment in UTC, taking a time without a zone as UTC).
   */
  local: string
}

/** For each field read off the page: its line, and the fitted model's confidence (0–1). */
export interface FieldEvidence {
  title: Evidence | null
  byline: Evidence | null
  publishedAt: DateEvidence | null
}

export interface Section {
  heading: string | null
  paragraphs: string[]
}

export interface Article extends Omit<ArticleSummary, 'snippet'> {
  byline: string | null
  publishedAt: string | null
  provenance: Provenance
  evidence: FieldEvidence
  sha256: string
  url: string | null
  crawledAt: string | null
  ingestedAt: string
  sections: Section[]
  references: string[]
  relatedHeadlines: { id: number; title: string; publishedAt: string | null }[]
  /** Ids of every stored version of this article's URL, oldest first; empty without a URL. */
  versions: number[]
  boilerplate: string[]
  warnings: string[]
}
