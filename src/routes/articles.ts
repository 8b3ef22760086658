import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ARTICLES_CSV } from '../export/columns.js'
import { sendExport, wantsExport } from '../export/index.js'
import { notFound } from '../plugins/errors.js'
import { ArticlePageSchema, ArticleSchema, ArticlesQuerySchema, ArticleSummarySchema } from '../schemas/articles.js'
import { encodeCursor, IdParamsSchema, jsonResponse } from '../schemas/common.js'
import { ARTICLE_EXAMPLE, ARTICLE_PAGE_EXAMPLE, ARTICLE_SEARCH_HIT_EXAMPLE } from '../schemas/examples.js'
import { listResponse } from '../schemas/export.js'
import { notFoundResponse, problemResponses } from '../schemas/problem.js'
import { nextLink } from './next-link.js'

const LIST_DESCRIPTION = [
  'Current articles (the newest version of each URL). Without `q`: newest first. With `q`: best match first',
  '(bm25; title and lead count more than the body), each with a highlighted `snippet`; when very many articles match,',
  'only the most recently stored ones are ranked (the pages after them list the older matches, newest first), and a query',
  'of words found in most articles (`the`) is not ranked at all (the newest come first); `ranking` says which. Filters combine with AND.',
  'Each page has a `next` cursor, also sent as an RFC 8288 `Link: <…>; rel="next"` header; a cursor holds the last',
  "row's sort key, so articles stored between two pages never repeat or skip one already seen.",
].join(' ')

export default async function articleRoutes(app: FastifyInstance) {
  const route = app.withTypeProvider<ZodTypeProvider>()

  route.get('/articles', {
    schema: {
      tags: ['articles'],
      operationId: 'listArticles',
      summary: 'List, search and facet articles',
      description: LIST_DESCRIPTION,
      querystring: ArticlesQuerySchema,
      response: {
        200: {
          ...listResponse('articles', { schema: ArticlePageSchema, example: ARTICLE_PAGE_EXAMPLE }, { schema: ArticleSummarySchema, example: ARTICLE_SEARCH_HIT_EXAMPLE }, ARTICLES_CSV),
          headers: { link: { type: 'string', description: 'RFC 8288 `<…?cursor=…>; rel="next"` when there is a next page' } },
        },
        ...problemResponses(400, 503),
      },
    },
  }, async (req, reply) => {
    // An export walks every page; facets describe the whole match set once, not each page.
    if (wantsExport(req)) return sendExport(req, reply, { name: 'articles', query: { ...req.query, facets: undefined }, find: app.articles.find, csv: ARTICLES_CSV })
    const page = await app.articles.find(req.query)
    const next = page.next && encodeCursor(page.next)
    if (next) reply.header('link', nextLink(req.url, next))
    return { ...page, next }
  })

  route.get('/articles/:id', {
    schema: {
      tags: ['articles'],
      operationId: 'getArticle',
      summary: 'One whole article',
      description: 'Its sections, references, source, publisher, related headlines, boilerplate and the hash of the raw page.',
      params: IdParamsSchema,
      response: { 200: jsonResponse('The article', ArticleSchema, ARTICLE_EXAMPLE), ...problemResponses(400), ...notFoundResponse('article', '/articles/999999') },
    },
  }, async (req, reply) => {
    const json = await app.articles.getJson(req.params.id)
    if (json === undefined) throw notFound(`article ${req.params.id}`)
    // Already the answer's JSON (see the repository's getJson): a string with a JSON type goes out
    // as it is, past the schema's serializer; the plain reply type because the typed one wants an Article.
    return (reply as FastifyReply).type('application/json; charset=utf-8').send(json)
  })
}
