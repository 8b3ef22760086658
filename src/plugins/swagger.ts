import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { documentCaching } from '../schemas/caching.js'

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
      transform: keepResponseHeaders,
      transformObject: (doc) => documentCaching(dropUnusedSchemas(jsonSchemaTransformObject(doc))),
    })
    // No validator badge: it would send the document's URL to validator.swagger.io, which the CSP blocks.
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } })
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'docs' },
)

/**
 * jsonSchemaTransform rebuilds each response as description and content only; the headers a
 * route documents (such as `Link` on a page with a next one) are put back.
 */
function keepResponseHeaders(input: Parameters<typeof jsonSchemaTransform>[0]): ReturnType<typeof jsonSchemaTransform> {
  const output = jsonSchemaTransform(input)
  const original = (input.schema as { response?: Record<string, { headers?: unknown }> } | undefined)?.response ?? {}
  const transformed = (output.schema as { response?: Record<string, object> }).response ?? {}
  for (const [status, response] of Object.entries(original)) {
    if (response.headers && transformed[status]) transformed[status] = { ...transformed[status], headers: response.headers }
  }
  return output
}

/**
 * The zod registry emits an input and an output variant of every registered schema; the input
 * variants nothing refers to (copies of response bodies) are noise in the published document.
 */
function dropUnusedSchemas<T extends object>(doc: T): T {
  const { components = {}, ...rest } = doc as { components?: { schemas?: Record<string, unknown> } }
  const schemas = { ...components.schemas }
  for (;;) {
    const text = JSON.stringify([rest, { ...components, schemas }])
    const unused = Object.keys(schemas).filter((name) => name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`))
    if (unused.length === 0) break
    for (const name of unused) delete schemas[name]
  }
  return { ...rest, components: { ...components, schemas } } as T
}
