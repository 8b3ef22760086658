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

// Try it out (every GET with its examples filled in) is test/openapi-examples.test.ts.
