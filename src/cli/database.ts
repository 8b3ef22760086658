import { migrate } from '../db/migrate.js'
import { openDatabase, type Db } from '../db/open.js'

/**
 * How a command opens its database: openMigrated (the default), openDatabase as it is (the
 * migrate command), openExisting (maintenance: a mistyped path must not create a file),
 * openReadOnly (search).
 */
export type Opener = (path: string) => Db

/** Created if needed and migrated: what a command that writes records needs before it starts. */
export const openMigrated: Opener = (path) => {
  const db = openDatabase(path)
  try {
    migrate(db)
  } catch (err) {
    db.close()
    throw err
  }
  return db
}

/** Read-only, and only if it exists: a search creates no file and cannot write to a live one. */
export const openReadOnly: Opener = (path) => openDatabase(path, { readonly: true })

/**
 * Opens the database, runs `fn` on it and closes it whatever happens, also when `fn` throws or
 * its promise rejects: a connection left open keeps the -wal file and a lock beside the
 * database. A synchronous `fn` is closed on synchronously; an async one when it settles.
 */
export function withDatabase<T>(path: string, fn: (db: Db) => T, open: Opener = openMigrated): T {
  const db = open(path)
  let result: T
  try {
    result = fn(db)
  } catch (err) {
    db.close()
    throw err
  }
  if (result instanceof Promise) return result.finally(() => db.close()) as T
  db.close()
  return result
}
