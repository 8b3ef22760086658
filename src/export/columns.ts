import type { ArticleSummary } from '../model/articles.js'
import type { Headline } from '../model/headlines.js'
import type { CsvLayout } from './csv.js'

// CSV has no nesting: each export flattens its JSON item (`source: {id, name}` becomes
// `source_id`, `source_name`) and names columns in snake_case. Empty fields are null values.
// New fields of an item appear in NDJSON at once and here only when added: CSV columns are a
// contract that spreadsheets and scripts rely on.

export const ARTICLES_CSV: CsvLayout<ArticleSummary> = {
  columns: [
    { name: 'id', value: (a) => a.id },
    { name: 'title', value: (a) => a.title },
    { name: 'lead', value: (a) => a.lead },
    { name: 'source_id', value: (a) => a.source?.id },
    { name: 'source_name', value: (a) => a.source?.name },
    { name: 'publisher_id', value: (a) => a.publisher?.id },
    { name: 'publisher_name', value: (a) => a.publisher?.name },
    { name: 'date', value: (a) => a.date },
    { name: 'date_basis', value: (a) => a.dateBasis },
    { name: 'lang', value: (a) => a.lang },
    // Only with `q`: HTML with the matches in <mark>.
    { name: 'snippet', value: (a) => a.snippet },
  ],
}

export const HEADLINES_CSV: CsvLayout<Headline> = {
  columns: [
    { name: 'id', value: (h) => h.id },
    { name: 'title', value: (h) => h.title },
    { name: 'published_at', value: (h) => h.publishedAt },
    { name: 'article_count', value: (h) => h.articleCount },
  ],
}
