import { z } from 'zod'
import { ArticleSummarySchema } from './articles.js'
import { RAW_EXAMPLE } from './examples.js'

export const SimilarQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('How many similar articles, 1–50').meta({ example: 10 }),
})

export const SimilarSchema = z
  .object({
    terms: z
      .array(z.string())
      .describe("The article's most distinctive words (by tf·idf) that the search used, most distinctive first; empty when none is shared with another article"),
    items: z.array(ArticleSummarySchema).describe('Current articles sharing those words, best match first; never the article itself or another version of its URL'),
  })
  .meta({ id: 'SimilarArticles' })

/** The raw page as documented; it is sent labelled `charset=utf-8`, which almost every page is. */
export const rawResponse = {
  description:
    'The page exactly as ingested, byte for byte, as `text/plain; charset=utf-8`. A page that was not valid UTF-8 is still sent as stored (its article says so in `warnings`).',
  content: { 'text/plain': { schema: z.string().describe('The stored bytes'), example: RAW_EXAMPLE } },
}
