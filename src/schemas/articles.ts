import { z } from 'zod'
import { FACET_SIZE, type FacetName } from '../model/article-list.js'
import { DEFAULT_HIGHLIGHT } from '../model/defaults.js'
import { NamedRefSchema, pageSchema } from './common.js'

export { ArticlesQuerySchema } from './article-query.js'

const FieldSourceSchema = z.enum(['page', 'page, relative to the crawl time', 'url', 'metadata']).nullable()

const EvidenceSchema = z.object({
  line: z.number().int().min(1).describe('The line of the raw page (1-based) the field was read from: `/articles/{id}/raw` shows it'),
  confidence: z.number().min(0).max(1).describe("The fitted model's probability that this line holds the field; 0.5 when the rules chose alone"),
})

export const ArticleSummarySchema = z
  .object({
    id: z.number().int().describe('The id of the article, and of the page it came from'),
    title: z.string().nullable().describe("The page's own title; null when it has none"),
    lead: z.string().nullable().describe('The first paragraph'),
    source: NamedRefSchema.nullable(),
    publisher: NamedRefSchema.nullable(),
    date: z.string().describe("The article's date, ISO 8601 UTC: when it was published, else when its page was crawled, else when it was ingested"),
    dateBasis: z.enum(['published', 'crawled', 'ingested']).describe('Which of the three `date` is'),
    lang: z.string().nullable().describe('ISO 639-1 language code detected from the text'),
    snippet: z
      .string()
      .optional()
      .describe(`With \`q\`: the best-matching passage as HTML, each match between \`highlightStart\` and \`highlightEnd\` (default \`${DEFAULT_HIGHLIGHT.start}\`…\`${DEFAULT_HIGHLIGHT.end}\`); all other text is HTML-escaped`),
  })
  .meta({ id: 'ArticleSummary' })

const RankingSchema = z
  .object({
    scope: z.enum(['all', 'newest', 'none']).describe(
      '`all`: every match was ranked; `newest`: only the `ranked` most recently stored matches were (a word found in very many articles), ' +
        'and the pages after them list the older matches, most recently stored first; ' +
        '`none`: every word of the query is in more than half of the articles, where bm25 gives it no weight, so the matches come most recently stored first, unscored',
    ),
    ranked: z.number().int().describe('How many matches were ranked (0 with `scope` `none`)'),
    matches: z.number().int().describe('How many articles match: counted unless `estimated`'),
    estimated: z.boolean().describe('Whether `matches` is an estimate'),
  })
  .describe('With `sort=relevance`: how much of the match set was ranked; fixed for a walk through the pages by its first page')
  .meta({ id: 'Ranking' })

const FacetValueSchema = z
  .object({
    value: z.string().describe('A source or publisher name, a month (`2017-08`) or a language code'),
    count: z.number().int().describe('Articles with this value among all those selected (every page)'),
    id: z.number().int().optional().describe('For sources and publishers: the id (`/sources/{id}`)'),
  })
  .meta({ id: 'FacetValue' })

const facet = z.array(FacetValueSchema).optional()
const FacetsSchema = z
  .object({ source: facet, publisher: facet, month: facet, lang: facet } satisfies Record<FacetName, typeof facet>)
  .describe(`With \`facets\`: for each facet asked, its top ${FACET_SIZE} values, most frequent first, then by value`)
  .meta({ id: 'Facets' })

export const ArticlePageSchema = pageSchema(ArticleSummarySchema)
  .extend({ ranking: RankingSchema.optional(), facets: FacetsSchema.optional() })
  .meta({ id: 'ArticlePage' })

export const SectionSchema = z
  .object({
    heading: z.string().nullable().describe('The subhead that opens the section; null for the text before the first one'),
    paragraphs: z.array(z.string()).describe('In page order'),
  })
  .meta({ id: 'Section' })

export const ArticleSchema = ArticleSummarySchema.omit({ snippet: true })
  .extend({
    byline: z.string().nullable().describe('Who wrote it, from a `By …` line near the title'),
    publishedAt: z.string().nullable().describe('When it was published (ISO 8601 UTC), from a date near the title'),
    provenance: z
      .object({
        title: FieldSourceSchema,
        byline: FieldSourceSchema,
        publishedAt: FieldSourceSchema,
      })
      .describe('Where title, byline and publishedAt came from'),
    evidence: z
      .object({
        title: EvidenceSchema.nullable(),
        byline: EvidenceSchema.nullable(),
        publishedAt: EvidenceSchema.extend({
          local: z
            .string()
            .describe(
              'The date as the page gives it, ISO 8601: with the UTC offset of the zone the page names (`2017-01-18T23:00:00-08:00`), ' +
                'without an offset when it names none (`publishedAt` then reads that clock as UTC), the day alone when it gives no time',
            ),
        }).nullable(),
      })
      .describe('For each of title, byline and publishedAt read off the page: the line it was read from and how sure the parser was; null for a field not read off the page'),
    sha256: z.string().describe('SHA-256 of the raw page bytes'),
    url: z.string().nullable().describe('Where the page was crawled from, when the crawl said'),
    crawledAt: z.string().nullable().describe('When it was crawled (ISO 8601 UTC), when the crawl said'),
    ingestedAt: z.string().describe('When this page was stored (ISO 8601 UTC, to the millisecond)'),
    sections: z.array(SectionSchema).describe('The article text, in page order'),
    references: z.array(z.string()).describe('Wire-service codes found in the text'),
    relatedHeadlines: z
      .array(z.object({ id: z.number().int(), title: z.string(), publishedAt: z.string().nullable() }))
      .describe('Headlines the page lists, in page order (`/headlines/{id}`)'),
    versions: z
      .array(z.number().int())
      .describe('Ids of every stored version of this URL, oldest first (the last is current); empty when the page had no URL'),
    boilerplate: z.array(z.string()).describe('Page text that is not the article, in page order'),
    warnings: z.array(z.string()).describe('What looked wrong in the page but did not stop it being parsed, e.g. a weekday that does not match its date'),
  })
  .meta({ id: 'Article' })
