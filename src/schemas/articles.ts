import { z } from 'zod'
import { cursorSchema, LimitSchema, NamedRefSchema, pageSchema, searchQuerySchema } from './common.js'
import { FormatSchema } from './export.js'

const ArticleCursorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('list'), id: z.number().int() }),
  z.object({ kind: z.literal('search'), score: z.number(), id: z.number().int() }),
])

const FieldSourceSchema = z.enum(['page', 'page, relative to the crawl time', 'metadata']).nullable()

export const ArticlesQuerySchema = z.object({
  q: searchQuerySchema('title, lead and body', '"Islamic State" Baghdadi OR caliph* -Aleppo'),
  source: z.string().trim().min(1).max(200).optional().describe('Only articles from this source (its name, case-insensitive)'),
  limit: LimitSchema,
  cursor: cursorSchema(ArticleCursorSchema).optional(),
  format: FormatSchema,
})

export const ArticleSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string().nullable().describe("The page's own title; null when it has none"),
    lead: z.string().nullable().describe('The first paragraph'),
    source: NamedRefSchema.nullable(),
    publisher: NamedRefSchema.nullable(),
    snippet: z
      .string()
      .optional()
      .describe('With `q`: HTML with the matching words in `<mark>`; all other text is HTML-escaped'),
  })
  .meta({ id: 'ArticleSummary' })

export const ArticlePageSchema = pageSchema(ArticleSummarySchema).meta({ id: 'ArticlePage' })

export const SectionSchema = z
  .object({ heading: z.string().nullable(), paragraphs: z.array(z.string()) })
  .meta({ id: 'Section' })

export const ArticleSchema = ArticleSummarySchema.omit({ snippet: true })
  .extend({
    byline: z.string().nullable().describe('Who wrote it, from a `By …` line near the title'),
    publishedAt: z.string().nullable().describe('When it was published (ISO 8601 UTC), from a date near the title'),
    lang: z.string().nullable().describe('ISO 639-1 language code detected from the text'),
    provenance: z
      .object({
        title: FieldSourceSchema,
        byline: FieldSourceSchema,
        publishedAt: FieldSourceSchema,
      })
      .describe('Where title, byline and publishedAt came from'),
    sha256: z.string().describe('SHA-256 of the raw page bytes'),
    url: z.string().nullable(),
    crawledAt: z.string().nullable(),
    ingestedAt: z.string(),
    sections: z.array(SectionSchema),
    references: z.array(z.string()).describe('Wire-service codes found in the text'),
    relatedHeadlines: z.array(
      z.object({ id: z.number().int(), title: z.string(), publishedAt: z.string().nullable() }),
    ),
    versions: z
      .array(z.number().int())
      .describe('Ids of every stored version of this URL, oldest first (the last is current); empty when the page had no URL'),
    boilerplate: z.array(z.string()).describe('Page text that is not the article, in page order'),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'Article' })
