// The typed client against a real listening server: ingest, search, retrieval and errors over
// HTTP, as a consumer of `newsstand/client` would use it.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { buildApp, type AppOptions } from '../../src/app.js'
import { createNewsstandClient, type Problem } from '../../src/client/index.js'
import { SEED_PAGE, TEST_KEY } from '../helpers.js'

const SEED = readFileSync(SEED_PAGE)

/** A page the parser reads as an article with this title; `n` makes its words its own. */
const page = (title: string, n: number) =>
  `${title}\nBy Staff Writer\nHeavy rain flooded the river road on day ${n}, and the council closed it to traffic until the water goes down, officials said.\n` +
  `Engineers were checking bridge number ${n} on Tuesday; schools near the river stayed shut.\nSource: Example News`

/** The app as the server builds it, over a database file of its own, listening on a free port. */
async function serve(t: Test, opts: Pick<AppOptions, 'apiKeys'> = {}): Promise<string> {
  const app = await buildApp({ dbPath: join(t.testdir({}), 'client.db'), ...opts })
  t.teardown(() => app.close())
  return app.listen({ host: '127.0.0.1', port: 0 })
}

t.test('ingest a page, find it, read it back', async (t) => {
  const baseUrl = await serve(t, { apiKeys: [TEST_KEY] })
  const client = createNewsstandClient({ baseUrl, apiKey: TEST_KEY })

  const stored = await client.ingestPage(SEED.toString('utf8'))
  t.equal(stored.response.status, 201, 'a new page')
  t.equal(stored.error, undefined)
  t.match(stored.data, { status: 'created', id: Number, newVersionOf: null })
  const id = stored.data!.id
  t.equal(stored.response.headers.get('location'), `/articles/${id}`)

  const again = await client.ingestPage(SEED)
  t.equal(again.response.status, 200, 'the same bytes again, sent as bytes')
  t.same(again.data, { status: 'unchanged', id, newVersionOf: null })

  const found = await client.GET('/articles', { params: { query: { q: 'Baghdadi', source: ['Ahram online'] } } })
  t.equal(found.response.status, 200)
  t.same(found.data?.items.map((a) => a.id), [id], 'found by a body word, the ingested id')
  t.match(found.data?.items[0], { source: { name: 'Ahram online' }, publisher: { name: 'Arab Today Media Group' }, lead: /^U\.S\. and Iraqi officials believe/ })
  t.match(found.data?.items[0]?.snippet, /<mark>Baghdadi<\/mark>/)

  const article = await client.GET('/articles/{id}', { params: { path: { id } } })
  t.equal(article.response.status, 200)
  t.match(article.data, { id, title: null, lang: 'en', references: ['L5N1GD7JK'], source: { name: 'Ahram online' } })
  t.equal(article.data?.sha256, createHash('sha256').update(SEED).digest('hex'), 'the hash of the bytes sent: text went as text/plain, unchanged')
  t.same(article.data?.sections.map((s) => s.heading?.replaceAll('"', '') ?? null), [null, 'ISOLATED', 'GAME IS UP'])
})

t.test('records with metadata, batches, and walking every page of a search', async (t) => {
  const baseUrl = await serve(t, { apiKeys: [TEST_KEY] })
  const client = createNewsstandClient({ baseUrl, apiKey: TEST_KEY })

  const url = 'https://news.example/floods'
  const one = await client.ingestPage({ text: page('', 1).trimStart(), url, title: 'Floods, from the crawl', timestamp: '2024-03-04T18:00:00Z' })
  t.equal(one.response.status, 201)
  const first = one.data!.id
  t.match((await client.GET('/articles/{id}', { params: { path: { id: first } } })).data,
    { title: 'Floods, from the crawl', url, crawledAt: '2024-03-04T18:00:00Z', provenance: { title: 'metadata' } })

  const batch = await client.ingestBatch([{ text: page('The river road is closed to traffic', 2), url }, { text: page('Engineers check the bridges on the river', 3) }, { text: '' }])
  t.equal(batch.response.status, 200)
  t.match(batch.data, { created: 2, unchanged: 0, failed: 1 })
  t.match(batch.data?.results, [
    { line: 1, status: 'created', newVersionOf: first }, { line: 2, status: 'created' }, { line: 3, status: 'error', error: String },
  ])

  const titles: (string | null)[] = []
  for await (const a of client.eachArticle({ q: 'river', sort: 'oldest', limit: 1 })) titles.push(a.title)
  t.same(titles, ['The river road is closed to traffic', 'Engineers check the bridges on the river'], 'every page, one item each; the old version of the URL is not current')

  // An iterator cannot hand back a problem: it throws it, typed.
  const walk = async () => {
    for await (const a of client.eachArticle({ q: '-river' })) t.fail(`nothing to list, got ${a.id}`)
  }
  await t.rejects(walk, { name: 'ProblemError', message: /^400 Bad Request: q: /, problem: { status: 400, errors: [{ in: 'query', name: 'q' }] } })
})

t.test('bytes in another encoding are stored as sent', async (t) => {
  const client = createNewsstandClient({ baseUrl: await serve(t, { apiKeys: [TEST_KEY] }), apiKey: TEST_KEY })
  const bytes = Buffer.concat([Buffer.from(page('Cafe owners on the river road', 8)), Buffer.from(' Caf\xe9 owners said so.', 'latin1')])
  const stored = await client.ingestPage(bytes)
  t.equal(stored.response.status, 201)
  const id = stored.data!.id
  const raw = await client.GET('/articles/{id}/raw', { params: { path: { id } }, parseAs: 'arrayBuffer' })
  t.same(Buffer.from(raw.data!), bytes, 'the raw page is the bytes sent, not re-encoded')
  t.match((await client.GET('/articles/{id}', { params: { path: { id } } })).data, { title: 'Cafe owners on the river road', warnings: [/not valid UTF-8/] })
})

t.test('errors come back as typed problems', async (t) => {
  const baseUrl = await serve(t, { apiKeys: [TEST_KEY] })
  const client = createNewsstandClient({ baseUrl, apiKey: TEST_KEY })

  const missing = await client.GET('/articles/{id}', { params: { path: { id: 999 } } })
  // Typed: the error of a JSON route is the problem, not a map of media types.
  const problem: Problem | undefined = missing.error
  t.equal(missing.response.status, 404)
  t.match(missing.response.headers.get('content-type'), /^application\/problem\+json/)
  t.match(problem, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'article 999 does not exist', instance: '/articles/999' })
  t.equal(missing.data, undefined)

  const invalid = await client.GET('/articles', { params: { query: { limit: 500 } } })
  t.equal(invalid.response.status, 400)
  t.match(invalid.error?.errors, [{ in: 'query', name: 'limit' }], 'names the failing parameter')

  const anonymous = createNewsstandClient({ baseUrl })
  const refused = await anonymous.ingestPage(page('Not stored', 4))
  t.equal(refused.response.status, 401, 'no key')
  t.equal(refused.response.headers.get('www-authenticate'), 'Bearer realm="newsstand"')
  t.match(refused.error, { status: 401, detail: /needs an API key/ })

  const wrong = await createNewsstandClient({ baseUrl, apiKey: `${TEST_KEY}x` }).ingestBatch([{ text: page('Not stored', 5) }])
  t.equal(wrong.response.status, 401, 'a key the server does not accept')
  t.match(wrong.response.headers.get('www-authenticate'), /error="invalid_token"/)

  t.same((await anonymous.GET('/articles')).data?.items, [], 'nothing was stored; reads need no key')
})

t.test('a server without keys refuses writes with 403', async (t) => {
  const client = createNewsstandClient({ baseUrl: await serve(t), apiKey: TEST_KEY })
  const refused = await client.ingestPage({ text: page('Not stored', 6) })
  t.equal(refused.response.status, 403)
  t.match(refused.error, { status: 403, detail: /NEWSSTAND_API_KEYS/ })
})

t.test('the key goes in the Authorization header, through the fetch given', async (t) => {
  const baseUrl = await serve(t, { apiKeys: [TEST_KEY] })
  const seen: { method: string; path: string; authorization: string | null; type: string | null }[] = []
  const client = createNewsstandClient({
    baseUrl,
    apiKey: TEST_KEY,
    fetch: (request) => {
      seen.push({ method: request.method, path: new URL(request.url).pathname, authorization: request.headers.get('authorization'), type: request.headers.get('content-type') })
      return fetch(request)
    },
  })
  t.equal((await client.ingestPage(page('Sent through a fetch of our own', 7))).response.status, 201)
  t.equal((await client.GET('/health')).response.status, 200)
  t.same(seen, [
    { method: 'POST', path: '/documents', authorization: `Bearer ${TEST_KEY}`, type: 'text/plain; charset=utf-8' },
    { method: 'GET', path: '/health', authorization: `Bearer ${TEST_KEY}`, type: null },
  ])
  const anonymous: (string | null)[] = []
  await createNewsstandClient({ baseUrl, fetch: (request) => (anonymous.push(request.headers.get('authorization')), fetch(request)) }).GET('/health')
  t.same(anonymous, [null], 'no key, no header')
})

t.test('an error answer that is not a problem (a proxy in front) still comes back as one', async (t) => {
  const html = '<html>\n<head><title>502 Bad Gateway</title></head>\n<body><h1>502 Bad Gateway</h1></body>\n</html>'
  // The gateway stands where the server would: it answers every request itself.
  const gateway = async () => new Response(html, { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html', 'x-upstream': 'down' } })
  const client = createNewsstandClient({ baseUrl: 'http://127.0.0.1:9', fetch: gateway })
  const res = await client.GET('/articles/{id}', { params: { path: { id: 1 } } })
  t.equal(res.response.status, 502)
  t.equal(res.response.headers.get('x-upstream'), 'down', 'its headers kept')
  t.match(res.response.headers.get('content-type'), /^application\/problem\+json/)
  t.same(res.error, {
    type: 'about:blank', title: 'Bad Gateway', status: 502,
    detail: 'The answer was not a problem from the API (text/html): <html> <head><title>502 Bad Gateway</title></head> <body><h1>502 Bad Gateway</h1></body> </html>',
  })
  const empty = await createNewsstandClient({ baseUrl: 'http://127.0.0.1:9', fetch: async () => new Response(null, { status: 504 }) }).ingestPage('a page')
  t.same(empty.error, { type: 'about:blank', title: 'HTTP 504', status: 504, detail: 'The answer was not a problem from the API (no Content-Type)' })
})

t.test('a key that cannot be a bearer token is refused without being repeated', async (t) => {
  for (const apiKey of ['', 'with a space 0123456789abcdef0123456789', `${TEST_KEY}\u0000`, `${TEST_KEY}\n`]) {
    const err = t.throws(() => createNewsstandClient({ baseUrl: 'http://127.0.0.1:9', apiKey }), { name: 'TypeError', message: /not a valid bearer token/ })
    t.notOk(apiKey !== '' && String((err as Error).message).includes(apiKey.trim()), 'the message does not quote the key')
  }
})
