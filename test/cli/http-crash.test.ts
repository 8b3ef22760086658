// Crash safety of HTTP batch ingest, for real: the served process is killed with kill -9 while a
// large NDJSON batch is being written, restarted on the same file, and sent the same batch again.
// Each chunk is a transaction and pages are identified by their bytes, so the result must be the
// state a clean run of the batch gives: the same rows, no duplicates, no half-written page.
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { writeCorpus } from '../../scripts/bench/corpus.js'
import { openDatabase } from '../../src/db/open.js'
import { TEST_KEY } from '../helpers.js'
import { dbState } from '../db-state.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TSX_CLI = join(ROOT, 'node_modules/tsx/dist/cli.mjs')
const PAGES = 2000
const QUERIES = ['minister', 'bank', '"prime minister"']

interface Served { base: string; child: ChildProcess; exited: Promise<number | null> }

async function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, [TSX_CLI, 'src/cli.ts', 'serve', '--db', db], {
    cwd: ROOT,
    detached: true, // its own process group: tsx runs the server in a child, and kill -9 must reach it
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NEWSSTAND_READ_WORKERS: '1', NEWSSTAND_API_KEYS: TEST_KEY, NEWSSTAND_RATE_LIMIT: '0' },
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  let stderr = ''
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += String(chunk)
      const m = /on (http:\/\/\S+:\d+)/u.exec(stderr)
      if (m?.[1]) resolve(m[1])
    })
    void exited.then(() => reject(new Error(`server exited: ${stderr}`)))
  })
  return { base, child, exited }
}

function killGroup(s: Served, sig: NodeJS.Signals) {
  try { process.kill(-(s.child.pid as number), sig) } catch { /* already gone */ }
}

const post = (base: string, body: Buffer) => fetch(`${base}/documents`, {
  method: 'POST', body, headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/x-ndjson' },
})

async function searches(base: string) {
  const out: Record<string, unknown> = {}
  for (const q of QUERIES) {
    const body = (await (await fetch(`${base}/articles?q=${encodeURIComponent(q)}&limit=20`)).json()) as { items: { id: number; title: string | null }[] }
    out[q] = body.items.map((i) => [i.id, i.title])
  }
  return out
}

/** FTS5's own check, which needs a writable connection (it runs as an INSERT); the server is stopped. */
function ftsCheck(path: string): string {
  const db = openDatabase(path)
  try {
    for (const fts of ['articles_fts', 'headlines_fts']) db.exec(`INSERT INTO ${fts}(${fts}) VALUES('integrity-check')`)
    return 'ok'
  } catch (err) {
    return (err as Error).message
  } finally {
    db.close()
  }
}

async function stop(s: Served) {
  killGroup(s, 'SIGTERM')
  return s.exited
}

t.test('kill -9 the server during an NDJSON batch, restart, send it again: the state of a clean run', { timeout: 180_000 }, async (t) => {
  const dir = t.testdir({})
  await writeCorpus({ seed: 11, pages: PAGES, out: dir })
  const batch = readFileSync(join(dir, 'pages.jsonl'))

  const clean = join(dir, 'clean.db')
  const first = await serve(clean)
  t.teardown(() => killGroup(first, 'SIGKILL'))
  const res = await post(first.base, batch)
  t.equal(res.status, 200, 'the clean run stores the batch')
  const report = (await res.json()) as { created: number; unchanged: number; failed: number }
  t.equal(report.failed, 0)
  t.equal(report.created + report.unchanged, PAGES)
  const cleanSearches = await searches(first.base)
  t.equal(await stop(first), 0)

  const crashed = join(dir, 'crashed.db')
  const victim = await serve(crashed)
  t.teardown(() => killGroup(victim, 'SIGKILL'))
  const inFlight = post(victim.base, batch).then(() => 'answered', () => 'cut off')
  // Kill once some chunks are committed, well before 2,000 pages can be.
  let seen = 0
  for (let i = 0; i < 600 && seen === 0; i++) {
    await new Promise((r) => setTimeout(r, 50))
    try { seen = dbState(crashed).documents } catch { seen = 0 } // mid-migration or between checkpoints
  }
  killGroup(victim, 'SIGKILL')
  await victim.exited
  t.equal(await inFlight, 'cut off', 'the request died with the server')
  const partial = dbState(crashed)
  t.ok(partial.documents > 0 && partial.documents < PAGES, `killed part-way (${partial.documents} of ${PAGES} pages stored)`)
  t.equal(partial.integrity, 'ok', 'the killed database is intact')
  t.equal(partial.orphans, 0, 'no page half-written: every document has its article')

  const revived = await serve(crashed)
  t.teardown(() => killGroup(revived, 'SIGKILL'))
  const again = await post(revived.base, batch)
  t.equal(again.status, 200, 'the same batch again is accepted')
  const second = (await again.json()) as { created: number; unchanged: number; failed: number }
  t.equal(second.failed, 0)
  t.equal(second.unchanged, partial.documents, 'what was committed before the kill comes back unchanged')
  t.same(await searches(revived.base), cleanSearches, 'the same search results')
  t.equal(await stop(revived), 0)

  const after = dbState(crashed)
  t.equal(after.orphans, 0)
  t.equal(after.distinct, after.documents, 'no duplicate page')
  t.same(after, dbState(clean), 'same rows as the clean run, integrity ok')
  t.equal(ftsCheck(crashed), 'ok', 'full-text indexes consistent')
  t.equal(ftsCheck(clean), 'ok')
})
