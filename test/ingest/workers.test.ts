// Parsing on worker threads must store exactly what parsing inline does. Its own file: worker
// threads run the parser compiled by tsx, whose coverage does not merge with tap's (see
// test/coverage-map.mjs), so this file counts for behaviour, not coverage.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import type { Db } from '../../src/db/open.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { freshDb, SEED_PAGE } from '../helpers.js'

const seed = readFileSync(SEED_PAGE, 'utf8')


const rows = (db: Db, sql: string): unknown[] => db.prepare(sql).all()

t.test('parsing on worker threads stores exactly what parsing inline does', async (t) => {
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ text: seed.replace('Mosul', `Mosul ${i}`), url: `https://example.org/${i % 30}` }))
  const file = join(t.testdir({ 'many.jsonl': `${lines.join('\n')}\n{broken\n` }), 'many.jsonl')
  const inline = freshDb(t)
  const pooled = freshDb(t)
  const a = await ingestPaths(inline, [file], { workers: 0, batchSize: 7 })
  const b = await ingestPaths(pooled, [file], { workers: 2, batchSize: 7 })
  t.same(b, a, 'same summary')
  t.match(a, { pagesRead: 40, articles: { new: 30, newVersions: 10 }, errors: [{ origin: `${file}:41` }] })
  const sql = 'SELECT d.id, d.sha256, d.raw, d.raw_codec, a.title, a.body, a.sections FROM documents d JOIN articles a ON a.id = d.id ORDER BY d.id'
  t.same(rows(pooled, sql), rows(inline, sql), 'same rows, in input order, the page compressed alike on a thread')
  t.same(rows(pooled, 'SELECT DISTINCT raw_codec FROM documents'), [{ raw_codec: 'br' }], 'compressed on the parser threads')
})

t.test('a page too big for a worker is parsed on the main thread, and the run goes on', async (t) => {
  const huge = `${'The city said on Monday that police were there. '.repeat(20_000)}`
  const file = join(t.testdir({ 'big.jsonl': `${JSON.stringify({ text: huge })}\n${JSON.stringify({ text: seed })}\n` }), 'big.jsonl')
  const db = freshDb(t)
  const summary = await ingestPaths(db, [file], { workers: 1 })
  t.match(summary, { pagesRead: 2, articles: { new: 2 }, errors: [] })
  t.ok(huge.length > 256 * 1024, 'bigger than a worker takes')
  t.same(rows(db, 'SELECT count(*) AS n FROM articles'), [{ n: 2 }])
})
