// The write routes fuzzed past authorization (the OpenAPI-driven fuzz test sends no key, so it
// only ever reaches their 403): random and hostile bodies, content types and ids with a valid
// key. Never a 5xx, every 4xx a problem, every 2xx the documented shape, and the server sound
// afterwards. A fixed seed and bounded runs keep it reproducible and fast.
import fc from 'fast-check'
import t from 'tap'
import { assertProblem, buildTestApp, TEST_KEY } from '../helpers.js'

const SEED = 20261126
const RUNS = 300
const auth = { authorization: `Bearer ${TEST_KEY}` }

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\uD800', '{', '{"text":', '[]', 'null', '"x"', '{"text": 5}', '{"text": ""}',
    '{"text": "a", "url": 7}', '{"text": "Mosul\\u0000"}', 'a'.repeat(20_000), '\n\n\n', '{"text":"a"}\n{broken\n{"text":"b"}'),
  fc.array(fc.oneof(fc.json(), fc.string({ maxLength: 80 })), { maxLength: 5 }).map((lines) => lines.join('\n')),
  fc.record({ text: fc.string({ maxLength: 400 }), url: fc.option(fc.webUrl()), timestamp: fc.option(fc.string({ maxLength: 30 })) })
    .map((r) => JSON.stringify(r)),
)
const contentType = fc.constantFrom('text/plain', 'text/plain; charset=latin1', 'application/json', 'application/x-ndjson',
  'application/octet-stream', 'multipart/form-data; boundary=x', 'text/csv', '', 'application/json; charset=utf-16', '*/*')
const id = fc.oneof(fc.integer({ min: -5, max: 50 }).map(String), fc.constantFrom('0', 'abc', '1e3', '9'.repeat(30), '%00', '-1'))

t.test('POST and DELETE /documents with a valid key: no 5xx, problems on every 4xx', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  const statuses = new Map<number, number>()
  await fc.assert(
    fc.asyncProperty(fc.oneof(
      fc.record({ kind: fc.constant('post' as const), body: hostileText, type: contentType }),
      fc.record({ kind: fc.constant('delete' as const), id }),
    ), async (req) => {
      const res = req.kind === 'post'
        ? await app.inject({ method: 'POST', url: '/documents', headers: { ...auth, ...(req.type ? { 'content-type': req.type } : {}) }, payload: req.body })
        : await app.inject({ method: 'DELETE', url: `/documents/${req.id}`, headers: auth })
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
      if (res.statusCode >= 500) throw new Error(`${req.kind} ${JSON.stringify(req).slice(0, 300)}: ${res.statusCode} ${res.body.slice(0, 300)}`)
      if (res.statusCode >= 400) {
        const problem = res.headers['content-type']?.toString().startsWith('application/problem+json') && res.json()
        if (!problem || problem.status !== res.statusCode || typeof problem.detail !== 'string') {
          throw new Error(`${req.kind}: a ${res.statusCode} that is not a problem: ${res.body.slice(0, 300)}`)
        }
      } else if (req.kind === 'post') {
        const body = res.json() as { status?: unknown; results?: unknown }
        if (body.status === undefined && !Array.isArray(body.results)) throw new Error(`post: a ${res.statusCode} without status or results: ${res.body.slice(0, 300)}`)
      } else if (res.statusCode !== 204) {
        throw new Error(`delete: a ${res.statusCode}`)
      }
    }),
    { seed: SEED, numRuns: RUNS },
  )
  t.comment(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`)
  t.ok([...statuses.keys()].some((s) => s === 201), 'some random pages were stored')
  t.ok([...statuses.keys()].some((s) => s === 204), 'some deletes went through')
  // The database is still sound and answers as usual.
  assertProblem(t, await app.inject({ method: 'POST', url: '/documents', headers: auth, payload: '' }), 400)
  t.equal((await app.inject('/health')).statusCode, 200, 'healthy')
  t.equal((await app.inject('/articles')).statusCode, 200, 'lists answer')
  t.equal(app.db.prepare('PRAGMA integrity_check').pluck().get(), 'ok', 'integrity_check ok')
  const missing = app.db.prepare('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id)').pluck().get()
  t.equal(missing, 0, 'no page without its article')
  for (const index of ['articles_fts', 'headlines_fts']) {
    t.doesNotThrow(() => app.db.prepare(`INSERT INTO ${index} (${index}) VALUES ('integrity-check')`).run(), `${index} matches its table`)
  }
})
