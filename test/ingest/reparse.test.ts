// reparse re-derives every record from the stored raw pages: a no-op when nothing changed, a
// repair when records went stale, with article ids kept.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import type { Db } from '../../src/db/open.js'
import { derivePage, type DerivedPage } from '../../src/ingest/derive.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { createLoader } from '../../src/ingest/load.js'
import { reparseAll } from '../../src/ingest/reparse.js'
import { freshDb, SEED_PAGE } from '../helpers.js'

const seed = readFileSync(SEED_PAGE, 'utf8')
const other = seed.replace(/^U\.S\. and Iraqi officials/u, 'American and Iraqi officials')

/** Every row of every records table, ids included: what a reparse must reproduce exactly. */
function state(db: Db): string {
  const tables = ['documents', 'articles', 'article_keys', 'sources', 'publishers', 'headlines', 'article_headlines']
  const dump = tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all())
  db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
  db.exec("INSERT INTO headlines_fts (headlines_fts) VALUES ('integrity-check')")
  return JSON.stringify(dump, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v))
}

async function loaded(t: Test): Promise<Db> {
  const db = freshDb(t)
  const dir = t.testdir({ 'a.txt': seed, 'b.txt': other, 'c.jsonl': JSON.stringify({ text: 'Short page about a thing that happened today in the city centre, officials said on Monday.', title: 'A title from metadata' }) })
  await ingestPaths(db, [join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.jsonl')])
  return db
}

t.test('with the same parser, reparse changes nothing', async (t) => {
  const db = await loaded(t)
  const before = state(db)
  const summary = reparseAll(db)
  t.match(summary, { pagesRead: 3, articles: { unchanged: 3, changed: 0 }, errors: [] })
  t.equal(state(db), before, 'every row, id and index entry as it was')
})

t.test('stale records are re-derived, ids kept, orphans removed', async (t) => {
  const db = await loaded(t)
  const before = state(db)
  // What an older parser might have left: a wrong title, a lost link, a headline no page names.
  db.exec("UPDATE articles SET title = 'stale', body = 'stale body' WHERE id = 2")
  db.exec('DELETE FROM article_headlines WHERE article_id = 1 AND position = 3')
  db.exec("INSERT INTO headlines (title, published_at) VALUES ('a headline nobody lists', NULL)")
  db.exec("INSERT INTO sources (name, key) VALUES ('Nobody', 'nobody')")
  const summary = reparseAll(db)
  t.match(summary, { pagesRead: 3, articles: { changed: 2, unchanged: 1 } })
  t.equal(state(db), before, 'exactly the records a fresh ingest gives')
  t.equal((db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'stale'").get() as { n: number }).n, 0, 'the index follows')
})

t.test('a page the parser now refuses keeps its records', async (t) => {
  const db = await loaded(t)
  // Simulate a raw page that no longer parses: only white space.
  db.prepare("UPDATE documents SET raw = ?, raw_codec = 'identity' WHERE id = 3").run(Buffer.from('   \n  '))
  const summary = reparseAll(db)
  t.match(summary.errors, [{ reason: /white space/ }])
  t.equal((db.prepare('SELECT count(*) AS n FROM articles WHERE id = 3').get() as { n: number }).n, 1)
})

t.test('after a first load killed before its index was built, reparse finishes the job', async (t) => {
  const fresh = freshDb(t)
  // What a killed first load leaves: the pages stored, the flag set, the indexes never built.
  fresh.exec("INSERT INTO settings (key, value) VALUES ('fts_deferred', 'first load')")
  const load = createLoader(fresh)
  for (const text of [seed, other]) {
    const raw = Buffer.from(text)
    load([{ ...(derivePage(raw) as DerivedPage), raw, origin: null, meta: {} }])
  }
  // Before migration 008 the delete triggers told FTS5 to drop rows it never indexed: SQLITE_CORRUPT_VTAB.
  const summary = reparseAll(fresh)
  t.match(summary, { pagesRead: 2, errors: [] })
  const hits = fresh.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'Baghdadi'").get() as { n: number }
  t.equal(hits.n, 2, 'both pages are searchable')
  t.doesNotThrow(() => fresh.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"))
})
