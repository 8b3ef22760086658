import { Writable } from 'node:stream'
import t from 'tap'
import { loadConfig } from '../../src/config.js'
import { assertProblem, buildTestApp } from '../helpers.js'

t.test('over its budget a client gets a 429 problem with Retry-After; /health and /docs stay open', async (t) => {
  const app = await buildTestApp(t, { rateLimit: 2 })
  const first = await app.inject('/sources')
  t.equal(first.statusCode, 200)
  t.equal(first.headers['ratelimit-limit'], '2', 'RateLimit-Limit')
  t.equal(first.headers['ratelimit-remaining'], '1', 'RateLimit-Remaining')
  t.ok(Number(first.headers['ratelimit-reset']) > 0, 'RateLimit-Reset in seconds')
  t.equal((await app.inject('/articles')).statusCode, 200)
  const over = await app.inject('/sources')
  const body = assertProblem(t, over, 429)
  t.match(body.detail, /2 requests a minute/)
  t.ok(Number(over.headers['retry-after']) > 0, 'Retry-After in seconds')
  t.equal(over.headers['ratelimit-remaining'], '0')
  t.equal(over.headers['x-content-type-options'], 'nosniff', 'a 429 carries the security headers too')
  for (const url of ['/health', '/docs/', '/docs/static/swagger-ui.css']) {
    t.equal((await app.inject(url)).statusCode, 200, `${url} is exempt`)
  }
  t.equal((await app.inject({ url: '/sources', remoteAddress: '10.0.0.9' })).statusCode, 200, 'budgets are per client IP')
})

t.test('no limit when it is 0 (the app default)', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  const res = await app.inject('/sources')
  t.equal(res.headers['ratelimit-limit'], undefined)
})

t.test('security headers on API answers and errors; Swagger UI still works under the CSP', async (t) => {
  const app = await buildTestApp(t)
  for (const url of ['/articles', '/nope']) {
    const res = await app.inject(url)
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${url} nosniff`)
    t.equal(res.headers['x-frame-options'], 'SAMEORIGIN', `${url} frame options`)
    t.equal(res.headers['referrer-policy'], 'no-referrer', `${url} referrer policy`)
    t.ok(res.headers['content-security-policy'], `${url} has a CSP`)
  }
  const page = await app.inject('/docs/')
  t.equal(page.statusCode, 200)
  const csp = String(page.headers['content-security-policy'])
  t.match(csp, /script-src 'self'/)
  t.notMatch(csp, /upgrade-insecure-requests/, 'plain-HTTP deployments keep their docs assets')
  // Everything the page loads is a file from 'self': no inline script the CSP would block.
  t.notMatch(page.body, /<script>(?!\s*<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/u, 'no inline scripts')
  // As the browser resolves them: relative to /docs/, and all of them on this origin.
  const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/gu)].map((m) => new URL(m[1] ?? '', 'http://self/docs/'))
  t.ok(assets.every((u) => u.host === 'self'), 'every asset is same-origin')
  t.ok(assets.some((u) => u.pathname === '/docs/static/swagger-initializer.js'), 'the initializer is a file')
  for (const { pathname } of assets) t.equal((await app.inject(pathname)).statusCode, 200, pathname)
  const init = await app.inject('/docs/static/swagger-initializer.js')
  t.match(init.body, /validatorUrl":\s*null|validatorUrl: null/, 'no third-party validator badge')
})

t.test('CORS: off by default; the listed origins get the headers clients need', async (t) => {
  const off = await buildTestApp(t, { seed: false })
  t.equal((await off.inject({ url: '/sources', headers: { origin: 'https://a.example' } })).headers['access-control-allow-origin'], undefined)

  const app = await buildTestApp(t, { corsOrigins: ['https://a.example'], rateLimit: 100 })
  const res = await app.inject({ url: '/articles', headers: { origin: 'https://a.example' } })
  t.equal(res.headers['access-control-allow-origin'], 'https://a.example')
  const exposed = String(res.headers['access-control-expose-headers']).toLowerCase()
  for (const h of ['etag', 'link', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after']) t.match(exposed, h, `exposes ${h}`)
  t.equal((await app.inject({ url: '/articles', headers: { origin: 'https://evil.example' } })).headers['access-control-allow-origin'], undefined, 'other origins get nothing')
  const preflight = await app.inject({ method: 'OPTIONS', url: '/articles', headers: { origin: 'https://a.example', 'access-control-request-method': 'GET' } })
  t.equal(preflight.statusCode, 204, 'preflight answered')

  const any = await buildTestApp(t, { seed: false, corsOrigins: ['*'] })
  t.equal((await any.inject({ url: '/sources', headers: { origin: 'https://b.example' } })).headers['access-control-allow-origin'], '*')
})

t.test('a 500 leaks no stack, SQL or path and is logged with the request id', async (t) => {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done() } })
  const app = await buildTestApp(t, { seed: false, logger: { level: 'error', stream } })
  app.get('/boom', async () => {
    throw new Error('SQLITE_ERROR: no such column: x in SELECT x FROM articles at /srv/newsstand/src/db/repositories/articles.ts:42:7')
  })
  const res = await app.inject('/boom')
  const body = assertProblem(t, res, 500)
  t.notMatch(JSON.stringify(body), /SELECT|SQLITE|\/srv|articles\.ts/, 'nothing internal in the body')
  const logged = lines.find((l) => l.msg === 'request failed')
  t.ok(logged, 'logged')
  t.match(String(body.detail), String(logged?.reqId), 'the body names the logged request id')
  t.match(logged, { err: { message: /SELECT x FROM articles/ } }, 'the log keeps the details')
})

t.test('configuration: rate limit and CORS origins from the environment', async (t) => {
  t.match(loadConfig({}), { rateLimit: 600, corsOrigins: [] })
  t.match(loadConfig({ NEWSSTAND_RATE_LIMIT: '0', NEWSSTAND_CORS_ORIGINS: 'https://a.example, https://b.example,' }), { rateLimit: 0, corsOrigins: ['https://a.example', 'https://b.example'] })
  t.throws(() => loadConfig({ NEWSSTAND_RATE_LIMIT: '-1' }), /NEWSSTAND_RATE_LIMIT/)
})
