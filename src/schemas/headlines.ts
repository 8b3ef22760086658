import { z } from 'zod'
import { MAX_PAGE_LIMIT } from '../model/defaults.js'
import { ArticleSummarySchema } from './articles.js'
import { cursorSchema, LimitSchema, pageSchema, searchQuerySchema } from './common.js'
import { FormatSchema } from './export.js'

/** A date or date-time → ISO 8601 UTC to the second, the form `published_at` is stored in. */
const utc = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/u, 'Z')
const DAY_MS = 86_400_000
const LAST_MS = Date.parse('9999-12-31T23:59:59Z')

const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })])

/** `since` and `until` of every headline query; `windowOf` turns them into a half-open window. */
const WindowShape = {
  since: instant
    .optional()
    .describe('Published at or after this date (`2017-08-28`) or time (`2017-08-28T16:00:00Z`)')
    .meta({ example: '2017-08-28' }),
  until: instant
    .optional()
    .describe('Published at or before this time, or on or before this date')
    .meta({ example: '2017-08-29' }),
}

function windowOf(query: { since?: string | undefined; until?: string | undefined }, ctx: z.RefinementCtx) {
  const sinceMs = query.since === undefined ? undefined : Date.parse(query.since)
  // `until` is inclusive: a whole day for a date, the whole second for a time.
  // Capped at the last second of year 9999: past it ISO strings gain a sign (`+010000-…`) and
  // no longer compare as text with the stored times.
  const beforeMs =
    query.until === undefined ? undefined : Math.min(Date.parse(query.until) + (query.until.length === 10 ? DAY_MS : 1000), LAST_MS)
  for (const [name, ms] of [['since', sinceMs], ['until', beforeMs]] as const) {
    if (ms !== undefined && !Number.isFinite(ms)) ctx.addIssue({ code: 'custom', path: [name], message: 'not a real date' })
  }
  const since = sinceMs === undefined || !Number.isFinite(sinceMs) ? undefined : utc(new Date(sinceMs))
  const before = beforeMs === undefined || !Number.isFinite(beforeMs) ? undefined : utc(new Date(beforeMs))
  if (since !== undefined && before !== undefined && since >= before) {
    ctx.addIssue({ code: 'custom', path: ['until'], message: 'until is before since' })
  }
  return { since, before }
}

const SORTS = ['newest', 'oldest', 'relevance'] as const

// Cursors issued before `sort` existed carry only publishedAt and id: they continue a newest-first listing.
const HeadlineCursorSchema = z.union([
  z.object({ sort: z.enum(['newest', 'oldest']), key: z.string(), id: z.number().int() }),
  z.object({ sort: z.literal('relevance'), key: z.number(), id: z.number().int() }),
  z.object({ publishedAt: z.string(), id: z.number().int() }).transform(({ publishedAt, id }) => ({ sort: 'newest' as const, key: publishedAt, id })),
])

export const HeadlinesQuerySchema = z
  .object({
    q: searchQuerySchema('headline titles', 'Baghdad blast OR bombing -southern'),
    sort: z
      .enum(SORTS)
      .default('newest')
      .describe('`newest` first (the default) or `oldest` first, undated headlines last in both; `relevance` (best match first) needs `q`')
      .meta({ example: 'newest' }),
    hasDate: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true'))
      .describe('`true`: only headlines with a time; `false`: only those without')
      .meta({ example: 'true' }),
    article: z.coerce
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .optional()
      .describe('Only headlines listed on this article (its id)')
      .meta({ example: 1 }),
    ...WindowShape,
    limit: LimitSchema,
    // The key of the last headline the example query finds (headline 5).
    cursor: cursorSchema(HeadlineCursorSchema, { sort: 'newest', key: '2017-08-28T16:38:00Z', id: 5 }).optional(),
    format: FormatSchema,
  })
  .transform((query, ctx) => {
    if (query.sort === 'relevance' && query.q === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'relevance needs q: there is nothing to rank without a search' })
    }
    if (query.cursor && query.cursor.sort !== query.sort) {
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: `this cursor continues a ${query.cursor.sort} listing, not ${query.sort}` })
    }
    return { ...query, ...windowOf(query, ctx) }
  })

export const TimelineQuerySchema = z
  .object({
    q: searchQuerySchema('headline titles (without it: every headline)', 'Baghdad'),
    interval: z
      .enum(['day', 'week', 'month'])
      .default('day')
      .describe('Bucket size, in UTC: `day` (labelled `2017-08-28`), `week` (ISO week from Monday, labelled by its Monday: `2017-08-28`) or `month` (`2017-08`)')
      .meta({ example: 'day' }),
    ...WindowShape,
  })
  .transform((query, ctx) => ({ ...query, ...windowOf(query, ctx) }))

export const HeadlineSchema = z
  .object({
    id: z.number().int().describe('Its id, as in `relatedHeadlines` of the articles that list it'),
    title: z.string().describe('As listed on the page'),
    publishedAt: z.string().nullable().describe('ISO 8601 UTC; null when the page gave no time'),
    articleCount: z.number().int().describe('How many stored pages list this headline'),
  })
  .meta({ id: 'Headline' })

export const HeadlinePageSchema = pageSchema(HeadlineSchema).meta({ id: 'HeadlinePage' })

export const HeadlineArticlesQuerySchema = z.object({
  limit: LimitSchema.describe(`Articles embedded, 1–${MAX_PAGE_LIMIT} (\`articleCount\` is the total)`).meta({ example: 20 }),
  cursor: cursorSchema(z.object({ id: z.number().int() }), { id: 1 }).optional().describe('The `articlesNext` value of the previous response'),
})

export const HeadlineWithArticlesSchema = HeadlineSchema.extend({
  articles: z.array(ArticleSummarySchema).describe('The pages that list it, newest first, at most `limit`'),
  articlesNext: z.string().nullable().describe('Pass as `cursor` for the next articles; null when these are the last'),
}).meta({ id: 'HeadlineWithArticles' })

export const TimelineSchema = z
  .object({
    interval: z.enum(['day', 'week', 'month']).describe('The bucket size asked for'),
    buckets: z
      .array(z.object({
        bucket: z.string().describe('`2017-08-28` (day; week: its Monday) or `2017-08` (month)'),
        count: z.number().int().describe('Matching headlines published in it'),
      }))
      .describe('Oldest first, every bucket from `since` (else the first match) to `until` (else the last), empty ones with count 0'),
    total: z.number().int().describe('Dated matches: the sum of the counts'),
    undated: z.number().int().describe('Matches without a time, in no bucket; since and until do not apply to them'),
  })
  .meta({ id: 'Timeline' })
