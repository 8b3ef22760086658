import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { ingestPaths } from '../../src/ingest/index.js'
import { assertProblem, buildTestApp, SEED_PAGE } from '../helpers.js'

type Summary = { id: number; title: string | null; source: unknown; publisher: unknown }
type Similar = { terms: string[]; items: Summary[] }

const BBC = new URL('../../../shared/corpus/bbc/bbc.jsonl', import.meta.url)
// Two of the BBC's Yukos stories that tell the same news (the US bankruptcy case), and one more
// Yukos story; the rest is every 50th article of the set that does not mention Yukos.
const PAIR = ['business/025', 'business/192']
const THIRD = 'business/077'

/** Pages as JSONL crawl records; `business/025` also comes back later at its URL with an edit (a new version). */
async function bbcApp(t: Test) {
  const app = await buildTestApp(t, { seed: false })
  const rows = readFileSync(BBC, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string })
  const picked = rows.filter((r, i) => [...PAIR, THIRD].includes(r.id) || (i % 50 === 0 && !r.text.includes('Yukos')))
  const record = (r: { id: string; text: string }) => JSON.stringify({ url: `https://news.example/${r.id}`, timestamp: '2005-03-01T12:00:00Z', text: r.text })
  const first = picked.find((r) => r.id === PAIR[0]) as { id: string; text: string }
  const lines = [...picked.map(record), record({ ...first, text: `${first.text}\nThis story was updated.` })]
  await ingestPaths(app.db, [join(t.testdir({ 'bbc.jsonl': `${lines.join('\n')}\n` }), 'bbc.jsonl')])
  // BBC id → the article ids of its URL, oldest first.
  const ids = new Map<string, number[]>()
  for (const a of (await app.inject('/articles?limit=100')).json().items as Summary[]) {
    const { url, versions } = (await app.inject(`/articles/${a.id}`)).json() as { url: string; versions: number[] }
    ids.set(new URL(url).pathname.slice(1), versions)
  }
  return { app, ids, count: picked.length }
}

t.test('GET /articles/{id}/similar finds the story about the same news first', async (t) => {
  const { app, ids, count } = await bbcApp(t)
  t.ok(count > 40, `${count} articles`)
  const [oldVersion, current] = ids.get(PAIR[0] as string) as [number, number]
  const [other] = ids.get(PAIR[1] as string) as [number]
  const [third] = ids.get(THIRD) as [number]

  for (const id of [current, oldVersion]) {
    const res = await app.inject(`/articles/${id}/similar`)
    t.equal(res.statusCode, 200)
    const body = res.json() as Similar
    t.equal(body.items[0]?.id, other, `from version ${id}: the other bankruptcy story comes first`)
    t.ok(body.items.slice(0, 3).some((a) => a.id === third), 'the third Yukos story is near the top')
    t.notOk(body.items.some((a) => a.id === current || a.id === oldVersion), 'never itself or another version of its URL')
    t.ok(body.terms.includes('yukos'), `the words searched say why: ${body.terms.join(' ')}`)
    t.ok(body.terms.length <= 12)
    t.match(body.items[0], { id: Number, title: String, source: null, publisher: { name: 'news.example' } }, 'article summaries')
  }
  const reverse = (await app.inject(`/articles/${other}/similar?limit=1`)).json() as Similar
  t.same(reverse.items.map((a) => a.id), [current], 'the current version, not the older one, is what others find')
  const many = ((await app.inject(`/articles/${third}/similar?limit=50`)).json() as Similar).items.map((a) => a.id)
  const few = ((await app.inject(`/articles/${third}/similar?limit=2`)).json() as Similar).items.map((a) => a.id)
  t.ok(many.length > 2 && many.length < count, `every match (${many.length}), fewer than asked`)
  t.equal(new Set(many).size, many.length, 'each once')
  t.same(few, many.slice(0, 2), 'a smaller limit is the top of the same ranking')
})

t.test('similar: an article sharing no distinctive word, bad ids and limits', async (t) => {
  const app = await buildTestApp(t)
  t.same((await app.inject('/articles/1/similar')).json(), { terms: [], items: [] }, 'alone in the database: nothing alike')
  assertProblem(t, await app.inject('/articles/2/similar'), 404)
  assertProblem(t, await app.inject('/articles/x/similar'), 400, { in: 'path', name: 'id' })
  assertProblem(t, await app.inject('/articles/1/similar?limit=0'), 400, { in: 'query', name: 'limit' })
  assertProblem(t, await app.inject('/articles/1/similar?limit=51'), 400, { in: 'query', name: 'limit' })
})

t.test('GET /articles/{id}/raw is the stored page byte for byte', async (t) => {
  const app = await buildTestApp(t)
  const seed = readFileSync(SEED_PAGE)
  const res = await app.inject('/articles/1/raw')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'text/plain; charset=utf-8')
  t.equal(res.headers['content-length'], String(seed.length))
  t.ok(res.rawPayload.equals(seed), 'the file in ../shared/seeds, byte for byte')
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')
  t.equal(sha256(res.rawPayload), (await app.inject('/articles/1')).json().sha256, "the answer's hash is the article's sha256")
  const stored = app.db.prepare('SELECT raw_codec AS codec, length(raw) AS bytes FROM documents WHERE id = 1').get() as { codec: string; bytes: number }
  t.ok(stored.codec === 'br' && stored.bytes < seed.length, `served from ${stored.bytes} compressed bytes (${stored.codec})`)

  // Latin-1 bytes (é as 0xE9, è as 0xE8) and a CRLF: not valid UTF-8, stored and sent as they were.
  const latin1 = Buffer.concat([
    Buffer.from('Le caf', 'latin1'), Buffer.from([0xe9]), Buffer.from(' de la gare ferme ses portes apr', 'latin1'), Buffer.from([0xe8]),
    Buffer.from('s cent ans.\r\nLes habitants du quartier regrettent un lieu de rencontre qui faisait partie de leur vie depuis toujours.\n', 'latin1'),
  ])
  await ingestPaths(app.db, [join(t.testdir({ 'latin1.txt': latin1 }), 'latin1.txt')])
  const article = (await app.inject('/articles/2')).json()
  t.match(article.warnings, [/not valid UTF-8/], 'the article says its page was not UTF-8')
  const raw = await app.inject('/articles/2/raw')
  t.equal(raw.statusCode, 200)
  t.equal(raw.headers['content-length'], String(latin1.length))
  t.ok(raw.rawPayload.equals(latin1), 'the original bytes, not a re-encoding of the decoded text')
  t.equal((await app.inject({ method: 'HEAD', url: '/articles/2/raw' })).headers['content-length'], String(latin1.length), 'HEAD gives the length too')

  assertProblem(t, await app.inject('/articles/3/raw'), 404)
  assertProblem(t, await app.inject('/articles/0/raw'), 400, { in: 'path', name: 'id' })
})
