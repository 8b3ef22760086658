import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'

export const API_VERSION = '0.1.0'

/** The OpenAPI document, built from the routes' zod schemas, and Swagger UI (served offline) at /docs. */
export default fp(
  async function docs(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'newsstand',
          version: API_VERSION,
          description:
            'Crawled news pages turned into linked records: articles with their sections, sources, publishers and related headlines. ' +
            'Every error is an RFC 9457 problem (`application/problem+json`). Lists return `{items, next}`: pass `next` back as `cursor`.',
        },
        tags: [
          { name: 'articles', description: 'Articles parsed from pages, and full-text search over them' },
          { name: 'sources', description: 'Who articles are attributed to' },
          { name: 'headlines', description: 'Related headlines listed on pages, with their times' },
          { name: 'meta', description: 'Service health and the API description' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    })
    await app.register(swaggerUi, { routePrefix: '/docs' })
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'docs' },
)
