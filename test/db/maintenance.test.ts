import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { backupDatabase, checkDatabase, checkFile } from '../../src/db/maintenance.js'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { SEED_PAGE } from '../helpers.js'

const counts = (db: ReturnType<typeof openDatabase>) =>
  Object.fromEntries(['documents', 'articles', 'headlines', 'sources', 'articles_fts'].map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]))

t.test('a backup taken while the app serves, after writes, is a complete and sound copy', async (t) => {
  const dir = t.testdir({ 'other.txt': readFileSync(SEED_PAGE, 'utf8').replace(/Baghdad/gu, 'Basra') })
  const app = await buildApp({ dbPath: join(dir, 'live.db') })
  t.teardown(() => app.close())
  await ingestPaths(app.db, [SEED_PAGE])
  t.equal((await app.inject('/articles')).statusCode, 200, 'the app is serving')
  await ingestPaths(app.db, [join(dir, 'other.txt')])
  const progress: number[] = []
  const { pages } = await backupDatabase(app.db, join(dir, 'copy.db'), { onProgress: (done) => progress.push(done) })
  t.ok(pages > 0)
  t.equal(progress.at(-1), 1, 'progress ends at 100 %')
  t.equal((await app.inject('/articles')).statusCode, 200, 'the app still serves')

  const copy = openDatabase(join(dir, 'copy.db'))
  t.teardown(() => copy.close())
  t.same(counts(copy), counts(app.db), 'same rows as the live database')
  t.equal(counts(copy).articles, 2, 'both writes are in')
  t.same(checkDatabase(copy), [], 'the copy checks ok')
})

t.test('an existing destination is kept unless forced', async (t) => {
  const dir = t.testdir({ 'taken.db': 'precious', 'taken.db-wal': 'stale' })
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  migrate(db)
  await t.rejects(backupDatabase(db, join(dir, 'taken.db')), /taken\.db already exists; pass --force/)
  t.equal(readFileSync(join(dir, 'taken.db'), 'utf8'), 'precious', 'untouched')
  await backupDatabase(db, join(dir, 'taken.db'), { force: true })
  const copy = openDatabase(join(dir, 'taken.db'))
  t.teardown(() => copy.close())
  t.same(checkDatabase(copy), [], 'replaced by a sound copy, the stale -wal not replayed')
})

t.test('check finds a damaged full-text index, a truncated file and a foreign one', async (t) => {
  const dir = t.testdir({})
  const good = join(dir, 'good.db')
  const db = openDatabase(good)
  migrate(db)
  await ingestPaths(db, [SEED_PAGE])
  db.pragma('wal_checkpoint(TRUNCATE)')
  t.same(checkDatabase(db), [])
  db.close()

  const ftsBroken = join(dir, 'fts.db')
  copyFileSync(good, ftsBroken)
  const broken = openDatabase(ftsBroken)
  // Shadow tables are guarded (SQLite's defensive mode) until unsafe mode lifts the guard.
  broken.unsafeMode(true).exec('DELETE FROM articles_fts_data WHERE id > 10')
  const problems = checkDatabase(broken)
  broken.close()
  t.ok(problems.some((p) => p.startsWith('articles_fts: ')), 'the articles index is reported')
  t.notOk(problems.some((p) => p.startsWith('headlines_fts')), 'the headlines index is fine')

  // A raw page whose stored bytes no longer decode, and one that decodes to other bytes than its
  // sha256 names: the records could not be re-derived from either.
  const pagesBroken = join(dir, 'pages.db')
  copyFileSync(good, pagesBroken)
  const pages = openDatabase(pagesBroken)
  const other = join(dir, 'other.txt')
  writeFileSync(other, 'Another page.\n'.repeat(40))
  await ingestPaths(pages, [other])
  const [first, second] = pages.prepare('SELECT id, raw, raw_codec FROM documents ORDER BY id').all() as { id: number; raw: Buffer; raw_codec: string }[]
  t.equal(first?.raw_codec, 'br', 'pages are stored compressed')
  pages.prepare('UPDATE documents SET raw = ? WHERE id = ?').run(Buffer.from('not brotli'), first?.id)
  pages.prepare('UPDATE documents SET raw = ?, raw_codec = ? WHERE id = ?').run(Buffer.from('Another page.'), 'identity', second?.id)
  const pageProblems = checkDatabase(pages)
  t.equal(pageProblems.length, 2, `two problems: ${JSON.stringify(pageProblems)}`)
  t.match(pageProblems[0], new RegExp(`^document ${first?.id}: its bytes do not decode`), 'the page that does not decode is named')
  t.equal(pageProblems[1], `document ${second?.id}: its bytes do not match its sha256`, 'the page that is not its sha256 is named')
  pages.close()

  const truncated = join(dir, 'truncated.db')
  copyFileSync(good, truncated)
  truncateSync(truncated, Math.floor(readFileSync(good).length / 2))
  t.match(checkFile(truncated), [/^opening: database disk image is malformed/], 'a truncated file is reported')
  t.throws(() => checkFile(join(dir, 'missing.db')), /missing\.db does not exist/, 'a missing file is not created')

  const foreign = openDatabase(join(dir, 'foreign.db'))
  t.teardown(() => foreign.close())
  t.match(checkDatabase(foreign), [/articles_fts: missing/, /headlines_fts: missing/], 'an empty database is not a newsstand one')
})
