import { z } from 'zod'
import { cursorSchema, LimitSchema, pageSchema, searchQuerySchema } from './common.js'
import { FormatSchema } from './export.js'

/** A date or date-time → ISO 8601 UTC to the second, the form `published_at` is stored in. */
const utc = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/u, 'Z')
const DAY_MS = 86_400_000

const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })])

export const HeadlinesQuerySchema = z
  .object({
    q: searchQuerySchema('headline titles', 'Baghdad blast OR bombing -southern'),
    since: instant.optional().describe('Published at or after this date (`2017-08-28`) or time (`2017-08-28T16:00:00Z`)'),
    until: instant.optional().describe('Published at or before this time, or on or before this date'),
    limit: LimitSchema,
    cursor: cursorSchema(z.object({ publishedAt: z.string(), id: z.number().int() })).optional(),
    format: FormatSchema,
  })
  .transform((query, ctx) => {
    const sinceMs = query.since === undefined ? undefined : Date.parse(query.since)
    // `until` is inclusive: a whole day for a date, the whole second for a time.
    const beforeMs =
      query.until === undefined ? undefined : Date.parse(query.until) + (query.until.length === 10 ? DAY_MS : 1000)
    for (const [name, ms] of [['since', sinceMs], ['until', beforeMs]] as const) {
      if (ms !== undefined && !Number.isFinite(ms)) ctx.addIssue({ code: 'custom', path: [name], message: 'not a real date' })
    }
    const since = sinceMs === undefined || !Number.isFinite(sinceMs) ? undefined : utc(new Date(sinceMs))
    const before = beforeMs === undefined || !Number.isFinite(beforeMs) ? undefined : utc(new Date(beforeMs))
    if (since !== undefined && before !== undefined && since >= before) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'until is before since' })
    }
    return { ...query, since, before }
  })

export const HeadlineSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    publishedAt: z.string().nullable().describe('ISO 8601 UTC; null when the page gave no time'),
    articleCount: z.number().int().describe('How many stored pages list this headline'),
  })
  .meta({ id: 'Headline' })

export const HeadlinePageSchema = pageSchema(HeadlineSchema).meta({ id: 'HeadlinePage' })

export const HeadlineWithArticlesSchema = HeadlineSchema.extend({
  articles: z.array(z.object({ id: z.number().int(), title: z.string().nullable(), lead: z.string().nullable() })),
}).meta({ id: 'HeadlineWithArticles' })
