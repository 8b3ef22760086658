// JSONL input as web-crawl datasets ship it: one page per line, metadata beside the text, maybe
// gzipped or on standard input. Checked with SQL against what was stored.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import type { Db } from '../../src/db/open.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { freshDb, SEED_PAGE } from '../helpers.js'

const seed = readFileSync(SEED_PAGE, 'utf8')
const UNTITLED = [
  'Iraqi forces said on Sunday they had taken the last districts of Tal Afar after eight days of fighting.',
  'Commanders said police units would move into the town once engineers had cleared the main roads.',
  'Residents who fled before the offensive began were told to wait before going back to their homes.',
].join('\n')


const rows = (db: Db, sql: string): unknown[] => db.prepare(sql).all()

/** A crawl dump with good pages, a blank line, a broken line and a record with no text. */
const dump = [
  JSON.stringify({ text: seed, url: 'https://english.ahram.example/News/1.aspx', timestamp: '2017-08-29T18:00:00Z' }),
  '',
  '{"text": "unterminated',
  JSON.stringify({ url: 'https://example.org/no-text' }),
  JSON.stringify({ text: UNTITLED, url: 'https://www.example.org/tal-afar', title: 'Tal Afar retaken', date: '2017-08-27' }),
].join('\n')

t.test('a JSONL dump: pages with their metadata, bad lines recorded with file and line', async (t) => {
  const db = freshDb(t)
  const file = join(t.testdir({ 'crawl.jsonl': dump }), 'crawl.jsonl')
  const summary = await ingestPaths(db, [file])
  t.match(summary, { pagesRead: 2, articles: { new: 2, unchanged: 0, newVersions: 0 } })
  t.same(summary.errors.map((e) => e.origin), [`${file}:3`, `${file}:4`])
  t.match(summary.errors[0]?.reason, /JSON/)
  t.match(summary.errors[1]?.reason, /"text"/)
  t.same(rows(db, 'SELECT origin, line FROM ingest_errors ORDER BY id'), [{ origin: `${file}:3`, line: 3 }, { origin: `${file}:4`, line: 4 }], 'kept in ingest_errors too')

  const docs = rows(db, 'SELECT url, crawled_at AS crawledAt, meta FROM documents ORDER BY id') as { url: string; crawledAt: string | null; meta: string }[]
  t.same(docs.map((d) => [d.url, d.crawledAt]), [['https://english.ahram.example/News/1.aspx', '2017-08-29T18:00:00Z'], ['https://www.example.org/tal-afar', null]])
  t.same(JSON.parse(docs[1]?.meta ?? '{}'), { url: 'https://www.example.org/tal-afar', title: 'Tal Afar retaken', date: '2017-08-27' })

  const untitled = rows(db, `SELECT a.title, a.published_at AS publishedAt, a.provenance, p.name AS publisher
    FROM articles a LEFT JOIN publishers p ON p.id = a.publisher_id WHERE a.id = 2`)[0] as Record<string, string>
  t.equal(untitled.title, 'Tal Afar retaken', 'the page has no title: the record gives it')
  t.equal(untitled.publishedAt, '2017-08-27T00:00:00Z')
  t.same(JSON.parse(untitled.provenance ?? '{}'), { title: 'metadata', byline: null, publishedAt: 'metadata' })
  t.equal(untitled.publisher, 'example.org', 'no footer: the URL host is the publisher')
  const seeded = rows(db, 'SELECT a.title, p.name AS publisher FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE a.id = 1')[0]
  t.same(seeded, { title: null, publisher: 'Arab Today Media Group' }, 'the page text wins over metadata')
})

t.test("a URL's day dates a page that prints none; the record's own date comes before it", async (t) => {
  const db = freshDb(t)
  const url = 'https://www.example.org/world/2017/08/27/tal-afar-retaken'
  const file = join(t.testdir({ 'crawl.jsonl': [
    JSON.stringify({ text: UNTITLED, url }),
    JSON.stringify({ text: `${UNTITLED}\nEngineers began clearing the roads into the town on Monday morning.`, url: `${url}-2`, date: '2017-08-28T09:30:00Z' }),
  ].join('\n') }), 'crawl.jsonl')
  t.match(await ingestPaths(db, [file]), { articles: { new: 2 } })
  const got = rows(db, 'SELECT published_at AS publishedAt, provenance FROM articles ORDER BY id') as { publishedAt: string; provenance: string }[]
  t.same(got.map((r) => [r.publishedAt, JSON.parse(r.provenance).publishedAt]), [
    ['2017-08-27T00:00:00Z', 'url'],
    ['2017-08-28T09:30:00Z', 'metadata'],
  ])
})

t.test('gzip and standard input give the same records as the plain file', async (t) => {
  const dir = t.testdir({ 'crawl.jsonl.gz': gzipSync(dump), 'broken.jsonl.gz': Buffer.from('not gzip at all') })
  const gz = freshDb(t)
  const fromGz = await ingestPaths(gz, [join(dir, 'crawl.jsonl.gz'), join(dir, 'broken.jsonl.gz')])
  t.match(fromGz, { pagesRead: 2, articles: { new: 2 } })
  t.match(fromGz.errors.at(-1), { origin: join(dir, 'broken.jsonl.gz'), reason: /gzip/ }, 'a corrupt archive is an error, not a crash')
  const stdin = freshDb(t)
  const fromStdin = await ingestPaths(stdin, ['-'], { stdin: Readable.from([dump.slice(0, 100), dump.slice(100)]) })
  t.match(fromStdin, { pagesRead: 2, articles: { new: 2 } })
  t.same(fromStdin.errors.map((e) => e.origin), ['stdin:3', 'stdin:4'])
  const sql = 'SELECT sha256, url FROM documents ORDER BY id'
  t.same(rows(gz, sql), rows(stdin, sql))
})

t.test('the same URL with new text is a new version; the API serves the latest', async (t) => {
  const app = await buildApp({ dbPath: ':memory:' })
  t.teardown(() => app.close())
  const url = 'https://www.example.org/tal-afar'
  const first = JSON.stringify({ text: UNTITLED, url })
  const second = JSON.stringify({ text: `${UNTITLED}\nA fourth paragraph was added when the story was updated later that day.`, url })
  const dir = t.testdir({ 'a.jsonl': first, 'b.jsonl': `${first}\n${second}\n` })
  t.match(await ingestPaths(app.db, [join(dir, 'a.jsonl')]), { articles: { new: 1, newVersions: 0 } })
  t.match(await ingestPaths(app.db, [join(dir, 'b.jsonl')]), { articles: { new: 0, unchanged: 1, newVersions: 1 } })
  const list = (await app.inject('/articles')).json()
  t.same(list.items.map((a: { id: number }) => a.id), [2], 'only the current version is listed')
  t.same((await app.inject('/articles?q=fourth%20paragraph')).json().items.map((a: { id: number }) => a.id), [2])
  t.same((await app.inject('/articles?q=Residents')).json().items.map((a: { id: number }) => a.id), [2], 'search too')
  const old = (await app.inject('/articles/1')).json()
  t.same(old.versions, [1, 2], 'the old version stays retrievable and knows its successor')
})

t.test('bad input never stops a run', async (t) => {
  const db = freshDb(t)
  const binary = Buffer.alloc(4096, 0)
  binary.write('PNG', 1)
  const longLine = JSON.stringify({ text: `${'word '.repeat(700_000)}end.` }) // a 3.5 MB line, under the 4 MiB limit
  // The 50 MB line: over the limit, so it is counted as it streams past, never held.
  const hugeLine = JSON.stringify({ text: 'x'.repeat(50_000_000) })
  const dir = t.testdir({
    'image.txt': binary,
    'nul.txt': `${UNTITLED}\u0000\n`,
    'long.jsonl': longLine,
    'huge.jsonl': `${hugeLine}\n${JSON.stringify({ text: UNTITLED.replace('Baghdad', 'Basra') })}\n`,
    'good.txt': seed,
  })
  const summary = await ingestPaths(db, [dir])
  t.same(summary.errors.map((e) => [e.origin.split('/').pop(), e.reason]), [
    ['huge.jsonl:1', 'the page is 47.7 MiB, over the 4.0 MiB limit on one page: parsing needs about 40 times a page\'s size in memory'],
    ['image.txt', 'binary data, not a text page'],
  ])
  t.equal(summary.articles.new, 4, 'the long line, the line after the huge one, the page with a NUL and the good page are stored')
  t.same(rows(db, 'SELECT origin, line FROM ingest_errors ORDER BY id').map((r) => (r as { origin: string }).origin.split('/').pop()), ['huge.jsonl:1', 'image.txt'], 'recorded with file and line')
  const nul = rows(db, "SELECT a.warnings FROM articles a JOIN documents d ON d.id = a.id WHERE d.origin LIKE '%nul.txt'")[0] as { warnings: string }
  t.match(JSON.parse(nul.warnings), [/NUL/])
})

t.test('directories yield .txt, .jsonl and their .gz, nothing else', async (t) => {
  const db = freshDb(t)
  const dir = t.testdir({ 'a.txt': seed, 'b.jsonl': JSON.stringify({ text: UNTITLED }), 'c.txt.gz': gzipSync(seed.replace('Mosul', 'Mosul city')), 'notes.md': UNTITLED, 'data.json': '{}' })
  const summary = await ingestPaths(db, [dir])
  t.equal(summary.pagesRead, 3)
  t.same(summary.errors, [])
  writeFileSync(join(dir, 'ignored.csv'), 'a,b')
  t.match(await ingestPaths(db, [dir]), { pagesRead: 3, articles: { unchanged: 3 } }, 'a rerun changes nothing')
})

t.test('the page limit applies to .txt files and standard input too', async (t) => {
  const db = freshDb(t)
  const dir = t.testdir({ 'big.txt': 'x'.repeat(3000), 'small.txt': seed.slice(0, 900) })
  const summary = await ingestPaths(db, [dir], { maxPageBytes: 1000 })
  t.same(summary.errors.map((e) => [e.origin.split('/').pop(), e.reason]), [['big.txt', 'the page is 2.9 KiB, over the 1000 bytes limit on one page: parsing needs about 40 times a page\'s size in memory']])
  t.equal(summary.articles.new, 1)
  const fromStdin = await ingestPaths(db, ['-'], { format: 'txt', maxPageBytes: 1000, stdin: Readable.from([Buffer.alloc(600, 'y'), Buffer.alloc(600, 'y')]) })
  t.same(fromStdin.errors.map((e) => e.origin), ['stdin'])
})
