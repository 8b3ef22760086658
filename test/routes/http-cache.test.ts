// ETag, 304 and Cache-Control on the data routes (src/plugins/http-cache.ts), through app.inject.
import t from 'tap'
import { ingestPaths } from '../../src/ingest/index.js'
import { assertProblem, buildTestApp } from '../helpers.js'

const DATA_URLS = ['/articles', '/articles?q=Baghdadi', '/articles/1', '/sources', '/sources/1', '/headlines', '/headlines/1', '/articles?format=csv', '/headlines?format=ndjson']
const WEAK_TAG = /^W\/"\d+-[0-9a-f]{24}"$/u

t.test('every data GET carries a validator and asks for revalidation', async (t) => {
  const app = await buildTestApp(t)
  const tags = new Set<string>()
  for (const url of DATA_URLS) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    t.match(res.headers.etag, WEAK_TAG, `${url} has a weak ETag`)
    t.equal(res.headers['cache-control'], 'public, max-age=0, must-revalidate')
    t.equal(res.headers.vary, 'accept, accept-encoding')
    tags.add(String(res.headers.etag))
  }
  t.equal(tags.size, DATA_URLS.length, 'no two answers share an ETag')
  const again = await app.inject('/articles')
  t.equal(again.headers.etag, (await app.inject('/articles')).headers.etag, 'the same answer keeps its ETag')
  const head = await app.inject({ method: 'HEAD', url: '/articles' })
  t.equal(head.headers.etag, again.headers.etag, 'HEAD has the ETag of GET')
})

t.test('If-None-Match with a current ETag is a 304 with no body', async (t) => {
  const app = await buildTestApp(t)
  const first = await app.inject('/articles')
  const etag = String(first.headers.etag)
  const strong = etag.replace(/^W\//u, '')
  for (const condition of [etag, strong, `"other", ${etag}`, `W/"1-x",${strong} , "y"`]) {
    const res = await app.inject({ url: '/articles', headers: { 'if-none-match': condition } })
    t.equal(res.statusCode, 304, `If-None-Match: ${condition}`)
    t.equal(res.body, '', 'no body')
    t.equal(res.headers.etag, etag, 'the 304 names the current ETag')
    t.equal(res.headers['cache-control'], 'public, max-age=0, must-revalidate')
    t.equal(res.headers.vary, 'accept, accept-encoding')
    t.notOk(res.headers['content-type'], 'no content type without content')
  }
  t.equal((await app.inject({ url: '/articles', headers: { 'if-none-match': '"nope", W/"1-abc"' } })).statusCode, 200, 'no current tag in the list: 200')
})

t.test('a matching ETag is answered before the query runs', async (t) => {
  const app = await buildTestApp(t)
  const etag = String((await app.inject('/articles')).headers.etag)
  const find = app.articles.find
  let queries = 0
  app.articles.find = (query) => {
    queries++
    return find(query)
  }
  t.equal((await app.inject({ url: '/articles', headers: { 'if-none-match': etag } })).statusCode, 304)
  t.equal(queries, 0, 'no query for a 304')
  t.equal((await app.inject('/articles')).statusCode, 200)
  t.equal(queries, 1, 'one query for a 200')
})

t.test('If-None-Match: * is a 304 when the resource exists, and not otherwise', async (t) => {
  const app = await buildTestApp(t)
  for (const url of ['/articles', '/articles/1', '/articles?format=csv']) {
    const res = await app.inject({ url, headers: { 'if-none-match': '*' } })
    t.equal(res.statusCode, 304, url)
    t.equal(res.body, '')
    t.notOk(res.headers['content-disposition'], 'no attachment header without a body')
  }
  assertProblem(t, await app.inject({ url: '/articles/999', headers: { 'if-none-match': '*' } }), 404)
})

t.test('another representation of the same URL does not match', async (t) => {
  const app = await buildTestApp(t)
  const json = await app.inject('/articles')
  const etag = String(json.headers.etag)
  const differently = [
    { url: '/articles', headers: { accept: 'text/csv' } },
    { url: '/articles', headers: { accept: 'application/x-ndjson' } },
    { url: '/articles?format=csv', headers: {} },
    { url: '/articles', headers: { 'accept-encoding': 'gzip' } },
    { url: '/articles?limit=20', headers: {} },
  ]
  for (const { url, headers } of differently) {
    const res = await app.inject({ url, headers: { ...headers, 'if-none-match': etag } })
    t.equal(res.statusCode, 200, `${url} ${JSON.stringify(headers)} is a 200`)
    t.not(res.headers.etag, etag, 'with its own ETag')
  }
})

t.test('the ETag changes when the data does', async (t) => {
  const app = await buildTestApp(t)
  const before = (await app.inject('/sources')).headers.etag
  const version = app.dataVersion.current().version
  await ingestPaths(app.db, [t.testdir({ 'page.txt': 'Another page\nSource: Reuters\nA paragraph of news text that is long enough to be read as an article body here.' })])
  t.ok(app.dataVersion.current().version > version, 'an ingest moves the data version')
  const after = await app.inject({ url: '/sources', headers: { 'if-none-match': String(before) } })
  t.equal(after.statusCode, 200, 'the old ETag no longer matches')
  t.not(after.headers.etag, before)

  const settled = app.dataVersion.current().version
  await ingestPaths(app.db, [t.testdir({ 'same.txt': 'Another page\nSource: Reuters\nA paragraph of news text that is long enough to be read as an article body here.' })])
  t.equal(app.dataVersion.current().version, settled, 'a page stored already changes nothing, not even the version')
})

t.test('every database has its own tags', async (t) => {
  const one = await buildTestApp(t)
  const two = await buildTestApp(t)
  t.same(one.dataVersion.current().version, two.dataVersion.current().version, 'the same writes give the same counter')
  t.not((await one.inject('/articles')).headers.etag, (await two.inject('/articles')).headers.etag, 'but not the same ETag')
})

t.test('errors and liveness are never stored', async (t) => {
  const app = await buildTestApp(t)
  for (const url of ['/articles/999', '/articles?limit=0', '/articles?format=xml', '/nope', '/headlines?since=yesterday']) {
    const res = await app.inject(url)
    t.ok(res.statusCode >= 400, url)
    t.equal(res.headers['cache-control'], 'no-store', `${url}: no-store`)
    t.notOk(res.headers.etag, `${url}: no ETag`)
  }
  const health = await app.inject('/health')
  t.equal(health.headers['cache-control'], 'no-store')
  t.notOk(health.headers.etag)
  const docs = await app.inject('/openapi.json')
  t.notOk(docs.headers.etag, 'the API description is left alone')
  t.notOk(docs.headers['cache-control'])
})
