// Converting articles whose sections were stored in full before migration 012: they read the same
// before, during and after, in place, batch by batch, resumably, saying what it saved.
import { join } from 'node:path'
import t from 'tap'
import { compactSections } from '../../src/db/compact-sections.js'
import type { Db } from '../../src/db/open.js'
import { createArticlesRepository } from '../../src/db/repositories/articles.js'
import { reparseAll } from '../../src/ingest/reparse.js'
import { oldSectionsDatabase, sectionFiles } from './old-databases.js'

const answers = (db: Db): string[] => {
  const articles = createArticlesRepository(db)
  return (db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]).map((id) => articles.getJson(id) as string)
}
const sectionBytes = (db: Db): number => db.prepare('SELECT sum(length(CAST(sections AS BLOB))) FROM articles').pluck().get() as number

t.test('compact stores old sections as their shape, in place, resumably; every answer unchanged', async (t) => {
  const db = await oldSectionsDatabase(join(t.testdir(), 'old.db'))
  t.teardown(() => db.close())
  const n = sectionFiles.length
  t.equal(db.prepare("SELECT count(*) FROM articles WHERE sections LIKE '[{%'").pluck().get(), n, 'every article in the old form')
  const before = answers(db)
  t.ok(before[1]?.includes('"two\\nlines"'), 'the answers hold the old rows\' sections')
  const bytesBefore = sectionBytes(db)

  const first = compactSections(db, { maxArticles: 10, batchArticles: 4 })
  t.match(first, { articles: 10, verbatim: 2, remaining: n - 10 })
  t.same(answers(db), before, 'half converted: every answer as before')

  const rest = compactSections(db, { batchArticles: 4 })
  t.match(rest, { articles: n - 10, verbatim: 0, remaining: 0 })
  t.same(answers(db), before, 'converted: every answer as before, byte for byte')
  t.equal(first.bytesBefore + rest.bytesBefore, bytesBefore, 'every byte stored before is counted once')
  t.equal(first.bytesAfter + rest.bytesAfter, sectionBytes(db), 'and what they take now')
  t.ok(sectionBytes(db) < bytesBefore / 10, `${bytesBefore} → ${sectionBytes(db)} bytes`)
  t.same(db.prepare("SELECT id FROM articles WHERE sections LIKE '{\"verbatim\":%' ORDER BY id").pluck().all(), [2, 3], 'the two the shape cannot carry are kept in full')
  t.match(compactSections(db), { articles: 0, bytesBefore: 0, remaining: 0 }, 'a rerun when done does nothing')

  // The re-derived records equal the converted ones, except the two rows made unlike their page.
  t.match(reparseAll(db), { pagesRead: n, articles: { unchanged: n - 2, changed: 2 }, errors: [] })
  t.equal(db.prepare("SELECT count(*) FROM articles WHERE sections NOT LIKE '[%' OR sections LIKE '[{%'").pluck().get(), 0, 'after reparse, all stored as their shape')
})
