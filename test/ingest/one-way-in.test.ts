// One way in for a page: a record is read by one reader with one schema and one wording of each
// fault, and a parser that throws is heard in one place (derivePage), so the same bad page is
// recorded and skipped, never fatal, whichever way it came in: a file, a page too big for a
// worker, reparse, or POST /documents.
import { join } from 'node:path'
import t from 'tap'
import type { Test } from 'tap'
import type * as AppModule from '../../src/app.js'
import type * as DeriveModule from '../../src/ingest/derive.js'
import type * as PoolModule from '../../src/ingest/pool.js'
import type * as SubmitModule from '../../src/ingest/submit.js'
import type * as WritesModule from '../../src/plugins/writes.js'
import type * as IngestModule from '../../src/ingest/index.js'
import type * as ReparseModule from '../../src/ingest/reparse.js'
import * as parser from '../../src/parse/index.js'
import { buildApp } from '../../src/app.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { readRecord } from '../../src/model/page-record.js'
import { freshDb, TEST_KEY } from '../helpers.js'

const BOOM = 'PARSER-BOOM'
/** The real parser, but for pages that carry BOOM: on those it throws, as a parser bug would. */
const throwing = {
  ...parser,
  parsePage: (text: string, opts?: parser.ParseOptions) => {
    if (text.includes(BOOM)) throw new Error('the parser fell over')
    return parser.parsePage(text, opts)
  },
}

/**
 * Each entry point with that parser beneath it. t.mockImport replaces a module's own imports, so
 * the throwing parser is handed up the chain: derive → pool → ingest, derive → reparse, and
 * derive → submit → the writes plugin → the app.
 */
async function entryPoints(t: Test) {
  const derive = await t.mockImport<typeof DeriveModule>('../../src/ingest/derive.js', { '../../src/parse/index.js': throwing })
  const pool = await t.mockImport<typeof PoolModule>('../../src/ingest/pool.js', { '../../src/ingest/derive.js': derive })
  const submit = await t.mockImport<typeof SubmitModule>('../../src/ingest/submit.js', { '../../src/ingest/derive.js': derive })
  const writes = await t.mockImport<typeof WritesModule>('../../src/plugins/writes.js', { '../../src/ingest/submit.js': submit })
  return {
    ingest: (await t.mockImport<typeof IngestModule>('../../src/ingest/index.js', { '../../src/ingest/pool.js': pool })).ingestPaths,
    reparse: (await t.mockImport<typeof ReparseModule>('../../src/ingest/reparse.js', { '../../src/ingest/derive.js': derive })).reparseAll,
    buildApp: (await t.mockImport<typeof AppModule>('../../src/app.js', { '../../src/plugins/writes.js': writes })).buildApp,
  }
}

const page = (n: number, extra = '') =>
  `Report number ${n} from the river\nHeavy rain flooded road ${n} on Monday, and the council closed it to traffic until the water goes down, officials said.${extra}`

t.test('a file: the page the parser throws on is an ingest error, the others are stored', async (t) => {
  const { ingest } = await entryPoints(t)
  const db = freshDb(t)
  const dir = t.testdir({ 'a.txt': page(1), 'b.txt': page(2, ` ${BOOM}`), 'c.txt': page(3) })
  const summary = await ingest(db, [dir])
  t.match(summary, { pagesRead: 3, articles: { new: 2 } })
  t.same(summary.errors, [{ origin: join(dir, 'b.txt'), reason: 'parser failure: the parser fell over' }])
  t.same(db.prepare('SELECT origin, reason FROM ingest_errors').all(), [{ origin: join(dir, 'b.txt'), reason: 'parser failure: the parser fell over' }])
})

t.test('a page too big for a worker, parsed on the main thread: the same error', async (t) => {
  const { ingest } = await entryPoints(t)
  const db = freshDb(t)
  // Over 256 KB: the pool parses it here rather than on its worker (see pool.ts).
  const big = page(4, ` ${BOOM} ${'More rain fell on the river road overnight, officials said.\n'.repeat(6000)}`)
  const dir = t.testdir({ 'big.txt': big, 'small.txt': page(5) })
  const summary = await ingest(db, [dir], { workers: 1 })
  t.match(summary, { pagesRead: 2, articles: { new: 1 } })
  t.same(summary.errors, [{ origin: join(dir, 'big.txt'), reason: 'parser failure: the parser fell over' }])
})

t.test('reparse: the page is reported and keeps the records it had', async (t) => {
  const db = freshDb(t)
  const dir = t.testdir({ 'a.txt': page(6, ` ${BOOM}`), 'b.txt': page(7) })
  t.match(await ingestPaths(db, [dir]), { articles: { new: 2 }, errors: [] }, 'the real parser reads both')
  const before = db.prepare('SELECT id, title, body FROM articles ORDER BY id').all()
  const { reparse } = await entryPoints(t)
  const summary = reparse(db)
  t.same(summary.errors, [{ origin: join(dir, 'a.txt'), reason: 'parser failure: the parser fell over' }])
  t.same(db.prepare('SELECT id, title, body FROM articles ORDER BY id').all(), before, 'nothing lost')
})

t.test('POST /documents: a 422 problem for one page, a line error in a batch, never a 500', async (t) => {
  const { buildApp } = await entryPoints(t)
  const app = await buildApp({ dbPath: ':memory:', apiKeys: [TEST_KEY] })
  t.teardown(() => app.close())
  const post = (type: string, payload: string) =>
    app.inject({ method: 'POST', url: '/documents', headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': type }, payload })
  const one = await post('text/plain', page(8, ` ${BOOM}`))
  t.equal(one.statusCode, 422)
  t.match(one.json(), { status: 422, detail: 'Not stored: parser failure: the parser fell over.' })
  const batch = await post('application/x-ndjson', [JSON.stringify({ text: page(9) }), JSON.stringify({ text: page(10, ` ${BOOM}`) })].join('\n'))
  t.equal(batch.statusCode, 200)
  t.match(batch.json(), { created: 1, failed: 1, results: [{ line: 1, status: 'created' }, { line: 2, status: 'error', error: 'parser failure: the parser fell over' }] })
})

t.test('one reader, one wording: a JSONL file and an NDJSON batch report a bad record alike', async (t) => {
  const lines = [
    '{"text": "unterminated',
    JSON.stringify({ url: 'https://news.example/no-text' }),
    JSON.stringify({ text: 42 }),
    '[1, 2]',
    JSON.stringify({ text: page(11), url: `https://news.example/${'a'.repeat(3000)}` }),
  ]
  const wording = lines.map((l) => (readRecord(l) as { error: string }).error)
  t.match(wording, [
    /^not JSON/,
    /^text: missing: each record needs the page as a "text" string$/,
    /^text: .*expected string/,
    /^\(line\): .*expected object/,
    /^url: .*2048/,
  ])

  const db = freshDb(t)
  const file = join(t.testdir({ 'crawl.jsonl': lines.join('\n') }), 'crawl.jsonl')
  const summary = await ingestPaths(db, [file])
  t.same(summary.errors.map((e) => e.reason), wording, 'the CLI says each as the reader does')

  const app = await buildApp({ dbPath: ':memory:', apiKeys: [TEST_KEY] })
  t.teardown(() => app.close())
  const res = await app.inject({
    method: 'POST', url: '/documents', headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/x-ndjson' }, payload: lines.join('\n'),
  })
  t.same(res.json().results.map((r: { error: string }) => r.error), wording, 'and so does POST /documents')
})

t.test('null metadata is absent metadata, as dumps write it', async (t) => {
  t.same(readRecord(JSON.stringify({ text: 'Some page', url: null, title: '  ', date: null })), { bytes: Buffer.from('Some page'), meta: {} })
  t.end()
})
