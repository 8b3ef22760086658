// POST /documents: one page (text or JSON) or a batch (NDJSON), through ingest's parse and load.
import t from 'tap'
import type { App } from '../../src/app.js'
import { DEFAULT_MAX_PAGE_BYTES } from '../../src/model/defaults.js'
import { assertProblem, buildTestApp, TEST_KEY } from '../helpers.js'

const auth = { authorization: `Bearer ${TEST_KEY}` }
const post = (app: App, type: string | undefined, payload: string | Buffer | object, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/documents', headers: { ...auth, ...(type ? { 'content-type': type } : {}), ...headers }, payload })

/** A page the parser reads as an article with this title; `n` makes its words its own. */
const page = (title: string, n = 0) =>
  `${title}\nBy Staff Writer\nHeavy rain flooded the river road on day ${n}, and the council closed it to traffic until the water goes down, officials said.\n` +
  `Engineers were checking bridge number ${n} on Tuesday; schools near the river stayed shut.\nSource: Example News`
const count = (app: App) => app.db.prepare('SELECT count(*) FROM documents').pluck().get() as number

t.test('one page as text/plain: 201, Location, stored byte for byte', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  // Latin-1 bytes, not UTF-8: stored as sent, read with a warning, as ingest does.
  const bytes = Buffer.concat([Buffer.from(page('Floods close the river road')), Buffer.from(' Caf\xe9 owners said so.', 'latin1')])
  const res = await post(app, 'text/plain; charset=utf-8', bytes)
  t.equal(res.statusCode, 201)
  t.same(res.json(), { status: 'created', id: 2, newVersionOf: null })
  t.equal(res.headers.location, '/articles/2')
  const article = (await app.inject(String(res.headers.location))).json()
  t.match(article, { title: 'Floods close the river road', byline: 'Staff Writer', source: { name: 'Example News' }, url: null })
  t.match(article.warnings, [/not valid UTF-8/])
  t.same((await app.inject('/articles/2/raw')).rawPayload, bytes, 'the raw page is the bytes sent')
  t.equal((await app.inject('/articles?q=bridge')).json().items.length, 1, 'searchable at once')

  const again = await post(app, 'text/plain', bytes)
  t.equal(again.statusCode, 200, 'the same bytes again: 200')
  t.same(again.json(), { status: 'unchanged', id: 2, newVersionOf: null })
  t.notOk(again.headers.location)
  t.equal(count(app), 2, 'nothing more stored')
})

t.test('one page as JSON, with metadata; a new text at a known URL is a new version', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  const url = 'https://news.example/floods'
  const first = await post(app, 'application/json', { text: page('', 1).trimStart(), url, timestamp: '2024-03-04T18:00:00Z', title: 'From metadata', date: '2024-03-04', extra: [1, 2] })
  t.equal(first.statusCode, 201)
  const id = first.json().id as number
  t.match((await app.inject(`/articles/${id}`)).json(), {
    title: 'From metadata', publishedAt: '2024-03-04T00:00:00Z', url, crawledAt: '2024-03-04T18:00:00Z',
    provenance: { title: 'metadata', publishedAt: 'metadata' },
  })

  const second = await post(app, 'application/json; charset=utf-8', { text: page('Floods close the river road', 2), url })
  t.equal(second.statusCode, 201)
  t.match(second.json(), { status: 'created', newVersionOf: id })
  const newId = second.json().id as number
  const listed = (await app.inject('/articles')).json().items.map((a: { id: number }) => a.id)
  t.ok(listed.includes(newId) && !listed.includes(id), 'lists show the new version only')
  t.same((await app.inject(`/articles/${id}`)).json().versions, [id, newId], 'the old one stays, by id')

  const third = await post(app, 'application/json', { text: page('Floods close the river road', 3), url })
  t.match(third.json(), { newVersionOf: newId }, 'a version replaces the current one, not the first')
  t.match((await post(app, 'application/json', { text: page('Floods close the river road', 2), url: 'https://elsewhere.example/' })).json(),
    { status: 'unchanged', id: newId }, 'the same bytes with other metadata are unchanged, as in ingest')
})

t.test('bodies that are not pages', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  const bad: [string | undefined, string | object, number, string?][] = [
    ['application/json', { url: 'https://x.example/' }, 400, 'text'],
    ['application/json', { text: 5 }, 400, 'text'],
    ['application/json', { text: 'a page', url: 5 }, 400, 'url'],
    ['application/json', [], 400],
    ['application/json', '{"text": ', 400],
    ['application/json', '', 400],
    ['text/plain', '', 400],
    [undefined, '', 400],
    ['text/plain', ' \n\t\n ', 422],
    ['text/plain', '\u0000'.repeat(100), 422],
    ['application/json', { text: '' }, 422],
  ]
  for (const [type, payload, status, field] of bad) {
    const body = assertProblem(t, await post(app, type, payload), status, field ? { in: 'body', name: field } : undefined)
    t.comment(`${type}: ${JSON.stringify(payload).slice(0, 40)} → ${status}: ${body.detail}`)
  }
  t.equal(count(app), 1, 'nothing stored, nothing lost')
})

t.test('413: a body over the limit, a page over the page limit', async (t) => {
  const small = await buildTestApp(t, { apiKeys: [TEST_KEY], maxBodyBytes: 64 * 1024 })
  const big = page('A long page').repeat(400)
  for (const type of ['text/plain', 'application/x-ndjson']) {
    const body = assertProblem(t, await post(small, type, big), 413)
    t.match(body.detail, /over this server's limit of 0\.1 MiB \(NEWSSTAND_MAX_BODY_MB\)/, `${type}: says the limit and the setting`)
  }
  t.equal((await post(small, 'text/plain', big.slice(0, 60 * 1024))).statusCode, 201, 'under the limit is fine')

  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  const huge = 'word '.repeat(DEFAULT_MAX_PAGE_BYTES / 5 + 1)
  t.match(assertProblem(t, await post(app, 'text/plain', huge), 413).detail, /4\.0 MiB, over the 4\.0 MiB limit on one page/)
  assertProblem(t, await post(app, 'application/json', { text: huge }), 413)
  t.equal(count(app), 1)
})

t.test('415: other media types and compressed bodies, with what is accepted', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  for (const type of ['text/html', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream']) {
    const res = await post(app, type, 'a page')
    t.match(assertProblem(t, res, 415).detail, /text\/plain, application\/json, application\/x-ndjson/, type)
    t.equal(res.headers.accept, 'text/plain, application/json, application/x-ndjson', 'Accept lists them (RFC 9110 §15.5.16)')
  }
  assertProblem(t, await app.inject({ method: 'POST', url: '/documents', headers: { ...auth, 'content-type': 'not a type' }, payload: 'a page' }), 415)
  const noType = await app.inject({ method: 'POST', url: '/documents', headers: auth, payload: Buffer.from('a page') })
  t.match(assertProblem(t, noType, 415).detail, /without a Content-Type/)
  const gzipped = await post(app, 'text/plain', 'a page', { 'content-encoding': 'gzip' })
  assertProblem(t, gzipped, 415)
  t.equal(gzipped.headers['accept-encoding'], 'identity')
  t.equal((await post(app, 'text/plain', page('Identity is fine'), { 'content-encoding': 'identity' })).statusCode, 201)
})

t.test('a write moves the data version, so ETags change; a no-op does not', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  const etag = String((await app.inject('/articles')).headers.etag)
  const created = await post(app, 'text/plain', page('Floods close the river road'))
  const after = await app.inject({ url: '/articles', headers: { 'if-none-match': etag } })
  t.equal(after.statusCode, 200, 'the old ETag no longer matches after a POST')
  const etag2 = String(after.headers.etag)
  await post(app, 'text/plain', page('Floods close the river road'))
  t.equal((await app.inject({ url: '/articles', headers: { 'if-none-match': etag2 } })).statusCode, 304, 'an unchanged page changes nothing')
  await app.inject({ method: 'DELETE', url: `/documents/${created.json().id}`, headers: auth })
  const deleted = await app.inject({ url: '/articles', headers: { 'if-none-match': etag2 } })
  t.equal(deleted.statusCode, 200, 'nor after a DELETE')
  t.not(deleted.headers.etag, etag2)
})

t.test('a storage error stores nothing and loses nothing', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  const before = (await app.inject('/articles/1')).body
  // The article row fails after its document row was written: the transaction must undo both.
  app.db.exec("CREATE TRIGGER fail_articles BEFORE INSERT ON articles WHEN NEW.body LIKE '%day 666,%' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
  const version = app.dataVersion.current().version
  const res = await post(app, 'text/plain', page('Floods close the river road', 666))
  const body = assertProblem(t, res, 500)
  t.notMatch(body.detail, /disk on fire/, 'the cause is logged, not sent')
  t.equal(count(app), 1, 'no document row left behind')
  t.equal(app.dataVersion.current().version, version)
  t.equal((await app.inject('/articles/1')).body, before, 'what was stored is as it was')
})

t.test('Try it out: the documented request bodies work, in the documented order', async (t) => {
  const app = await buildTestApp(t, { seed: false, apiKeys: [TEST_KEY] })
  type Media = { schema: { example?: unknown } }
  const spec = (await app.inject('/openapi.json')).json() as {
    paths: Record<string, Record<string, { security?: unknown; requestBody?: { content: Record<string, Media> } }>>
    components: { securitySchemes: Record<string, unknown>; responses: Record<string, { content?: object }> }
  }
  t.match(spec.components.securitySchemes.bearerAuth, { type: 'http', scheme: 'bearer' })
  const operations = [spec.paths['/documents']?.post, spec.paths['/documents/{id}']?.delete]
  for (const op of operations) {
    t.same(op?.security, [{ bearerAuth: [] }], 'a write names its security scheme')
    const responses = (op as { responses: Record<string, { content?: object; headers?: object; $ref?: string }> }).responses
    t.same(Object.keys(responses).filter((s) => s >= '400'), op === operations[0] ? ['400', '401', '403', '413', '415', '422', '429', '500'] : ['400', '401', '403', '404', '429', '500'])
    for (const [status, entry] of Object.entries(responses)) {
      // The rate limit's 429 is a shared response, referenced from components.
      const response = entry.$ref ? spec.components.responses[entry.$ref.split('/').at(-1) as string] : entry
      if (status >= '400') t.ok(response?.content && 'application/problem+json' in response.content, `${status} is a problem`)
    }
    t.ok(responses['401']?.headers && 'WWW-Authenticate' in responses['401'].headers, '401 documents its challenge')
  }
  for (const [path, item] of Object.entries(spec.paths)) if (item.get) t.notOk(item.get.security, `${path}: reads need no key`)

  const content = spec.paths['/documents']?.post?.requestBody?.content ?? {}
  t.same(Object.keys(content), ['text/plain', 'application/json', 'application/x-ndjson'])
  const sent = []
  for (const type of ['text/plain', 'application/json', 'application/x-ndjson']) {
    const example = content[type]?.schema.example
    t.ok(example, `${type} has an example`)
    sent.push(await post(app, type, example as string | object))
  }
  t.same(sent.map((r) => r.statusCode), [201, 201, 200])
  t.match(sent[2]?.json(), { created: 2, failed: 0, results: [{ newVersionOf: sent[1]?.json().id }, { newVersionOf: null }] }, 'the batch holds a new version of the JSON example')
  t.equal((await app.inject({ method: 'DELETE', url: '/documents/1', headers: auth })).statusCode, 204, 'and id 1, the path example, can be deleted')
})
