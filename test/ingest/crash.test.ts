// Crash safety for real: spawn the CLI, kill -9 it in the middle of an ingest, run the same
// command again, and compare with a clean run. Batches are transactions, pages are identified by
// their bytes, so a rerun finishes the work and duplicates nothing.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { SEED_PAGE } from '../helpers.js'
import { dbState } from '../db-state.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
// The CLI as one process (node with tsx's loader), not through tsx's wrapper, which runs it in a
// child: a SIGKILL then reaches the writer itself, and no orphan can still hold the database
// when the rerun starts (a flake seen under load).
const CLI = ['--import', 'tsx', 'src/cli.ts']
const PAGES = 3000

function run(args: string[]): Promise<number | null> {
  return new Promise((resolve) => spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, stdio: 'ignore' }).on('close', resolve))
}

// Three CLI runs over a few thousand pages: more than tap's default 30 s on a busy 2-core machine.
t.test('kill -9 during an ingest, then the same command again: the state of a clean run', { timeout: 180_000 }, async (t) => {
  const dir = t.testdir({})
  const seed = readFileSync(SEED_PAGE, 'utf8')
  const lines: string[] = []
  for (let i = 0; i < PAGES; i++) lines.push(JSON.stringify({ text: seed.replace('U.S. and Iraqi officials', `Report ${i}: U.S. and Iraqi officials`), url: `https://example.org/${i}` }))
  const dump = join(dir, 'dump.jsonl')
  writeFileSync(dump, `${lines.join('\n')}\n`)

  const clean = join(dir, 'clean.db')
  t.equal(await run(['ingest', dump, '--db', clean]), 0)

  const crashed = join(dir, 'crashed.db')
  const child = spawn(process.execPath, [...CLI, 'ingest', dump, '--db', crashed], { cwd: ROOT, stdio: 'ignore' })
  const exited = new Promise((resolve) => child.on('close', resolve))
  // Kill once at least one batch is committed and before the run can have finished.
  let seen = 0
  for (let i = 0; i < 600 && seen === 0; i++) {
    await new Promise((r) => setTimeout(r, 50))
    try {
      seen = dbState(crashed).documents
    } catch {
      seen = 0 // not created or mid-migration yet
    }
  }
  process.kill(child.pid as number, 'SIGKILL')
  await exited
  const partial = dbState(crashed)
  t.ok(partial.documents > 0 && partial.documents < PAGES, `killed part-way (${partial.documents} of ${PAGES} pages stored)`)
  t.equal(partial.integrity, 'ok', 'the killed database is intact')
  t.equal(partial.articles, partial.documents, 'no page half-written: every document has its article')

  t.equal(await run(['ingest', dump, '--db', crashed]), 0, 'the rerun succeeds')
  t.same(dbState(crashed), dbState(clean), 'same rows, no duplicates, index consistent')
})
