import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { HEADLINES_CSV } from '../export/columns.js'
import { sendExport, wantsExport } from '../export/index.js'
import { notFound } from '../plugins/errors.js'
import { encodeCursor, IdParamsSchema, jsonResponse } from '../schemas/common.js'
import { listResponse } from '../schemas/export.js'
import { HeadlinePageSchema, HeadlineSchema, HeadlinesQuerySchema, HeadlineWithArticlesSchema } from '../schemas/headlines.js'
import { problemResponses } from '../schemas/problem.js'

export default async function headlineRoutes(app: FastifyInstance) {
  const route = app.withTypeProvider<ZodTypeProvider>()

  route.get('/headlines', {
    schema: {
      tags: ['headlines'],
      operationId: 'listHeadlines',
      summary: 'List or search related headlines',
      description: 'Newest first (undated last). The same title at the same time on many pages is one headline.',
      querystring: HeadlinesQuerySchema,
      response: { 200: listResponse('headlines', HeadlinePageSchema, HeadlineSchema, HEADLINES_CSV), ...problemResponses(400) },
    },
  }, async (req, reply) => {
    const { q, since, before, limit, cursor } = req.query
    const query = { q, since, before, limit, after: cursor }
    if (wantsExport(req)) return sendExport(req, reply, { name: 'headlines', query, find: app.headlines.find, csv: HEADLINES_CSV })
    const page = app.headlines.find(query)
    return { items: page.items, next: page.next && encodeCursor(page.next) }
  })

  route.get('/headlines/:id', {
    schema: {
      tags: ['headlines'],
      operationId: 'getHeadline',
      summary: 'One headline and the articles that list it',
      params: IdParamsSchema,
      response: { 200: jsonResponse('The headline and the articles that list it', HeadlineWithArticlesSchema), ...problemResponses(400, 404) },
    },
  }, async (req) => {
    const headline = app.headlines.get(req.params.id)
    if (!headline) throw notFound(`headline ${req.params.id}`)
    return headline
  })
}
