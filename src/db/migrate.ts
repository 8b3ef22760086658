import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db } from './open.js'

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url))

export interface Migration {
  version: number
  name: string
  sql: string
  checksum: string
}

export class MigrationError extends Error {}

/** `NNN_name.sql` files in version order; a gap-free, duplicate-free sequence is not required. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const seen = new Map<number, string>()
  const out: Migration[] = []
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\d+)_([\w-]+)\.sql$/.exec(file)
    if (!m) continue
    const version = Number(m[1])
    const clash = seen.get(version)
    if (clash) throw new MigrationError(`migrations ${clash} and ${file} share version ${version}; renumber one`)
    seen.set(version, file)
    const sql = readFileSync(join(dir, file), 'utf8')
    out.push({ version, name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') })
  }
  return out.sort((a, b) => a.version - b.version)
}

/**
 * Applies every migration not yet applied, each in its own transaction together with its
 * bookkeeping row, so a failure leaves the database at the previous version. Forward-only: an
 * applied file that was edited afterwards is an error, because the database no longer matches it.
 */
export function migrate(db: Db, migrations = readMigrations()): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`)
  const applied = new Map(
    db.prepare('SELECT version, name, checksum FROM schema_migrations').all()
      .map((r) => r as { version: number; name: string; checksum: string })
      .map((r) => [r.version, r]),
  )
  const known = new Set(migrations.map((m) => m.version))
  for (const [version, row] of applied) {
    if (!known.has(version)) {
      throw new MigrationError(`the database has migration ${row.name}, which this code does not know: it was made by a newer newsstand`)
    }
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)')
  const done: string[] = []
  for (const m of migrations) {
    const row = applied.get(m.version)
    if (row) {
      if (row.checksum !== m.checksum) {
        throw new MigrationError(`${m.name} was edited after it was applied; migrations are forward-only, so add a new numbered file instead`)
      }
      continue
    }
    db.transaction(() => {
      db.exec(m.sql)
      record.run(m.version, m.name, m.checksum)
    })()
    done.push(m.name)
  }
  return done
}
