// Databases as older newsstands left them, for the tests of `compact` (in process in test/db,
// spawned in test/cli). Not a test file (.taprc runs only *.test.ts).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { migrate, readMigrations } from '../../src/db/migrate.js'
import { openDatabase, type Db } from '../../src/db/open.js'
import { bodyOf, sectionsJson } from '../../src/db/sections-codec.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { SEED_PAGE } from '../helpers.js'

const NAEB = new URL('../../../shared/corpus/naeb/', import.meta.url)
export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

// Real pages of many sites, the seed, and one too small for compressing to help.
export const pages: { name: string; bytes: Buffer }[] = [
  { name: 'seed.txt', bytes: readFileSync(SEED_PAGE) },
  ...readdirSync(NAEB).filter((f) => f.endsWith('.txt')).sort().slice(0, 24).map((name) => ({ name, bytes: readFileSync(new URL(name, NAEB)) })),
  { name: 'tiny.txt', bytes: Buffer.from('Dam opens.\n') },
]

/** A database as the newsstand before migration 011 left it: every raw page stored as read. */
export function oldRawDatabase(path: string): Db {
  const db = openDatabase(path)
  migrate(db, readMigrations().filter((m) => m.version < 11))
  const insert = db.prepare('INSERT INTO documents (sha256, raw, origin, parser_version) VALUES (?, ?, ?, 1)')
  for (const p of pages) insert.run(sha256(p.bytes), p.bytes, p.name)
  migrate(db)
  return db
}

const NAEB_DIR = fileURLToPath(NAEB)
export const sectionFiles = [SEED_PAGE, ...readdirSync(NAEB_DIR).filter((f) => f.endsWith('.txt')).sort().slice(0, 24).map((f) => join(NAEB_DIR, f))]

/**
 * A database as newsstand before migration 012 left it: sections stored in full, as
 * JSON.stringify gave them. Article 2 has a paragraph with a line break (the shape cannot carry
 * it) and article 3 a body that is not its sections' lines (as a stale row may): both stay in full.
 */
export async function oldSectionsDatabase(path: string): Promise<Db> {
  const db = openDatabase(path)
  migrate(db, readMigrations().filter((m) => m.version < 12))
  await ingestPaths(db, sectionFiles)
  const rows = db.prepare('SELECT id, sections, body FROM articles').all() as { id: number; sections: string; body: string }[]
  const set = db.prepare('UPDATE articles SET sections = ?, body = ? WHERE id = ?')
  for (const row of rows) set.run(sectionsJson(row.sections, row.body), row.body, row.id)
  const broken = [{ heading: null, paragraphs: ['one line', 'two\nlines'] }, { heading: 'Then', paragraphs: ['more'] }]
  set.run(JSON.stringify(broken), bodyOf(broken), 2)
  db.prepare("UPDATE articles SET body = body || ' (edited)' WHERE id = 3").run()
  migrate(db)
  return db
}
