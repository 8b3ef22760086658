// Converting a database whose raw pages were stored before compression (migration 011): in place,
// batch by batch, resumable, byte for byte, and saying what it saved.
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { compactRawPages } from '../../src/db/compact.js'
import type { Db } from '../../src/db/open.js'
import { createArticleExtrasRepository } from '../../src/db/repositories/article-extras.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { reparseAll } from '../../src/ingest/reparse.js'
import { oldRawDatabase, pages, sha256 } from './old-databases.js'

const storedBytes = (db: Db): number => db.prepare('SELECT sum(length(raw)) FROM documents').pluck().get() as number

function assertEveryPageExact(t: Test, db: Db, when: string) {
  const raw = createArticleExtrasRepository(db).raw
  const shas = db.prepare('SELECT id, sha256 FROM documents ORDER BY id').all() as { id: number; sha256: string }[]
  const wrong = shas.filter((row, i) => {
    const bytes = raw(row.id)
    return !bytes || !Buffer.from(bytes).equals((pages[i] as { bytes: Buffer }).bytes) || sha256(bytes) !== row.sha256
  })
  t.same(wrong, [], `${when}: all ${shas.length} pages read back byte for byte, their sha256 the stored one`)
}

t.test('compact converts old rows in place, resumably, and reports what it saved', async (t) => {
  const dir = t.testdir()
  const db = oldRawDatabase(join(dir, 'old.db'))
  t.teardown(() => db.close())
  t.same(db.prepare('SELECT DISTINCT raw_codec FROM documents').all(), [{ raw_codec: null }], 'after the migration, old rows are marked unconverted')
  assertEveryPageExact(t, db, 'before converting')
  const before = storedBytes(db)

  // A run stopped part way (as if killed after two batches), then run again.
  const first = compactRawPages(db, { maxPages: 10, batchPages: 4 })
  const firstBefore = pages.slice(0, 10).reduce((n, p) => n + p.bytes.length, 0)
  t.match(first, { pages: 10, bytesBefore: firstBefore, remaining: pages.length - 10, vacuumed: false })
  t.equal(first.bytesAfter, db.prepare('SELECT sum(length(raw)) FROM documents WHERE id <= 10').pluck().get(), 'bytes after: what the converted rows now take')
  t.ok(first.bytesAfter < first.bytesBefore * 0.6, `${first.bytesBefore} → ${first.bytesAfter} bytes`)
  assertEveryPageExact(t, db, 'half converted')

  const rest = compactRawPages(db, { batchPages: 4 })
  t.match(rest, { pages: pages.length - 10, remaining: 0 })
  t.equal(first.bytesBefore + rest.bytesBefore, before, 'every byte stored before is counted once')
  t.equal(first.bytesAfter + rest.bytesAfter, storedBytes(db), 'and what they take now')
  t.same(db.prepare('SELECT raw_codec, count(*) AS n FROM documents GROUP BY 1 ORDER BY 1').all(),
    [{ raw_codec: 'br', n: pages.length - 1 }, { raw_codec: 'identity', n: 1 }], 'the tiny page is kept as is, not made bigger')
  assertEveryPageExact(t, db, 'converted')

  t.match(compactRawPages(db), { pages: 0, bytesBefore: 0, bytesAfter: 0, remaining: 0 }, 'a rerun when done does nothing')

  // The converted pages are the same pages: records derive from them, and ingesting them again changes nothing.
  t.match(reparseAll(db), { pagesRead: pages.length, errors: [] }, 'reparse reads the converted pages')
  const files = t.testdir(Object.fromEntries(pages.map((p) => [p.name, p.bytes])))
  t.match(await ingestPaths(db, [files]), { articles: { new: 0, unchanged: pages.length } }, 'same bytes, same identity: nothing new')
})
