// Compression (src/plugins/compression.ts) of JSON, problem+json, NDJSON and CSV answers.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import t from 'tap'
import { buildTestApp } from '../helpers.js'

t.test('JSON over 1 KB is compressed as the client accepts, and decompresses to the same body', async (t) => {
  const app = await buildTestApp(t)
  const plain = await app.inject('/articles/1')
  t.notOk(plain.headers['content-encoding'], 'no Accept-Encoding: as it is')
  t.ok(plain.rawPayload.length > 1024)
  for (const [accept, encoding, decode] of [
    ['gzip', 'gzip', gunzipSync],
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['br;q=0, gzip', 'gzip', gunzipSync],
  ] as const) {
    const res = await app.inject({ url: '/articles/1', headers: { 'accept-encoding': accept } })
    t.equal(res.headers['content-encoding'], encoding, `Accept-Encoding: ${accept}`)
    t.ok(res.rawPayload.length < plain.rawPayload.length / 2, 'smaller by half at least')
    t.equal(decode(res.rawPayload).toString('utf8'), plain.body, 'the same JSON once decompressed')
    t.match(res.headers.vary, /accept-encoding/)
  }
  const identity = await app.inject({ url: '/articles/1', headers: { 'accept-encoding': 'identity' } })
  t.notOk(identity.headers['content-encoding'])
})

t.test('small answers are left as they are', async (t) => {
  const app = await buildTestApp(t)
  const res = await app.inject({ url: '/sources', headers: { 'accept-encoding': 'gzip' } })
  t.ok(res.rawPayload.length < 1024)
  t.notOk(res.headers['content-encoding'])
  t.same(res.json().items.length, 1)
})

t.test('problems and exports are compressed too', async (t) => {
  const app = await buildTestApp(t)
  // A long q that is too long: its URL, echoed as `instance`, makes the problem over 1 KB.
  const problem = await app.inject({ url: '/articles', query: { q: 'x'.repeat(1001) }, headers: { 'accept-encoding': 'gzip' } })
  t.equal(problem.statusCode, 400)
  t.equal(problem.headers['content-encoding'], 'gzip')
  t.match(JSON.parse(gunzipSync(problem.rawPayload).toString('utf8')), { status: 400, errors: [{ name: 'q' }] })

  for (const format of ['ndjson', 'csv']) {
    const plain = await app.inject(`/headlines?format=${format}`)
    const res = await app.inject({ url: `/headlines?format=${format}`, headers: { 'accept-encoding': 'gzip' } })
    t.equal(res.headers['content-encoding'], 'gzip', `${format} is compressed as it streams`)
    t.equal(gunzipSync(res.rawPayload).toString('utf8'), plain.body)
  }
})
