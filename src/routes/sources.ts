import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { notFound } from '../plugins/errors.js'
import { encodeCursor, IdParamsSchema, jsonResponse } from '../schemas/common.js'
import { SOURCE_EXAMPLE, SOURCE_PAGE_EXAMPLE } from '../schemas/examples.js'
import { notFoundResponse, problemResponses } from '../schemas/problem.js'
import { SourcePageSchema, SourceSchema, SourcesQuerySchema } from '../schemas/sources.js'

export default async function sourceRoutes(app: FastifyInstance) {
  const route = app.withTypeProvider<ZodTypeProvider>()

  route.get('/sources', {
    schema: {
      tags: ['sources'],
      operationId: 'listSources',
      summary: 'List sources',
      description: 'Every source articles are attributed to, in name order, with its article count.',
      querystring: SourcesQuerySchema,
      response: { 200: jsonResponse('A page of sources', SourcePageSchema, SOURCE_PAGE_EXAMPLE), ...problemResponses(400, 503) },
    },
  }, async (req) => {
    const page = await app.sources.find({ limit: req.query.limit, afterKey: req.query.cursor?.key })
    return { items: page.items, next: page.next && encodeCursor({ key: page.next }) }
  })

  route.get('/sources/:id', {
    schema: {
      tags: ['sources'],
      operationId: 'getSource',
      summary: 'One source',
      description: 'Its name as first seen and how many stored articles (every version) are attributed to it; `GET /articles?source=<name>` lists them.',
      params: IdParamsSchema,
      response: { 200: jsonResponse('The source', SourceSchema, SOURCE_EXAMPLE), ...problemResponses(400), ...notFoundResponse('source', '/sources/999999') },
    },
  }, async (req) => {
    const source = await app.sources.get(req.params.id)
    if (!source) throw notFound(`source ${req.params.id}`)
    return source
  })
}
