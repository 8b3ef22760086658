// Graceful shutdown for real: a write still running when SIGTERM arrives is finished and answered,
// new connections are refused, and the process exits 0 within 10 s with the database sound.
import { execFile, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { dbState } from '../db-state.js'
import { SEED_PAGE, TEST_KEY } from '../helpers.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TSX_CLI = join(ROOT, 'node_modules/tsx/dist/cli.mjs')
const PAGES = 400

t.test('SIGTERM during a batch write: the batch is finished and answered, then exit 0', { timeout: 120_000 }, async (t) => {
  const dir = t.testdir({})
  const db = join(dir, 'live.db')
  await promisify(execFile)(process.execPath, [TSX_CLI, 'src/cli.ts', 'migrate', '--db', db], { cwd: ROOT })
  const server = spawn(process.execPath, [TSX_CLI, 'src/cli.ts', 'serve', '--db', db], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', NEWSSTAND_READ_WORKERS: '1', NEWSSTAND_API_KEYS: TEST_KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)))
  t.teardown(() => { server.kill('SIGKILL') })
  const base = await new Promise<string>((resolve, reject) => {
    server.stderr.on('data', (chunk: Buffer) => {
      stderr += String(chunk)
      const m = /on (http:\/\/\S+:\d+)/u.exec(stderr)
      if (m?.[1]) resolve(m[1])
    })
    void exited.then(() => reject(new Error(`server exited: ${stderr}`)))
  })

  const seed = readFileSync(SEED_PAGE, 'utf8')
  const batch = Array.from({ length: PAGES }, (_, i) => JSON.stringify({ text: seed.replace('Mosul', `Mosul ${i}`), url: `https://example.org/${i}` })).join('\n')
  const write = fetch(`${base}/documents`, {
    method: 'POST', headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/x-ndjson' }, body: batch,
  })
  // Once the server is busy with the batch (it writes in chunks), ask it to stop.
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 25))
    try {
      if (dbState(db).documents > 0) break
    } catch { /* between checkpoints: try again */ }
  }
  const started = Date.now()
  server.kill('SIGTERM')

  const res = await write
  t.equal(res.status, 200, 'the batch in flight is answered')
  const body = (await res.json()) as { created: number; failed: number }
  t.match(body, { created: PAGES, failed: 0 }, 'and finished: every page stored')
  t.equal(await exited, 0, 'SIGTERM exits 0')
  t.ok(Date.now() - started < 10_000, `within 10 s (${Date.now() - started} ms)`)
  await t.rejects(fetch(`${base}/health`), 'no longer accepting connections')
  const after = dbState(db)
  t.match(after, { integrity: 'ok', documents: PAGES, articles: PAGES, orphans: 0 }, 'the database is sound and complete')
})
