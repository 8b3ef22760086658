// Who may write: API keys as bearer tokens on POST and DELETE /documents; reads stay public.
import t from 'tap'
import { assertProblem, buildTestApp, TEST_KEY } from '../helpers.js'

const PAGE = 'Floods close the river road\nHeavy rain flooded the river road in Mosul on Monday, and the council closed it until the water goes down, officials said.'
const OTHER_KEY = 'another-key-for-a-second-client-0123456789'
const post = (headers: Record<string, string>) => ({ method: 'POST' as const, url: '/documents', headers: { ...headers, 'content-type': 'text/plain' }, payload: PAGE })
const writes = (headers: Record<string, string>) => [post(headers), { method: 'DELETE' as const, url: '/documents/1', headers }]
const stored = (app: { db: { prepare(sql: string): { pluck(): { get(): unknown } } } }) =>
  app.db.prepare('SELECT count(*) FROM documents').pluck().get()

t.test('with no keys configured, writing is off: 403 saying how to turn it on', async (t) => {
  const app = await buildTestApp(t)
  for (const headers of [{}, { authorization: `Bearer ${TEST_KEY}` }] as Record<string, string>[]) {
    for (const request of writes(headers)) {
      const res = await app.inject(request)
      const body = assertProblem(t, res, 403)
      t.match(body.detail, /NEWSSTAND_API_KEYS/, `${request.method}: names the setting`)
      t.notOk(res.headers['www-authenticate'], 'no challenge: no key would help')
    }
  }
  t.equal(stored(app), 1, 'nothing written')
  t.equal((await app.inject('/articles')).statusCode, 200, 'reads are public')
})

t.test('with keys configured, a write needs one of them', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY, OTHER_KEY] })
  const missing: Record<string, string>[] = [{}, { authorization: 'Basic dXNlcjpwYXNz' }, { authorization: '' }]
  for (const headers of missing) {
    for (const request of writes(headers)) {
      const res = await app.inject(request)
      assertProblem(t, res, 401)
      t.equal(res.headers['www-authenticate'], 'Bearer realm="newsstand"', `${request.method} ${JSON.stringify(headers)}: the challenge, no error code`)
    }
  }
  const wrong = ['Bearer', 'Bearer ', `Bearer ${TEST_KEY}x`, `Bearer ${TEST_KEY.slice(0, -1)}`, 'Bearer short', `Bearer ${TEST_KEY} extra`, `Token ${TEST_KEY}`]
  for (const authorization of wrong) {
    for (const request of writes({ authorization })) {
      const res = await app.inject(request)
      assertProblem(t, res, 401)
      const challenge = String(res.headers['www-authenticate'])
      t.match(challenge, authorization.startsWith('Bearer') ? /^Bearer realm="newsstand", error="invalid_token"/ : /^Bearer realm="newsstand"$/, `${request.method} "${authorization}"`)
      t.notOk(JSON.stringify(res.json()).includes(TEST_KEY), 'the answer never repeats a key')
    }
  }
  t.equal(stored(app), 1, 'nothing written without a valid key')

  const created = await app.inject(post({ authorization: `Bearer ${TEST_KEY}` }))
  t.equal(created.statusCode, 201, 'the first key writes')
  const again = await app.inject(post({ authorization: `bearer   ${OTHER_KEY}` }))
  t.equal(again.statusCode, 200, 'so does the second, the scheme in any case')
  const deleted = await app.inject({ method: 'DELETE', url: `/documents/${created.json().id}`, headers: { authorization: `Bearer ${OTHER_KEY}` } })
  t.equal(deleted.statusCode, 204)

  for (const url of ['/articles', '/articles/1', '/sources', '/headlines', '/health']) {
    t.equal((await app.inject(url)).statusCode, 200, `${url} needs no key`)
  }
})

t.test('the key is checked before the body is read', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY], maxBodyBytes: 1024 })
  // Not a 413 or a 415: a client without a key learns nothing about the route, and sends no more bytes.
  assertProblem(t, await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'text/html' }, payload: 'x'.repeat(4096) }), 401)
})
