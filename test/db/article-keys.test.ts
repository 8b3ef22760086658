// article_keys (migrations/005): filled for articles stored before it, kept in step by triggers
// on every later write, and the same whichever way the rows got there.
import t from 'tap'
import { migrate, readMigrations } from '../../src/db/migrate.js'
import { openDatabase, type Db } from '../../src/db/open.js'
import { reparseAll } from '../../src/ingest/reparse.js'
import { freshDb } from '../helpers.js'
import { ingestSpecs, type PageSpec } from '../routes/article-pages.js'

const SPECS: PageSpec[] = [
  { topic: 'dam', n: 1, source: 'Reuters', host: 'alpha.example', published: '2017-08-27', title: 'Dam talks' },
  { topic: 'dam', n: 2, lang: 'fr', crawled: '2017-08-29T18:00:00+02:00' },
  { topic: 'harbour', n: 3, crawled: '1503937740' },
  { topic: 'harbour', n: 4, host: 'alpha.example', path: '/story-1', crawled: '2017-09-02T00:00:00Z' },
  { topic: 'harbour', n: 5, host: 'alpha.example', path: '/story-1', published: '2017-09-03' },
]

const keys = (db: Db) =>
  db.prepare("SELECT *, CASE date_basis WHEN 'ingested' THEN 'now' ELSE date END AS date FROM article_keys ORDER BY id").all()

t.test('a database from before 005 gets the keys its triggers would have written', async (t) => {
  const before = openDatabase(':memory:')
  t.teardown(() => before.close())
  // Before 005 and its followers (006–009), with the article columns added since (010 on): the
  // loader of today writes those, and they hold no keys.
  migrate(before, readMigrations().filter((m) => m.version < 5 || m.version > 9))
  await ingestSpecs(before, t.testdir({}), SPECS)
  migrate(before)
  const after = freshDb(t)
  await ingestSpecs(after, t.testdir({}), SPECS)
  t.same(keys(before), keys(after))
  t.match(keys(after), [
    { id: 1, date: '2017-08-27T00:00:00Z', date_basis: 'published', current: 0, has_title: 1, lang: 'en', source_id: 1, publisher_id: 1 },
    { id: 2, date: '2017-08-29T16:00:00Z', date_basis: 'crawled', current: 1, has_title: 0, lang: 'fr', source_id: null },
    { id: 3, date: 'now', date_basis: 'ingested', current: 1 },
    { id: 4, date: '2017-09-02T00:00:00Z', date_basis: 'crawled', current: 0 },
    { id: 5, date: '2017-09-03T00:00:00Z', date_basis: 'published', current: 1 },
  ], 'a bare number is not taken for a date; each new version retires the older ones')
})

t.test('writes in place and deletes are followed', async (t) => {
  const db = freshDb(t)
  await ingestSpecs(db, t.testdir({}), SPECS)
  const row = (id: number) => db.prepare('SELECT * FROM article_keys WHERE id = ?').get(id)
  db.prepare("UPDATE articles SET title = 'Now titled', published_at = '2018-01-02T03:04:05+01:00', lang = 'de', source_id = NULL WHERE id = 2").run()
  t.match(row(2), { has_title: 1, date: '2018-01-02T02:04:05Z', date_basis: 'published', lang: 'de', source_id: null })
  db.prepare('UPDATE articles SET published_at = NULL WHERE id = 2').run()
  t.match(row(2), { date: '2017-08-29T16:00:00Z', date_basis: 'crawled' }, 'back to the crawl time')
  db.prepare('DELETE FROM articles WHERE id = 2').run()
  t.equal(row(2), undefined, 'gone with its article')
})

t.test('with foreign keys off, storing an article again replaces its keys', async (t) => {
  // The sqlite3 shell runs with foreign keys off: deleting an article there leaves its keys
  // behind, and storing it again (reparse deletes and re-inserts) must not fail on them.
  const db = freshDb(t)
  await ingestSpecs(db, t.testdir({}), SPECS)
  const before = keys(db)
  db.pragma('foreign_keys = OFF')
  t.match(reparseAll(db), { errors: [] })
  t.same(keys(db), before)
})
