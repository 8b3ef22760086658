import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'
import { documentCaching } from '../schemas/caching.js'
import { hoistParameterExamples } from '../schemas/parameter-examples.js'
import { documentRateLimits } from '../schemas/rate-limit.js'

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
            'Every error is an RFC 9457 problem (`application/problem+json`). Lists return `{items, next}`: pass `next` back as `cursor`. ' +
            'The examples are real: they find the sample page that `npm start` loads (data/samples).',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        // First the server that serves this document, whatever its address: Swagger UI sends
        // "Try it out" there, so it works on any host and port (and stays same-origin). Then
        // `npm start`'s address for generated clients: 127.0.0.1, not localhost, which Node may
        // resolve to ::1, where the default HOST does not listen.
        servers: [
          { url: '/', description: 'The server that serves this document (what Swagger UI at /docs calls)' },
          {
            url: 'http://127.0.0.1:{port}',
            description: '`npm start` on this machine (HOST=127.0.0.1)',
            variables: { port: { default: '3000', description: 'The PORT it listens on' } },
          },
        ],
        // Reads are public; the write operations name the key they need.
        security: [],
        tags: [
          { name: 'articles', description: 'Articles parsed from pages, and full-text search over them' },
          { name: 'sources', description: 'Who articles are attributed to' },
          { name: 'headlines', description: 'Related headlines listed on pages, with their times' },
          { name: 'documents', description: 'Writing: store pages (parsed as `ingest` does) and delete them. Needs an API key' },
          { name: 'meta', description: 'Service health and the API description' },
        ],
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', description: 'One of the keys in the server\'s NEWSSTAND_API_KEYS' },
          },
        },
      },
      transform,
      transformObject: (doc) => hoistParameterExamples(documentRateLimits(documentCaching(dropUnusedSchemas(jsonSchemaTransformObject(doc))))),
    })
    // No validator badge: it would send the document's URL to validator.swagger.io, which the CSP blocks.
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } })
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'docs' },
)

type RouteDoc = Parameters<typeof jsonSchemaTransform>[0]
type Content = Record<string, { schema: unknown; example?: unknown }>

/**
 * jsonSchemaTransform, plus two things it drops: a request body given per media type
 * (`body.content`, each converted on its own) and the headers of responses (`Location`,
 * `WWW-Authenticate`), which @fastify/swagger then documents.
 */
function transform(doc: RouteDoc): ReturnType<typeof jsonSchemaTransform> {
  const { body, response } = (doc.schema ?? {}) as { body?: { content?: Content }; response?: Record<string, { headers?: unknown; content?: Content }> }
  const content = body?.content
  const out = jsonSchemaTransform(content ? { ...doc, schema: { ...doc.schema, body: undefined } } : doc)
  const schema = out.schema as Record<string, unknown> & { response?: Record<string, object> }
  if (content) {
    const convert = (one: unknown) => (jsonSchemaTransform({ ...doc, schema: { body: one } }).schema as { body: unknown }).body
    schema.body = { content: Object.fromEntries(Object.entries(content).map(([type, entry]) => [type, { schema: convert(entry.schema) }])) }
  }
  for (const [status, entry] of Object.entries(response ?? {})) {
    if (entry.headers && schema.response?.[status]) schema.response[status] = { ...schema.response[status], headers: entry.headers }
    // A response's example, given beside its schema (jsonSchemaTransform keeps only the schema).
    const converted = (schema.response?.[status] as { content?: Content } | undefined)?.content
    for (const [type, media] of Object.entries(entry.content ?? {})) {
      const target = converted?.[type]
      if (media.example !== undefined && target) target.example = media.example
    }
  }
  return out
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
