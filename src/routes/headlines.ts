import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { notFound } from '../plugins/errors.js'
import { encodeCursor, IdParamsSchema, jsonResponse } from '../schemas/common.js'
import { HeadlineArticlesQuerySchema, HeadlinePageSchema, HeadlinesQuerySchema, HeadlineWithArticlesSchema } from '../schemas/headlines.js'
import { problemResponses } from '../schemas/problem.js'

export default async function headlineRoutes(app: FastifyInstance) {
  const route = app.withTypeProvider<ZodTypeProvider>()

  route.get('/headlines', {
    schema: {
      tags: ['headlines'],
      operationId: 'listHeadlines',
      summary: 'List or search related headlines',
      description: 'Newest first (undated last) unless `sort` says otherwise. The same title at the same time on many pages is one headline.',
      querystring: HeadlinesQuerySchema,
      response: { 200: jsonResponse('A page of headlines', HeadlinePageSchema), ...problemResponses(400) },
    },
  }, async (req) => {
    const { q, sort, hasDate, article, since, before, limit, cursor } = req.query
    const page = await app.headlines.find({ q, sort, hasDate, article, since, before, limit, after: cursor })
    return { items: page.items, next: page.next && encodeCursor(page.next) }
  })

  route.get('/headlines/:id', {
    schema: {
      tags: ['headlines'],
      operationId: 'getHeadline',
      summary: 'One headline and the articles that list it',
      description: '`articleCount` pages list it; `articles` holds the newest `limit` of them, and `articlesNext` continues.',
      params: IdParamsSchema,
      querystring: HeadlineArticlesQuerySchema,
      response: { 200: jsonResponse('The headline and the articles that list it', HeadlineWithArticlesSchema), ...problemResponses(400, 404) },
    },
  }, async (req) => {
    const { limit, cursor } = req.query
    const headline = await app.headlines.get(req.params.id, { limit, afterId: cursor?.id })
    if (!headline) throw notFound(`headline ${req.params.id}`)
    const { articlesAfter, ...rest } = headline
    return { ...rest, articlesNext: articlesAfter === null ? null : encodeCursor({ id: articlesAfter }) }
  })
}
