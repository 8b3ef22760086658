// Schema migrations: applied once, recorded with a checksum, forward-only, and atomic per file.
// Runs against both an in-memory and an on-disk database, because WAL and file handling differ.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { MIGRATIONS_DIR, MigrationError, migrate, readMigrations, type Migration } from '../../src/db/migrate.js'
import { openDatabase, type Db } from '../../src/db/open.js'

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

/** The whole schema, so "changes nothing" compares every table, index, trigger and view. */
const schema = (db: Db) => db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all()
const bookkeeping = (db: Db) =>
  db.prepare('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version').all() as
    { version: number; name: string; checksum: string; applied_at: string }[]
const hasTable = (db: Db, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined

/** A migration that is not a file, for the failure cases. */
const fake = (version: number, sql: string): Migration =>
  ({ version, name: `${String(version).padStart(3, '0')}_fake.sql`, sql, checksum: sha256(sql) })

// Each case runs on a fresh database of both kinds; the file one lives in its own t.testdir.
const kinds: [string, (t: { testdir(): string }) => Db][] = [
  ['in-memory', () => openDatabase(':memory:')],
  ['file', t => openDatabase(join(t.testdir(), 'news.db'))],
]

for (const [kind, open] of kinds) {
  t.test(`${kind} database`, async t => {
    t.test('a fresh database gets every migration in order, and migrate says so', t => {
      const db = open(t)
      t.teardown(() => db.close())
      const names = readMigrations().map(m => m.name)
      t.equal(names[0], '001_initial.sql', 'numbered from 001')
      t.strictSame(migrate(db), names, 'every file, in order')
      for (const table of ['documents', 'sources', 'publishers', 'articles', 'headlines', 'article_headlines', 'articles_fts', 'headlines_fts']) {
        t.ok(hasTable(db, table), `table ${table} exists`)
      }
      t.end()
    })

    t.test('a second run applies nothing and changes nothing', t => {
      const db = open(t)
      t.teardown(() => db.close())
      migrate(db)
      const before = { schema: schema(db), rows: bookkeeping(db) }
      t.strictSame(migrate(db), [], 'nothing applied again')
      t.strictSame(schema(db), before.schema, 'sqlite_master unchanged')
      // applied_at included: a rerun must not rewrite the bookkeeping row either.
      t.strictSame(bookkeeping(db), before.rows, 'schema_migrations unchanged')
      t.end()
    })

    t.test('schema_migrations holds one row per migration, with the file checksum', t => {
      const db = open(t)
      t.teardown(() => db.close())
      migrate(db)
      const rows = bookkeeping(db)
      const file = readFileSync(join(MIGRATIONS_DIR, '001_initial.sql'), 'utf8')
      t.equal(rows.length, readMigrations().length, 'one row per migration file')
      t.match(rows[0], { version: 1, name: '001_initial.sql', checksum: sha256(file) })
      t.match(rows[0]?.applied_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, 'applied_at is ISO 8601 UTC')
      t.end()
    })

    t.test('an applied migration that was edited is refused: forward-only', t => {
      const db = open(t)
      t.teardown(() => db.close())
      migrate(db)
      const edited = readMigrations().map(m => (m.version === 1 ? { ...m, sql: `${m.sql}\n-- edited`, checksum: sha256('edited') } : m))
      t.throws(() => migrate(db, edited), { constructor: MigrationError, message: /001_initial\.sql.*forward-only/ })
      t.end()
    })

    t.test('a database with a migration this code does not know is refused before anything runs', t => {
      const db = open(t)
      t.teardown(() => db.close())
      // Bookkeeping exists but only for a future version: 001 must NOT be applied on top of it.
      migrate(db, [])
      db.prepare("INSERT INTO schema_migrations (version, name, checksum) VALUES (999, '999_future.sql', 'x')").run()
      t.throws(() => migrate(db), { constructor: MigrationError, message: /999_future\.sql.*newer/ })
      t.notOk(hasTable(db, 'documents'), '001 was not applied')
      t.end()
    })

    t.test('a failing migration rolls back and leaves earlier ones intact', t => {
      const db = open(t)
      t.teardown(() => db.close())
      migrate(db)
      const good = schema(db)
      t.throws(() => migrate(db, [...readMigrations(), fake(900, 'CREATE TABLE x (;')]), /syntax error/)
      t.strictSame(bookkeeping(db).map(r => r.version), readMigrations().map(m => m.version), 'no bookkeeping row for the failed one')
      t.strictSame(schema(db), good, 'schema as it was')
      t.notOk(db.inTransaction, 'no transaction left open')

      // The first statement succeeds, the second fails: the whole file must be undone.
      t.throws(() => migrate(db, [...readMigrations(), fake(900, 'CREATE TABLE half_done (id INTEGER);\nCREATE TABLE x (;')]))
      t.notOk(hasTable(db, 'half_done'), 'table from the failed file rolled back')
      t.strictSame(bookkeeping(db).map(r => r.version), readMigrations().map(m => m.version))

      // Once fixed, the same version applies normally.
      t.strictSame(migrate(db, [...readMigrations(), fake(900, 'CREATE TABLE fixed (id INTEGER);')]), ['900_fake.sql'])
      t.ok(hasTable(db, 'fixed'))
      t.end()
    })
  })
}

t.test('readMigrations on a directory', async t => {
  t.test('two files with one version are refused', t => {
    const dir = t.testdir({ '001_a.sql': 'CREATE TABLE a (id INTEGER);', '1_b.sql': 'CREATE TABLE b (id INTEGER);' })
    t.throws(() => readMigrations(dir), { constructor: MigrationError, message: /share version 1/ })
    t.end()
  })

  t.test('only NNN_name.sql files count, sorted by number not by name', t => {
    const dir = t.testdir({
      '010_ten.sql': 'CREATE TABLE ten (id INTEGER);',
      '9_nine.sql': 'CREATE TABLE nine (id INTEGER);',
      '001_one-a.sql': 'CREATE TABLE one (id INTEGER);',
      'README.md': 'not a migration',
      '002-dash.sql': 'CREATE TABLE bad1 (id INTEGER);',
      'notes.sql': 'CREATE TABLE bad2 (id INTEGER);',
      '003_backup.sql.bak': 'CREATE TABLE bad3 (id INTEGER);',
      '004_.sql': 'CREATE TABLE bad4 (id INTEGER);',
    })
    const ms = readMigrations(dir)
    t.strictSame(ms.map(m => m.name), ['001_one-a.sql', '9_nine.sql', '010_ten.sql'])
    t.strictSame(ms.map(m => m.version), [1, 9, 10])
    t.equal(ms[0]?.checksum, sha256('CREATE TABLE one (id INTEGER);'), 'checksum is sha256 of the text')

    // And they apply in that order, creating only the real ones.
    const db = openDatabase(':memory:')
    t.teardown(() => db.close())
    t.strictSame(migrate(db, ms), ['001_one-a.sql', '9_nine.sql', '010_ten.sql'])
    for (const bad of ['bad1', 'bad2', 'bad3', 'bad4']) t.notOk(hasTable(db, bad), `${bad} ignored`)
    t.end()
  })
})

t.test('openDatabase on a file: WAL, foreign keys, and parent directories made', t => {
  const path = join(t.testdir(), 'not', 'yet', 'there', 'news.db')
  const db = openDatabase(path)
  t.teardown(() => db.close())
  t.ok(existsSync(path), 'file created under new directories')
  t.equal(db.pragma('journal_mode', { simple: true }), 'wal')
  t.equal(db.pragma('foreign_keys', { simple: true }), 1)
  // Foreign keys really enforced: an article needs its document.
  migrate(db)
  t.throws(() => db.prepare("INSERT INTO articles (id, body, sections, refs, boilerplate, warnings) VALUES (42, '', '[]', '[]', '[]', '[]')").run(),
    /FOREIGN KEY/)
  t.end()
})

t.test('openDatabase in memory has foreign keys on too', t => {
  const db = openDatabase(':memory:')
  t.teardown(() => db.close())
  t.equal(db.pragma('foreign_keys', { simple: true }), 1)
  t.end()
})
