import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { HEADLINES_CSV } from '../export/columns.js'
import { sendExport, wantsExport } from '../export/index.js'
import { invalidParam, notFound } from '../plugins/errors.js'
import { encodeCursor, IdParamsSchema, jsonResponse } from '../schemas/common.js'
import { HEADLINE_EXAMPLE, HEADLINE_PAGE_EXAMPLE, HEADLINE_WITH_ARTICLES_EXAMPLE, TIMELINE_EXAMPLE } from '../schemas/examples.js'
import { listResponse } from '../schemas/export.js'
import {
  HeadlineArticlesQuerySchema, HeadlinePageSchema, HeadlineSchema, HeadlinesQuerySchema, HeadlineWithArticlesSchema, TimelineQuerySchema, TimelineSchema,
} from '../schemas/headlines.js'
import { notFoundResponse, problemResponses } from '../schemas/problem.js'
import { bucketize } from '../search/buckets.js'

/** A timeline longer than this is refused: it would be a large body and an unreadable chart. */
export const MAX_BUCKETS = 5000

export default async function headlineRoutes(app: FastifyInstance) {
  const route = app.withTypeProvider<ZodTypeProvider>()

  route.get('/headlines', {
    schema: {
      tags: ['headlines'],
      operationId: 'listHeadlines',
      summary: 'List or search related headlines',
      description: 'Newest first (undated last) unless `sort` says otherwise. The same title at the same time on many pages is one headline.',
      querystring: HeadlinesQuerySchema,
      response: {
        200: listResponse('headlines', { schema: HeadlinePageSchema, example: HEADLINE_PAGE_EXAMPLE }, { schema: HeadlineSchema, example: HEADLINE_EXAMPLE }, HEADLINES_CSV),
        ...problemResponses(400, 503),
      },
    },
  }, async (req, reply) => {
    const { q, sort, hasDate, article, since, before, limit, cursor } = req.query
    const query = { q, sort, hasDate, article, since, before, limit, after: cursor }
    if (wantsExport(req)) return sendExport(req, reply, { name: 'headlines', query, find: app.headlines.find, csv: HEADLINES_CSV })
    const page = await app.headlines.find(query)
    return { items: page.items, next: page.next && encodeCursor(page.next) }
  })

  route.get('/headlines/timeline', {
    schema: {
      tags: ['headlines'],
      operationId: 'getHeadlineTimeline',
      summary: 'How many headlines match, per day, week or month',
      description:
        'Volume over time (UTC), oldest first, with empty buckets filled in: from `since` (else the first match) to `until` (else the last). ' +
        `More than ${MAX_BUCKETS} buckets is a 400: use a coarser interval or a narrower window. Headlines without a time are counted in \`undated\`.`,
      querystring: TimelineQuerySchema,
      response: { 200: jsonResponse('Counts per bucket', TimelineSchema, TIMELINE_EXAMPLE), ...problemResponses(400, 503) },
    },
  }, async (req) => {
    const { q, interval, since, before } = req.query
    const { days, undated } = await app.headlineTimeline.countByDay({ q, since, before })
    const timeline = bucketize(days, interval, { since, before, max: MAX_BUCKETS })
    if (!timeline.ok) {
      const coarser = interval === 'day' ? 'interval=week or month, or ' : interval === 'week' ? 'interval=month, or ' : ''
      throw invalidParam('query', 'interval', `${timeline.from} to ${timeline.to} would be ${timeline.buckets} ${interval}s, more than ${MAX_BUCKETS} buckets: use ${coarser}narrow since/until`)
    }
    return { interval, buckets: timeline.buckets, total: timeline.total, undated: undated + timeline.unplaced }
  })

  route.get('/headlines/:id', {
    schema: {
      tags: ['headlines'],
      operationId: 'getHeadline',
      summary: 'One headline and the articles that list it',
      description: '`articleCount` pages list it; `articles` holds the newest `limit` of them, and `articlesNext` continues.',
      params: IdParamsSchema,
      querystring: HeadlineArticlesQuerySchema,
      response: {
        200: jsonResponse('The headline and the articles that list it', HeadlineWithArticlesSchema, HEADLINE_WITH_ARTICLES_EXAMPLE),
        ...problemResponses(400), ...notFoundResponse('headline', '/headlines/999999'), ...problemResponses(503),
      },
    },
  }, async (req) => {
    const { limit, cursor } = req.query
    const headline = await app.headlines.get(req.params.id, { limit, afterId: cursor?.id })
    if (!headline) throw notFound(`headline ${req.params.id}`)
    const { articlesAfter, ...rest } = headline
    return { ...rest, articlesNext: articlesAfter === null ? null : encodeCursor({ id: articlesAfter }) }
  })
}
