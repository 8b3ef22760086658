import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { notFound } from '../plugins/errors.js'
import { rawResponse, SimilarQuerySchema, SimilarSchema } from '../schemas/article-extras.js'
import { IdParamsSchema, jsonResponse } from '../schemas/common.js'
import { SIMILAR_EXAMPLE } from '../schemas/examples.js'
import { notFoundResponse, problemResponses } from '../schemas/problem.js'

/** Views of one article beside the record itself: more like this, and the page it came from. */
export default async function articleExtraRoutes(app: FastifyInstance) {
  const route = app.withTypeProvider<ZodTypeProvider>()

  route.get('/articles/:id/similar', {
    schema: {
      tags: ['articles'],
      operationId: 'getSimilarArticles',
      summary: 'Articles like this one',
      description:
        "More like this: the article's most distinctive words (frequent in it, rare in the collection) searched for together, best match first.",
      params: IdParamsSchema,
      querystring: SimilarQuerySchema,
      response: {
        200: jsonResponse('Similar articles and the words that found them', SimilarSchema, SIMILAR_EXAMPLE),
        ...problemResponses(400), ...notFoundResponse('article', '/articles/999999/similar'), ...problemResponses(503),
      },
    },
  }, async (req) => {
    const similar = await app.articleExtras.similar(req.params.id, { limit: req.query.limit })
    if (!similar) throw notFound(`article ${req.params.id}`)
    return similar
  })

  route.get('/articles/:id/raw', {
    schema: {
      tags: ['articles'],
      operationId: 'getArticleRaw',
      summary: 'The original page',
      description: 'The bytes the article was parsed from, as stored when it was ingested (`sha256` in the article is their hash).',
      params: IdParamsSchema,
      response: { 200: rawResponse, ...problemResponses(400), ...notFoundResponse('article', '/articles/999999/raw') },
    },
  }, async (req, reply) => {
    const raw = await app.articleExtras.raw(req.params.id)
    if (!raw) throw notFound(`article ${req.params.id}`)
    // Bytes (a Buffer, or a plain Uint8Array from a worker thread) go out as they are, with their
    // Content-Length and never through the serializer; the typed reply only knows the string the
    // OpenAPI document describes, hence the plain FastifyReply.
    return (reply as FastifyReply).type('text/plain; charset=utf-8').send(raw)
  })
}
