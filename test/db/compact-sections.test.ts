// Converting articles whose sections were stored in full before migration 012: they read the same
// before, during and after, in place, batch by batch, resumably, saying what it saved.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { compactSections } from '../../src/db/compact-sections.js'
import { migrate, readMigrations } from '../../src/db/migrate.js'
import { openDatabase, type Db } from '../../src/db/open.js'
import { createArticlesRepository } from '../../src/db/repositories/articles.js'
import { bodyOf, sectionsJson } from '../../src/db/sections-codec.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { reparseAll } from '../../src/ingest/reparse.js'
import { runCli } from '../cli/run-cli.js'
import { SEED_PAGE } from '../helpers.js'

const NAEB = fileURLToPath(new URL('../../../shared/corpus/naeb/', import.meta.url))
const files = [SEED_PAGE, ...readdirSync(NAEB).filter((f) => f.endsWith('.txt')).sort().slice(0, 24).map((f) => join(NAEB, f))]

/**
 * A database as newsstand before migration 012 left it: sections stored in full, as
 * JSON.stringify gave them. Article 2 has a paragraph with a line break (the shape cannot carry
 * it) and article 3 a body that is not its sections' lines (as a stale row may): both stay in full.
 */
async function oldDatabase(path: string): Promise<Db> {
  const db = openDatabase(path)
  migrate(db, readMigrations().filter((m) => m.version < 12))
  await ingestPaths(db, files)
  const rows = db.prepare('SELECT id, sections, body FROM articles').all() as { id: number; sections: string; body: string }[]
  const set = db.prepare('UPDATE articles SET sections = ?, body = ? WHERE id = ?')
  for (const row of rows) set.run(sectionsJson(row.sections, row.body), row.body, row.id)
  const broken = [{ heading: null, paragraphs: ['one line', 'two\nlines'] }, { heading: 'Then', paragraphs: ['more'] }]
  set.run(JSON.stringify(broken), bodyOf(broken), 2)
  db.prepare("UPDATE articles SET body = body || ' (edited)' WHERE id = 3").run()
  migrate(db)
  return db
}

const answers = (db: Db): string[] => {
  const articles = createArticlesRepository(db)
  return (db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]).map((id) => articles.getJson(id) as string)
}
const sectionBytes = (db: Db): number => db.prepare('SELECT sum(length(CAST(sections AS BLOB))) FROM articles').pluck().get() as number

t.test('compact stores old sections as their shape, in place, resumably; every answer unchanged', async (t) => {
  const db = await oldDatabase(join(t.testdir(), 'old.db'))
  t.teardown(() => db.close())
  const n = files.length
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

t.test('newsstand compact reports the sections it converted', async (t) => {
  const path = join(t.testdir(), 'old.db')
  ;(await oldDatabase(path)).close()
  const hint = await runCli(['ingest', SEED_PAGE, '--db', path])
  t.match(hint.stderr, new RegExp(`${files.length} articles store their sections in full; run "npm run cli -- compact"`, 'u'))
  const ran = await runCli(['compact', '--db', path])
  t.equal(ran.code, 0, ran.stderr)
  t.match(ran.stdout, new RegExp(`old\\.db: ${files.length} articles' sections stored as their shape, 2 kept in full, [\\d.]+ MB → [\\d.]+ MB \\(\\d+ % saved\\); 0 left\\n`, 'u'))
  const again = await runCli(['ingest', SEED_PAGE, '--db', path])
  t.notMatch(again.stderr, /sections in full/u, 'ingest no longer points at them')
})
