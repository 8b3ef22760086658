// Reads on worker threads, against a real listening server: answers equal the inline ones, a
// query over its budget is a 503 while other requests keep flowing, and the pool recovers. Its
// own file, left out of coverage: the workers run code compiled by tsx, whose coverage does not
// merge with tap's (see test/coverage-map.mjs).
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { buildApp, type App } from '../../src/app.js'
import { openDatabase } from '../../src/db/open.js'
import { ReadPool } from '../../src/db/reads/pool.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { writeCorpus } from '../../scripts/bench/corpus.js'
import { SEED_PAGE } from '../helpers.js'

// A prefix OR over many letters expands to thousands of terms: ~0.2 s on these 1,500 pages, a
// query far over a budget of a few milliseconds.
const SLOW = 'a* OR b* OR c* OR d* OR e* OR f* OR g* OR h* OR i* OR l* OR m* OR n* OR o* OR p* OR r* OR s* OR t* OR w*'

const dir = t.testdir({})
const dbPath = join(dir, 'reads.db')
t.before(async () => {
  await writeCorpus({ seed: 7, pages: 1500, out: dir })
  const app = await buildApp({ dbPath })
  await ingestPaths(app.db, [SEED_PAGE, join(dir, 'pages.jsonl')])
  await app.close()
})

async function serve(t: Test, opts: { readWorkers: number; queryBudgetMs?: number }): Promise<{ app: App; url: string }> {
  const app = await buildApp({ dbPath, ...opts })
  t.teardown(() => app.close())
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, url: address }
}

const get = async (url: string) => {
  const res = await fetch(url)
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Record<string, unknown> }
}

t.test('pooled reads answer exactly what inline reads answer', async (t) => {
  const pooled = await serve(t, { readWorkers: 2 })
  const inline = await serve(t, { readWorkers: 0 })
  for (const path of ['/articles?q=Baghdadi', '/articles?q=%22prime%20minister%22&limit=5', '/articles?limit=3', '/headlines?q=Tal%20Afar', '/sources', '/articles/1', '/health', '/articles/1/similar', '/headlines/timeline?interval=month', '/headlines/1?limit=2']) {
    t.same(await get(pooled.url + path), await get(inline.url + path), path)
  }
  const bad = await get(`${pooled.url}/articles?q=-only`)
  t.equal(bad.status, 400, 'an uncompilable query from a worker is still a 400')
  t.match(bad.body, { errors: [{ in: 'query', name: 'q' }] })
})

t.test('a query over its budget is a 503 problem, and the pool goes on answering', async (t) => {
  // How long the query takes when let run, timed on this machine now: a fixed bound failed when
  // a loaded machine slowed the request itself past it.
  const whole = await buildApp({ dbPath, readWorkers: 0, queryBudgetMs: 60_000 })
  let started = performance.now()
  t.equal((await whole.inject({ url: `/articles?q=${encodeURIComponent(SLOW)}` })).statusCode, 200)
  const wholeMs = performance.now() - started
  await whole.close()
  const { url } = await serve(t, { readWorkers: 2, queryBudgetMs: 5 })
  started = performance.now()
  const slow = await get(`${url}/articles?q=${encodeURIComponent(SLOW)}`)
  const slowMs = performance.now() - started
  t.ok(slowMs < wholeMs, `answered at the budget (${slowMs.toFixed(0)} ms), not when the query would have ended (${wholeMs.toFixed(0)} ms)`)
  t.equal(slow.status, 503)
  t.match(slow.type, /^application\/problem\+json/)
  t.match(slow.body, { status: 503, detail: /longer than 5 ms.*Narrow it/ })
  // The stopped worker is replaced: the pool answers again (inline and pooled reads alike).
  const after = await fetch(`${url}/articles/1`)
  t.equal(after.status, 200, 'inline read after a timeout')
  let pooledOk = false
  for (let i = 0; i < 50 && !pooledOk; i++) {
    pooledOk = (await fetch(`${url}/sources`)).status === 200
    if (!pooledOk) await new Promise((r) => setTimeout(r, 100))
  }
  t.ok(pooledOk, 'pooled reads answer again once the worker is replaced')
  // The operator sees it: the stopped read is timed under its outcome in /metrics.
  const metrics = await (await fetch(`${url}/metrics`)).text()
  t.match(metrics, /^newsstand_db_read_duration_seconds_count\{repo="articles",method="find",where="pool",outcome="timeout"\} 1$/mu)
  t.match(metrics, /^newsstand_http_request_duration_seconds_count\{method="GET",route="\/articles",status_code="503"\} 1$/mu)
})

t.test('while a slow search runs, other requests keep flowing', async (t) => {
  const { url } = await serve(t, { readWorkers: 2, queryBudgetMs: 30_000 })
  const order: string[] = []
  const slow = fetch(`${url}/articles?q=${encodeURIComponent(SLOW)}`).then(async (r) => { order.push('slow'); return r.status })
  await new Promise((r) => setTimeout(r, 20))
  const quick = await Promise.all(['/articles/1', '/articles?q=Baghdadi', '/health'].map(async (p) => {
    const res = await fetch(url + p)
    order.push(p)
    return res.status
  }))
  t.same(quick, [200, 200, 200])
  t.equal(await slow, 200, 'the slow search still completes within a generous budget')
  t.equal(order.at(-1), 'slow', `the quick requests were answered before the slow search finished (${order.join(', ')})`)
})

t.test('a database the workers cannot open stops start-up with the reason', async (t) => {
  const pool = new ReadPool({ dbPath: join(dir, 'missing.db'), size: 1, budgetMs: 1000 })
  await t.rejects(pool.ready(), /read workers cannot start/)
  await t.rejects(pool.run('articles', 'count', []), /read workers cannot start/)
  await pool.close()
})

t.test('a full queue is refused at once', async (t) => {
  const db = openDatabase(dbPath)
  db.close()
  const pool = new ReadPool({ dbPath, size: 1, budgetMs: 30_000, maxQueue: 1 })
  t.teardown(() => pool.close())
  await pool.ready()
  const running = pool.run('articles', 'find', [{ q: SLOW, limit: 1 }])
  const queued = pool.run('articles', 'count', [])
  await t.rejects(pool.run('articles', 'count', []), { name: 'ReadsOverloadedError' })
  t.ok((await queued as number) > 1000, 'the queued read runs once the worker is free')
  await running
})

t.test('a statement over its budget gives up by itself: the worker is kept, not replaced', async (t) => {
  const pool = new ReadPool({ dbPath, size: 1, budgetMs: 50 })
  t.teardown(() => pool.close())
  await pool.ready()
  await t.rejects(pool.run('articles', 'find', [{ q: SLOW, limit: 1 }]), { name: 'QueryTimeoutError' })
  // Past the grace period a worker still running would have been replaced.
  await new Promise((r) => setTimeout(r, 400))
  t.equal(pool.spawned, 1, 'no thread was started to replace it')
  // On a loaded machine even a quick read can queue past 50 ms (a loaded run failed here): it is
  // tried a few times. A worker that was lost or stuck would fail every try.
  let count: unknown
  for (let i = 0; i < 10 && count === undefined; i++) {
    count = await pool.run('articles', 'count', []).catch((err: Error) => {
      if (err.name === 'QueryTimeoutError') return undefined
      throw err
    })
  }
  t.ok((count as number) > 1000, 'the same worker answers the next read')
})

