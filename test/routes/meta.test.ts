import t from 'tap'
import { assertProblem, buildTestApp } from '../helpers.js'

t.test('GET /health reads the database', async (t) => {
  const app = await buildTestApp(t)
  const res = await app.inject('/health')
  t.equal(res.statusCode, 200)
  t.match(res.json(), { status: 'ok', articles: 1, parserVersion: Number })
})

t.test('the API describes itself', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  const spec = (await app.inject('/openapi.json')).json()
  t.equal(spec.openapi, '3.1.0')
  const paths = ['/articles', '/articles/{id}', '/articles/{id}/similar', '/articles/{id}/raw', '/sources', '/sources/{id}',
    '/headlines', '/headlines/timeline', '/headlines/{id}', '/health']
  for (const path of paths) {
    const op = spec.paths[path]?.get
    t.ok(op, `${path} is documented`)
    t.ok(op?.tags?.length, `${path} has a tag`)
    t.ok(op?.operationId, `${path} has an operationId`)
    for (const [status, entry] of Object.entries(op?.responses ?? {}) as [string, { content?: object; $ref?: string }][]) {
      // Shared responses are references to components, as Swagger UI resolves them.
      const response = entry.$ref ? spec.components.responses[entry.$ref.split('/').at(-1) as string] : entry
      if (status === '304') t.same(entry, { $ref: '#/components/responses/NotModified' }, `${path} documents its 304`)
      else if (status !== '200') t.ok(response.content && 'application/problem+json' in response.content, `${path} ${status} is a problem`)
    }
    if (path !== '/health') t.ok(op?.responses?.[429], `${path} documents the rate limit's 429`)
  }
  t.notOk(spec.paths['/openapi.json'], 'the document route itself is hidden')
  for (const path of ['/articles', '/headlines']) {
    t.same(Object.keys(spec.paths[path].get.responses['200'].content), ['application/json', 'application/x-ndjson', 'text/csv'], `${path} documents its three media types`)
  }
  t.notOk(spec.paths['/health'].get.responses['304'], 'liveness is never a 304')

  const docs = await app.inject('/docs/')
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger-ui/i, 'Swagger UI is served')
  const asset = await app.inject('/docs/static/swagger-ui-bundle.js')
  t.equal(asset.statusCode, 200, 'its assets are served locally (works offline)')
})

t.test('unknown routes and methods are problems', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  assertProblem(t, await app.inject('/nope'), 404)
  assertProblem(t, await app.inject({ method: 'DELETE', url: '/articles/1' }), 404)
})

t.test('Try it out: every operation answers with the documented examples filled in', async (t) => {
  const app = await buildTestApp(t)
  type Param = { name: string; in: string; description?: string; schema: { example?: unknown; description?: string } }
  type Ref = { $ref: string }
  const spec = (await app.inject('/openapi.json')).json() as {
    paths: Record<string, { get?: { parameters?: (Param | Ref)[] } }>
    components: { parameters?: Record<string, Param> }
  }
  // Shared parameters (If-None-Match) are references to components, as Swagger UI resolves them.
  const resolve = (p: Param | Ref): Param => ('$ref' in p ? (spec.components.parameters?.[p.$ref.split('/').at(-1) ?? ''] as Param) : p)
  // The reads; the writes' examples are tried in documents.test.ts, with a key.
  for (const [path, { get }] of Object.entries(spec.paths)) {
    if (!get) continue
    // As Swagger UI does: every parameter with an example is sent with it, the rest are left out.
    const params = (get.parameters ?? []).map(resolve)
    for (const p of params) t.ok(p.description ?? p.schema.description, `${path} ${p.name} is described`)
    const url = path.replace(/\{(\w+)\}/gu, (_, name: string) => String(params.find((p) => p.name === name)?.schema.example))
    const query = Object.fromEntries(params.filter((p) => p.in === 'query' && p.schema.example !== undefined).map((p) => [p.name, String(p.schema.example)]))
    const res = await app.inject({ url, query })
    t.equal(res.statusCode, 200, `${url}?${new URLSearchParams(query)}`)
    const body = res.headers['content-type']?.toString().startsWith('application/json') ? (res.json() as Record<string, unknown>) : {}
    for (const list of ['items', 'buckets', 'articles'] as const) {
      if (Array.isArray(body[list]) && !path.endsWith('/similar')) t.ok((body[list] as unknown[]).length > 0, `${path}: the examples find ${list}`)
    }
  }
})
