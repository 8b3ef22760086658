import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { registerBudget } from './budget.js'

export type Db = Database.Database

/** An in-memory database: it lives on one connection only, no other thread or process can open it. */
export const isInMemory = (path: string): boolean => path === ':memory:' || path === ''

/**
 * Opens (creating if needed) the database with the pragmas every connection needs: WAL so readers
 * never wait for the writer, foreign keys on (SQLite leaves them off per connection), and a busy
 * timeout so a second process waits for a lock instead of failing at once.
 */
export function openDatabase(path: string, { readonly = false } = {}): Db {
  const inMemory = isInMemory(path)
  if (!inMemory && !readonly) mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path, { readonly, fileMustExist: readonly })
  if (!inMemory && !readonly) db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  // With WAL, NORMAL loses no committed transaction on a process crash, only on power loss.
  db.pragma('synchronous = NORMAL')
  registerBudget(db)
  return db
}
