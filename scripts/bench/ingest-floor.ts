// `npm run bench:ingest-floor`: the least work any ingest that meets the mission must do per page,
// against sqlite-utils, to say how fast newsstand could be at best on this machine. Each step is
// timed in this one process (medians of --runs), on the ingest benchmark's generated pages:
//  - parse: derivePage, what a parser worker does for each page;
//  - store raw: one INSERT of the page text a row, in one transaction (what sqlite-utils does);
//  - FTS5 over the raw text (detail=full, needed for phrase queries), built in bulk ('rebuild');
//  - FTS5 over only the text newsstand indexes (title, lead, body), built in bulk;
//  - sqlite-utils insert --nl, then enable-fts --fts5, as separate processes.
// SQLite writes happen on one connection, so they cannot be spread over cores; parsing can. The
// bound printed at the end is therefore: wall ≥ max(store + FTS, (parse + store + FTS) / cores).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { derivePage } from '../../src/ingest/derive.js'
import { benchArgs } from './args.js'
import { GENERATOR_VERSION, writeCorpus } from './corpus.js'
import { median } from './load.js'
import { ensureTool, hasCommand } from './measure.js'

const USAGE = `usage: npm run bench:ingest-floor -- [--pages N] [--runs N] [--seed N] [--keep] [--json]
  --pages N  generated pages (default 20000)   --runs N  runs of each step, the median is shown (default 3)`
const args = benchArgs({ pages: { type: 'string', default: '20000' }, runs: { type: 'string', default: '3' },
  seed: { type: 'string', default: '1' }, json: { type: 'boolean' }, keep: { type: 'boolean' } }, USAGE, ['pages', 'runs'])
const log = (msg: string) => process.stderr.write(`${msg}\n`)

const dir = join(tmpdir(), `newsstand-floor-g${GENERATOR_VERSION}-s${args.seed}-p${args.pages}`)
process.on('exit', () => { if (!args.keep) rmSync(dir, { recursive: true, force: true }) })
mkdirSync(dir, { recursive: true })
const jsonl = join(dir, 'pages.jsonl')
if (!existsSync(jsonl)) {
  log(`generating ${args.pages} pages …`)
  await writeCorpus({ seed: args.seed, pages: args.pages, out: dir })
}
ensureTool('sqlite-utils', 'sqlite-utils', hasCommand('sqlite-utils'))

const texts = readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)
const bytes = texts.map((t) => new TextEncoder().encode(t))

/** Median wall time of `runs` calls of `step` (each gets a fresh setup), in µs a page. */
function timeStep(name: string, step: () => void, setup: () => void = () => {}): number {
  const times: number[] = []
  for (let i = 0; i < args.runs; i++) {
    setup()
    const t0 = performance.now()
    step()
    times.push(performance.now() - t0)
  }
  const us = (median(times) * 1000) / texts.length
  log(`  ${name}: ${us.toFixed(1)} µs a page`)
  return us
}

let indexed: string[] = []
const parse = timeStep('parse', () => {
  indexed = bytes.map((b) => {
    const d = derivePage(b)
    if ('error' in d) return ''
    const p = d.parsed
    return [p.title ?? '', ...p.sections.flatMap((s) => (s.heading === null ? s.paragraphs : [s.heading, ...s.paragraphs]))].join('\n')
  })
})

const dbPath = join(dir, 'floor.db')
let db: Database.Database
function fresh(withRows: boolean) {
  db?.close()
  for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true })
  db = new Database(dbPath)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE pages (id INTEGER PRIMARY KEY, raw TEXT NOT NULL, indexed TEXT NOT NULL)')
  if (withRows) store()
}
function store() {
  const insert = db.prepare('INSERT INTO pages (raw, indexed) VALUES (?, ?)')
  db.transaction(() => texts.forEach((t, i) => insert.run(t, indexed[i])))()
}
const storeUs = timeStep('store raw', store, () => fresh(false))
const ftsRaw = timeStep('FTS5 over the raw text', () => db.exec("INSERT INTO f (f) VALUES ('rebuild')"),
  () => { fresh(true); db.exec("CREATE VIRTUAL TABLE f USING fts5 (raw, content='pages', content_rowid='id')") })
const ftsIndexed = timeStep('FTS5 over title+lead+body', () => db.exec("INSERT INTO f (f) VALUES ('rebuild')"),
  () => { fresh(true); db.exec("CREATE VIRTUAL TABLE f USING fts5 (indexed, content='pages', content_rowid='id')") })
db!.close()

const suDb = join(dir, 'su.db')
const sqliteUtils = timeStep('sqlite-utils insert + enable-fts', () => {
  execFileSync('sqlite-utils', ['insert', suDb, 'pages', jsonl, '--nl'])
  execFileSync('sqlite-utils', ['enable-fts', suDb, 'pages', 'text', '--fts5', '--create-triggers'])
}, () => rmSync(suDb, { force: true }))

const cores = availableParallelism()
const sqliteFloor = storeUs + ftsIndexed
const bound = Math.max(sqliteFloor, (parse + sqliteFloor) / cores)
const result = {
  pages: args.pages, runs: args.runs, cores, usPerPage: { parse, storeRaw: storeUs, ftsRaw, ftsIndexed, sqliteUtils },
  bestCaseUsPerPage: bound, bestCaseRatio: sqliteUtils / bound, parserFreeRatio: sqliteUtils / sqliteFloor,
}
if (args.json) console.log(JSON.stringify(result))
else {
  console.log(`${args.pages} pages, medians of ${args.runs}, ${cores} cores, µs a page:`)
  for (const [k, v] of Object.entries(result.usPerPage)) console.log(`  ${k.padEnd(12)} ${v.toFixed(1).padStart(8)}`)
  console.log(`best case for newsstand (store + FTS on one thread, parsing spread over ${cores} cores): ${bound.toFixed(1)} µs a page`)
  console.log(`  → at most ${result.bestCaseRatio.toFixed(2)}× sqlite-utils; with a parser that cost nothing, ${result.parserFreeRatio.toFixed(2)}×`)
}
