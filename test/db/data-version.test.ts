// The data version (migration 006): every write of served data moves it, by trigger, whoever writes.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { createDataVersionRepository } from '../../src/db/repositories/data-version.js'
import { createSearchIndexRepository } from '../../src/db/repositories/search-index.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { reparseAll } from '../../src/ingest/reparse.js'
import { freshDb, SEED_PAGE } from '../helpers.js'

t.test('writes move the version; reads and no-op ingests do not', async (t) => {
  const db = freshDb(t)
  const versions = createDataVersionRepository(db)
  const start = versions.current()
  t.match(start, { database: /^[0-9a-f]{16}$/, version: 0 }, 'a new database starts at 0 with a random id')
  let last = 0
  const moved = (what: string) => {
    const now = versions.current().version
    t.ok(now > last, `${what} moves it (${last} → ${now})`)
    last = now
  }

  const dir = t.testdir({ 'a.txt': readFileSync(SEED_PAGE) })
  await ingestPaths(db, [dir])
  moved('an ingest')
  await ingestPaths(db, [dir])
  t.equal(versions.current().version, last, 'ingesting the same page again does not')
  db.prepare('SELECT * FROM articles').all()
  t.equal(versions.current().version, last, 'reading does not')

  reparseAll(db)
  moved('a reparse (even one that changes nothing: revalidations then answer 200 once)')
  db.prepare("UPDATE sources SET name = 'Ahram Online'").run()
  moved('renaming a source')
  db.prepare("UPDATE headlines SET title = title || '!' WHERE id = 1").run()
  moved('editing a headline')
  db.prepare("UPDATE publishers SET name = 'Arab Today'").run()
  moved('renaming a publisher')
  db.prepare('DELETE FROM headlines WHERE id NOT IN (SELECT headline_id FROM article_headlines)').run()
  t.equal(versions.current().version, last, 'a statement that touches no row does not')
  db.prepare('DELETE FROM documents').run()
  moved('deleting documents (their articles go by cascade)')
  db.prepare('DELETE FROM sources').run()
  db.prepare('DELETE FROM publishers').run()
  moved('deleting lookups')
  db.prepare('DELETE FROM headlines').run()
  moved('deleting headlines')
  t.equal(versions.current().database, start.database, 'the database id stays')
})

t.test('building deferred indexes moves it: search results change with no record written', async (t) => {
  const db = freshDb(t)
  const versions = createDataVersionRepository(db)
  const index = createSearchIndexRepository(db)
  index.deferIfEmpty()
  const before = versions.current().version
  index.rebuild()
  t.ok(versions.current().version > before)
})

t.test('a rolled-back write leaves it as it was', async (t) => {
  const db = freshDb(t)
  const versions = createDataVersionRepository(db)
  await ingestPaths(db, [SEED_PAGE])
  const before = versions.current().version
  t.throws(() => db.transaction(() => {
    db.prepare("UPDATE sources SET name = 'x'").run()
    throw new Error('abort')
  })())
  t.equal(versions.current().version, before)
})
