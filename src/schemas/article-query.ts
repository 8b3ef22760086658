import { z } from 'zod'
import { FACET_NAMES, FACET_SIZE, type ArticleQuery } from '../model/article-list.js'
import { DEFAULT_HIGHLIGHT } from '../model/defaults.js'
import { cursorSchema, LimitSchema, searchQuerySchema } from './common.js'
import { dateRange, instantSchema } from './dates.js'
import { FormatSchema } from './export.js'
import type { Format } from '../export/negotiate.js'

const id = z.number().int().min(0)
const ArticleCursorSchema = z.union([
  z.object({ sort: z.enum(['newest', 'oldest']), date: z.string().max(40), id }),
  z.object({ sort: z.literal('relevance'), score: z.number(), id, ceiling: id, matches: id, capped: z.boolean(),
    scored: z.boolean().optional(), lowest: id.optional(), older: z.boolean().optional() }),
])

/**
 * A parameter given once or repeated (`source=A&source=B`), as a list. Names may contain commas
 * (`Thomson Reuters, Inc.`), so only code lists (`lang=en,fr`, `facets=source,month`) split on them.
 */
function listParam<T extends z.ZodType>(item: T, { commas }: { commas: boolean }) {
  const toList = (v: unknown): unknown => {
    const list = typeof v === 'string' ? [v] : v
    return commas && Array.isArray(list) ? list.flatMap((s: unknown) => (typeof s === 'string' ? s.split(',') : [s])) : list
  }
  return z.preprocess(toList, z.array(item).min(1).max(20))
}

const name = z.string().trim().min(1).max(200)
const langCode = z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/u, 'an ISO 639 code: two or three letters')
// Control characters spelled as \u ranges, not \p{Cc}: Swagger UI checks the pattern without the u flag.
const marker = (example: string) =>
  z.string().max(64).regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'no control characters').optional().meta({ example })

export const ArticlesQuerySchema = z
  .object({
    q: searchQuerySchema('title, lead and body', '"Islamic State" Baghdadi OR caliph* -Aleppo'),
    sort: z
      .enum(['relevance', 'newest', 'oldest'])
      .optional()
      .describe('`relevance` (best match first; needs `q`, and is the default with it), `newest` (the default without `q`) or `oldest`, by the article\'s `date`')
      .meta({ example: 'relevance' }),
    source: listParam(name, { commas: false }).optional()
      .describe('Only articles from this source, by name (case and spacing ignored); repeat the parameter for any of several')
      .meta({ example: ['Ahram online'] }),
    publisher: listParam(name, { commas: false }).optional()
      .describe('Only articles from this publisher (the copyright holder), by name; repeat for any of several')
      .meta({ example: ['Arab Today Media Group'] }),
    lang: listParam(langCode, { commas: true }).optional()
      .describe('Only articles in this language (ISO 639-1 code as detected, e.g. `en`); several as `en,fr`')
      .meta({ example: ['en'] }),
    since: instantSchema.optional()
      .describe('Only articles dated at or after this date (`2017-08-28`: from its start, UTC) or time (`2017-08-28T16:00:00Z`). The date is `date`: published, else crawled, else ingested')
      .meta({ example: '2017-08-28' }),
    until: instantSchema.optional()
      .describe('Only articles dated at or before this time, or on or before this date (the whole day, UTC). The example reaches far ahead because the sample page has no date of its own: it is dated by its ingest')
      .meta({ example: '2099-12-31' }),
    hasTitle: z.enum(['true', 'false']).transform((v) => v === 'true').optional()
      .describe('`true`: only articles with a title (the page\'s own, or the crawl record\'s); `false`: only those without')
      .meta({ example: 'false' }),
    facets: listParam(z.enum(FACET_NAMES), { commas: true }).optional()
      .describe(`Also count the selected articles by ${FACET_NAMES.map((f) => `\`${f}\``).join(', ')} (\`month\`: YYYY-MM of \`date\`): the top ${FACET_SIZE} values of each, most frequent first`)
      .meta({ example: ['source', 'lang'] }),
    highlightStart: marker('<em>').describe(`Put before each match in \`snippet\`, as given (default \`${DEFAULT_HIGHLIGHT.start}\`; at most 64 characters); the snippet text itself is HTML-escaped`),
    highlightEnd: marker('</em>').describe(`Put after each match in \`snippet\`, as given (default \`${DEFAULT_HIGHLIGHT.end}\`)`),
    limit: LimitSchema,
    // Where a walk through the example search would go on after the sample article.
    cursor: cursorSchema(ArticleCursorSchema, { sort: 'relevance', score: -0.000006, id: 1, ceiling: 1, matches: 1, capped: false }).optional(),
    format: FormatSchema,
  })
  .transform((p, ctx): ArticleQuery & { format?: Format } => {
    const sort = p.sort ?? (p.q === undefined ? 'newest' : 'relevance')
    if (sort === 'relevance' && p.q === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'relevance ranks the matches of q: give q, or sort by newest or oldest' })
    }
    if (p.cursor && p.cursor.sort !== sort) {
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: `this cursor continues a ${p.cursor.sort} listing: ask with the same sort (and q) as the page it came from` })
    }
    const { since, before } = dateRange(p.since, p.until)
    if (since !== undefined && before !== undefined && since >= before) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'until is before since' })
    }
    return {
      q: p.q, sort, sources: p.source, publishers: p.publisher, langs: p.lang, since, before, hasTitle: p.hasTitle,
      facets: p.facets && [...new Set(p.facets)],
      highlight: { start: p.highlightStart ?? DEFAULT_HIGHLIGHT.start, end: p.highlightEnd ?? DEFAULT_HIGHLIGHT.end },
      limit: p.limit, after: p.cursor,
      ...(p.format === undefined ? {} : { format: p.format }),
    }
  })
