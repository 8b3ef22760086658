// withDatabase, the one way the CLI's commands open and close their database, tested in process:
// whether a connection was closed is not visible from outside a process that has exited
// (better-sqlite3 closes what is left open at exit).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { openMigrated, openReadOnly, withDatabase } from '../../src/cli/database.js'
import { MaintenanceError, openExisting } from '../../src/db/maintenance.js'
import { MigrationError } from '../../src/db/migrate.js'
import { openDatabase, type Db } from '../../src/db/open.js'

/** What fn throws (t.throws matches an error class by its fields, not by instanceof). */
const thrown = (fn: () => unknown): unknown => {
  try {
    fn()
  } catch (err) {
    return err
  }
  return undefined
}
const tables = (db: Db) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name)

t.test('a synchronous fn: its result, the database migrated by default and closed after', async (t) => {
  let seen: Db | undefined
  const names = withDatabase(join(t.testdir({}), 'a.db'), (db) => {
    seen = db
    t.ok(db.open, 'open while fn runs')
    return tables(db)
  })
  t.ok(names.includes('schema_migrations') && names.includes('documents'), 'migrated before fn')
  t.equal(seen?.open, false, 'closed after')
})

t.test('fn throws: the error propagates and the database is closed', async (t) => {
  let seen: Db | undefined
  const failure = new Error('the command failed')
  t.throws(() => withDatabase(join(t.testdir({}), 'a.db'), (db) => {
    seen = db
    throw failure
  }), failure)
  t.equal(seen?.open, false)
})

t.test('an async fn: open until it settles, closed after it resolves or rejects', async (t) => {
  const dir = t.testdir({})
  let seen: Db | undefined
  const result = await withDatabase(join(dir, 'a.db'), async (db) => {
    seen = db
    await new Promise((resolve) => setImmediate(resolve))
    t.ok(db.open, 'still open after an await')
    return 7
  })
  t.equal(result, 7)
  t.equal(seen?.open, false, 'closed once resolved')

  let rejected: Db | undefined
  const failure = new Error('the backup failed')
  await t.rejects(withDatabase(join(dir, 'a.db'), async (db) => {
    rejected = db
    await new Promise((resolve) => setImmediate(resolve))
    throw failure
  }), failure)
  t.equal(rejected?.open, false, 'closed once rejected')
})

t.test('a migration that fails: MigrationError, fn never runs, the connection is closed', async (t) => {
  const path = join(t.testdir({}), 'newer.db')
  const db = openMigrated(path)
  db.prepare("INSERT INTO schema_migrations (version, name, checksum) VALUES (999, '999_future.sql', 'x')").run()
  db.close()
  t.notOk(existsSync(`${path}-wal`), 'no connection left: the -wal file goes with the last one')
  let ran = false
  t.ok(thrown(() => withDatabase(path, () => (ran = true))) instanceof MigrationError)
  t.notOk(ran)
  // An open connection keeps the -wal file (journal_mode = WAL creates it on open).
  t.notOk(existsSync(`${path}-wal`), 'the failed connection was closed')
})

t.test('the other openers: as is, existing only, read-only', async (t) => {
  const dir = t.testdir({})
  const path = join(dir, 'a.db')
  t.same(withDatabase(path, tables, openDatabase), [], 'openDatabase: created, not migrated (the migrate command does that)')
  t.ok(thrown(() => withDatabase(join(dir, 'missing.db'), tables, openExisting)) instanceof MaintenanceError)
  t.throws(() => withDatabase(join(dir, 'missing.db'), tables, openReadOnly), /unable to open|does not exist|SQLITE_CANTOPEN/i)
  t.notOk(existsSync(join(dir, 'missing.db')), 'no file created for a missing path')
  withDatabase(path, () => undefined)
  t.throws(() => withDatabase(path, (db) => db.exec('CREATE TABLE t (x)'), openReadOnly), /readonly/i, 'read-only means it')
})
