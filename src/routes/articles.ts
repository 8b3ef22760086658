import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ARTICLES_CSV } from '../export/columns.js'
import { sendExport, wantsExport } from '../export/index.js'
import { invalidParam, notFound } from '../plugins/errors.js'
import { ArticlePageSchema, ArticleSchema, ArticlesQuerySchema, ArticleSummarySchema } from '../schemas/articles.js'
import { encodeCursor, IdParamsSchema, jsonResponse } from '../schemas/common.js'
import { listResponse } from '../schemas/export.js'
import { problemResponses } from '../schemas/problem.js'

export default async function articleRoutes(app: FastifyInstance) {
  const route = app.withTypeProvider<ZodTypeProvider>()

  route.get('/articles', {
    schema: {
      tags: ['articles'],
      operationId: 'listArticles',
      summary: 'List or search articles',
      description: 'Without `q`: newest first. With `q`: best match first (title and lead count more than the body), each with a highlighted `snippet`.',
      querystring: ArticlesQuerySchema,
      response: { 200: listResponse('articles', ArticlePageSchema, ArticleSummarySchema, ARTICLES_CSV), ...problemResponses(400, 503) },
    },
  }, async (req, reply) => {
    const { q, source, limit, cursor } = req.query
    if (cursor && (cursor.kind === 'search') !== (q !== undefined)) {
      throw invalidParam('query', 'cursor', 'this cursor belongs to a listing of another kind: search and plain listing have their own')
    }
    const query = { q, source, limit, after: cursor }
    if (wantsExport(req)) return sendExport(req, reply, { name: 'articles', query, find: app.articles.find, csv: ARTICLES_CSV })
    const page = await app.articles.find(query)
    return { items: page.items, next: page.next && encodeCursor(page.next) }
  })

  route.get('/articles/:id', {
    schema: {
      tags: ['articles'],
      operationId: 'getArticle',
      summary: 'One whole article',
      description: 'Its sections, references, source, publisher, related headlines, boilerplate and the hash of the raw page.',
      params: IdParamsSchema,
      response: { 200: jsonResponse('The article', ArticleSchema), ...problemResponses(400, 404) },
    },
  }, async (req) => {
    const article = await app.articles.get(req.params.id)
    if (!article) throw notFound(`article ${req.params.id}`)
    return article
  })
}
