// Request ids: one id per request, on every log line about it and on its answer.
import { Writable } from 'node:stream'
import t from 'tap'
import { assertProblem, buildTestApp } from '../helpers.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u

function logCapture() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done() } })
  return { lines, logger: { level: 'info', stream } }
}

t.test('a generated id, a fresh one per request, on the answer and each log line', async (t) => {
  const { lines, logger } = logCapture()
  const app = await buildTestApp(t, { logger })
  const first = await app.inject('/articles/1')
  const second = await app.inject('/articles/1')
  const id = String(first.headers['x-request-id'])
  t.match(id, UUID, 'a UUID, not a per-process counter')
  t.not(second.headers['x-request-id'], id, 'unique per request')
  const mine = lines.filter((l) => l.reqId === id)
  t.same(mine.map((l) => l.msg), ['incoming request', 'request completed'], 'both request log lines carry the id')
  t.ok(lines.every((l) => l.reqId !== undefined), 'no request log line without an id')
})

t.test("a client's X-Request-Id is kept when sane, replaced otherwise", async (t) => {
  const { lines, logger } = logCapture()
  const app = await buildTestApp(t, { seed: false, logger })
  for (const sent of ['abc-123', 'trace:7f3a/span.9_x@edge', 'x'.repeat(128), '4bf92f3577b34da6a3ce929d0e0e4736']) {
    const res = await app.inject({ url: '/sources', headers: { 'x-request-id': sent } })
    t.equal(res.headers['x-request-id'], sent, `kept: ${sent.slice(0, 40)}`)
    t.ok(lines.some((l) => l.reqId === sent && l.msg === 'request completed'), 'and logged under it')
  }
  for (const sent of ['', 'x'.repeat(129), 'has space', '"quoted"', '<script>', 'ünïcode', 'a;b']) {
    const res = await app.inject({ url: '/sources', headers: { 'x-request-id': sent } })
    t.match(res.headers['x-request-id'], UUID, `replaced: ${JSON.stringify(sent.slice(0, 40))}`)
  }
  const twice = await app.inject({ url: '/sources', headers: { 'x-request-id': ['a', 'b'] } })
  t.match(twice.headers['x-request-id'], UUID, 'a header sent twice is replaced')
})

t.test('answers cut short carry the id too: 404, 400, 429, a bad URL, a 500', async (t) => {
  const { lines, logger } = logCapture()
  const app = await buildTestApp(t, { seed: false, rateLimit: 2, logger })
  app.get('/boom', async () => { throw new Error('disk on fire') })
  // The rate limit counts routed requests only: /articles/abc and /boom spend the budget of 2.
  const cases: [string, number][] = [['/no/such/route', 404], ['/articles/abc', 400], ['/%E0%A4%A', 400], ['/boom', 500], ['/sources', 429]]
  for (const [url, status] of cases) {
    const res = await app.inject({ url, headers: { 'x-request-id': `case-${status}-${url.length}` } })
    assertProblem(t, res, status)
    t.equal(res.headers['x-request-id'], `case-${status}-${url.length}`, `${url}: ${status} names the request`)
  }
  const failed = lines.find((l) => l.msg === 'request failed')
  t.match(failed, { reqId: 'case-500-5', level: 50, err: { message: 'disk on fire' } }, 'the 500 is logged under the id the client sent')
})

t.test('a browser script may read the id (CORS)', async (t) => {
  const app = await buildTestApp(t, { seed: false, corsOrigins: ['https://a.example'] })
  const res = await app.inject({ url: '/sources', headers: { origin: 'https://a.example' } })
  t.match(String(res.headers['access-control-expose-headers']), /X-Request-Id/u)
})
