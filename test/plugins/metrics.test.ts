// GET /metrics: what an operator's Prometheus scrapes, counted from real requests.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { buildApp, type App } from '../../src/app.js'
import { buildTestApp, SEED_PAGE, TEST_KEY } from '../helpers.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { parseMetrics, sample } from '../metrics-text.js'

const scrape = async (app: App) => parseMetrics((await app.inject('/metrics')).body)
const requests = 'newsstand_http_request_duration_seconds_count'
const reads = 'newsstand_db_read_duration_seconds_count'
const pages = 'newsstand_ingest_pages_total'

t.test('the Prometheus text format, with the process metrics, never cached', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  const res = await app.inject('/metrics')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8')
  t.equal(res.headers['cache-control'], 'no-store')
  t.notOk(res.headers.etag)
  t.match(res.body, /^# HELP newsstand_http_request_duration_seconds /mu)
  t.match(res.body, /^# TYPE newsstand_http_request_duration_seconds histogram$/mu)
  const samples = parseMetrics(res.body)
  for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
    t.ok(samples.some((s) => s.name === name), `process metric ${name}`)
  }
  t.same(['new', 'unchanged', 'version', 'error'].map((outcome) => sample(samples, pages, { outcome })), [0, 0, 0, 0], 'ingest counters start at 0, so rates work from the first scrape')
})

t.test('requests are counted by method, route pattern and status, never by raw URL', async (t) => {
  const app = await buildTestApp(t)
  await app.inject('/articles/1')
  await app.inject('/articles/1')
  await app.inject('/articles/424242')
  await app.inject('/articles/x')
  await app.inject('/no/such/thing?x=1')
  await app.inject('/another/unknown/path')
  await app.inject({ method: 'HEAD', url: '/sources' })
  const samples = await scrape(app)
  const route = '/articles/{id}'
  t.equal(sample(samples, requests, { method: 'GET', route, status_code: '200' }), 2)
  t.equal(sample(samples, requests, { method: 'GET', route, status_code: '404' }), 1)
  t.equal(sample(samples, requests, { method: 'GET', route, status_code: '400' }), 1, 'an invalid id is the same route')
  t.equal(sample(samples, requests, { method: 'GET', route: 'unmatched', status_code: '404' }), 2, 'unknown paths share one label')
  t.equal(sample(samples, requests, { method: 'HEAD', route: '/sources', status_code: '200' }), 1)
  const routes = new Set(samples.filter((s) => s.name === requests).map((s) => s.labels.route))
  t.same([...routes].sort(), ['/articles/{id}', '/sources', 'unmatched'], 'patterns only: no /articles/1, no query strings')
  const sum = sample(samples, 'newsstand_http_request_duration_seconds_sum', { method: 'GET', route, status_code: '200' }) as number
  t.ok(sum > 0 && sum < 10, `durations are in seconds (${sum})`)
  t.equal(sample(samples, 'newsstand_http_request_duration_seconds_bucket', { method: 'GET', route, status_code: '200', le: '+Inf' }), 2)
})

t.test('a request its client gave up on is counted as aborted', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  let started = () => {}
  const running = new Promise<void>((resolve) => { started = resolve })
  app.get('/slow', async () => {
    started()
    await new Promise((resolve) => setTimeout(resolve, 300))
    return { ok: true }
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const client = new AbortController()
  const answer = fetch(`http://127.0.0.1:${port}/slow`, { signal: client.signal })
  await running
  client.abort()
  await t.rejects(answer)
  await new Promise((resolve) => setTimeout(resolve, 400))
  const samples = await scrape(app)
  t.equal(sample(samples, 'newsstand_http_requests_aborted_total', { method: 'GET', route: '/slow' }), 1)
  t.equal(sample(samples, requests, { route: '/slow' }), undefined, 'and not as answered')
})

t.test('each app counts its own requests (a registry per app)', async (t) => {
  const a = await buildTestApp(t, { seed: false })
  const b = await buildTestApp(t, { seed: false })
  await a.inject('/sources')
  await a.inject('/sources')
  t.equal(sample(await scrape(a), requests, { route: '/sources' }), 2)
  t.equal(sample(await scrape(b), requests, { route: '/sources' }), undefined, 'the other app saw none')
})

t.test('read times by repository method and outcome', async (t) => {
  const app = await buildTestApp(t)
  await app.inject('/articles?q=Baghdad')
  await app.inject('/articles?q=Baghdad')
  await app.inject('/articles/1')
  t.equal((await app.inject('/articles?q=%22%22')).statusCode, 400)
  const samples = await scrape(app)
  t.equal(sample(samples, reads, { repo: 'articles', method: 'find', where: 'inline', outcome: 'ok' }), 2)
  t.equal(sample(samples, reads, { repo: 'articles', method: 'getJson', where: 'inline', outcome: 'ok' }), 1, 'GET /articles/{id} reads its JSON on the main thread')
  t.equal(sample(samples, reads, { repo: 'articles', method: 'find', outcome: 'invalid' }), 1, 'a search with nothing to search for')
  const sum = sample(samples, 'newsstand_db_read_duration_seconds_sum', { repo: 'articles', method: 'find', outcome: 'ok' }) as number
  t.ok(sum > 0 && sum < 5, `read time in seconds (${sum})`)
})

t.test('a file database: its size and its WAL, and reads on the worker pool', async (t) => {
  const dbPath = join(t.testdir({}), 'metrics.db')
  const app = await buildApp({ dbPath, readWorkers: 1 })
  t.teardown(() => app.close())
  await ingestPaths(app.db, [SEED_PAGE])
  t.equal((await app.inject('/articles?q=Baghdad')).statusCode, 200)
  const samples = await scrape(app)
  t.equal(sample(samples, 'newsstand_db_size_bytes', { file: 'main' }), statSync(dbPath).size)
  t.equal(sample(samples, 'newsstand_db_size_bytes', { file: 'wal' }), statSync(`${dbPath}-wal`).size)
  t.ok((sample(samples, 'newsstand_db_size_bytes', { file: 'wal' }) as number) > 0, 'the ingest is in the WAL')
  t.equal(sample(samples, reads, { repo: 'articles', method: 'find', where: 'pool', outcome: 'ok' }), 1)
  t.ok(sample(samples, reads, { repo: 'articles', method: 'count', where: 'inline' }) === undefined, 'nothing else was read')
})

t.test('pages written through POST /documents, by outcome', async (t) => {
  const app = await buildTestApp(t, { seed: false, apiKeys: [TEST_KEY] })
  const post = (type: string, payload: string) =>
    app.inject({ method: 'POST', url: '/documents', headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': type }, payload })
  const page = (n: number) => `Floods close road ${n}\nBy Staff Writer\nHeavy rain flooded the river road on day ${n}, the council said.\nSource: Example News`
  const url = 'https://news.example/floods'
  t.equal((await post('application/json', JSON.stringify({ text: page(1), url }))).statusCode, 201)
  t.equal((await post('application/json', JSON.stringify({ text: page(1), url }))).statusCode, 200)
  t.equal((await post('application/json', JSON.stringify({ text: page(2), url }))).statusCode, 201)
  t.equal((await post('text/plain', '   \n  ')).statusCode, 422)
  const batch = [JSON.stringify({ text: page(3) }), '{"not": "a page"}', JSON.stringify({ text: page(3) }), 'not json'].join('\n')
  t.equal((await post('application/x-ndjson', batch)).statusCode, 200)
  t.equal((await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'text/plain' }, payload: page(9) })).statusCode, 401)
  const samples = await scrape(app)
  t.same(Object.fromEntries(['new', 'unchanged', 'version', 'error'].map((outcome) => [outcome, sample(samples, pages, { outcome })])),
    { new: 2, unchanged: 2, version: 1, error: 3 }, 'refused requests (401) count no page')
})

t.test('scraping is not rate-limited, and documented without a 429', async (t) => {
  const app = await buildTestApp(t, { seed: false, rateLimit: 2 })
  const op = (await app.inject('/openapi.json')).json().paths['/metrics'].get
  t.match(op, { tags: ['meta'], operationId: 'getMetrics' })
  t.notOk(op.responses[429], 'no 429 documented')
  t.ok(op.responses[200].content['text/plain'], 'text/plain documented')
  t.equal((await app.inject('/sources')).statusCode, 200, 'the second request of two allowed')
  t.equal((await app.inject('/sources')).statusCode, 429, 'the client is over its budget')
  for (let i = 0; i < 3; i++) t.equal((await app.inject('/metrics')).statusCode, 200, 'but Prometheus still scrapes')
  t.equal(sample(await scrape(app), requests, { route: '/sources', status_code: '429' }), 1, 'and sees the refusals')
})
