// The search benchmark's database: bench:ingest's generated corpus, ingested by the real CLI into
// search.db beside it. Both are found again by a later run with the same seed and size (a 100k-page
// build takes one to two minutes), and a run removes only what it created unless told to keep it.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readMigrations } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { PARSER_VERSION } from '../../src/parse/index.js'
import { type CorpusMeta, GENERATOR_VERSION, writeCorpus } from './corpus.js'
import { sizeOf } from './measure.js'

export interface BenchDb { dir: string; db: string; reused: { corpus: boolean; db: boolean }; buildSeconds: number }

interface DbMeta { generator: number; seed: number; pages: number; parserVersion: number; schema: number; build: number; bytes: number }

/** How ingest builds a database, where that changes what searches cost: 2 since a first load merges its index. */
const BUILD_VERSION = 2

const log = (msg: string) => process.stderr.write(`${msg}\n`)

/** Runs a child to completion; its stderr tail goes into the error when it fails. */
function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; stderrTail: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let tail = ''
    child.stderr.setEncoding('utf8').on('data', (s: string) => { tail = (tail + s).slice(-4000) })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, stderrTail: tail.trim() }))
  })
}

const readJson = <T>(path: string): T | null => {
  try { return JSON.parse(readFileSync(path, 'utf8')) as T } catch { return null }
}

/**
 * The same directory as bench:ingest (`newsstand-bench-s<seed>-p<pages>`), so that a corpus either
 * benchmark kept is reused by the other. search.db has its own marker, written only after a
 * successful ingest: a build killed half-way is never mistaken for a finished one.
 */
export async function benchDatabase(opts: { root: string; seed: number; pages: number; keep: boolean }): Promise<BenchDb> {
  const dir = join(tmpdir(), `newsstand-bench-s${opts.seed}-p${opts.pages}`)
  const jsonl = join(dir, 'pages.jsonl')
  const db = join(dir, 'search.db')
  const dbMarker = join(dir, 'search.json')
  const created: string[] = []
  const dirExisted = existsSync(dir)
  process.on('exit', () => {
    if (opts.keep) return
    for (const path of created) rmSync(path, { recursive: true, force: true })
    if (!dirExisted && existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir)
  })

  const t0 = performance.now()
  const corpus = readJson<CorpusMeta>(join(dir, 'corpus.json'))
  const corpusOk = corpus?.generator === GENERATOR_VERSION && corpus.seed === opts.seed && corpus.pages === opts.pages && sizeOf(jsonl) === corpus.bytes
  // A database kept from an older schema or parser is rebuilt, not benchmarked as it was.
  const want: Omit<DbMeta, 'bytes'> = { generator: GENERATOR_VERSION, seed: opts.seed, pages: opts.pages, parserVersion: PARSER_VERSION, schema: readMigrations().at(-1)?.version ?? 0, build: BUILD_VERSION }
  const marker = readJson<DbMeta>(dbMarker)
  const dbOk = corpusOk && marker !== null && Object.entries(want).every(([k, v]) => marker[k as keyof DbMeta] === v) && sizeOf(db) === marker.bytes
  if (dbOk) return { dir, db, reused: { corpus: true, db: true }, buildSeconds: 0 }

  if (!corpusOk) {
    log(`generating ${opts.pages} pages (seed ${opts.seed}) in ${dir} …`)
    created.push(jsonl, join(dir, 'corpus.json'))
    await writeCorpus({ seed: opts.seed, pages: opts.pages, out: dir })
  }
  created.push(db, `${db}-wal`, `${db}-shm`, dbMarker)
  for (const path of [dbMarker, db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true })
  log(`ingesting into ${db} (one to two minutes per 100,000 pages on two cores) …`)
  const tsx = join(opts.root, 'node_modules/tsx/dist/cli.mjs')
  const r = await run(process.execPath, [tsx, 'src/cli.ts', 'ingest', jsonl, '--db', db, '--json'], opts.root)
  // 2 is "finished, some pages failed": still a database to search.
  if (r.code !== 0 && r.code !== 2) throw new Error(`ingest failed (exit ${r.code})\n--- stderr (tail) ---\n${r.stderrTail}`)
  // Fold the WAL into the file so the size in the marker is the database's whole size.
  const conn = openDatabase(db)
  conn.pragma('wal_checkpoint(TRUNCATE)')
  conn.close()
  writeFileSync(dbMarker, `${JSON.stringify({ ...want, bytes: sizeOf(db) })}\n`)
  return { dir, db, reused: { corpus: corpusOk, db: false }, buildSeconds: (performance.now() - t0) / 1000 }
}
