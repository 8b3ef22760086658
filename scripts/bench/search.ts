// `npm run bench:search`: how fast the API answers searches and lookups on a 100k-article
// database, next to what SQLite itself takes for the same queries. A benchmark, not a test: it
// prints the targets beside the figures and exits non-zero only when a step fails.
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { readThreadsPerProcess } from '../../src/config.js'
import { openDatabase } from '../../src/db/open.js'
import { benchArgs } from './args.js'
import { createReadRepositories } from '../../src/db/repositories/index.js'
import { combine, load, type LoadFigures, median } from './load.js'
import { type BenchClass, benchClasses, httpPaths, inProcess, mixedPaths, type Outcome } from './search-classes.js'
import { benchDatabase } from './search-db.js'
import { pickTerms, type Terms } from './search-terms.js'
import { type BenchServer, startServer } from './server.js'

const USAGE = `usage: npm run bench:search -- [--pages N] [--seed N] [--workers N] [--duration S] [--connections N] [--runs N] [--json] [--keep]
  --pages N        articles in the database (default 100000)   --seed N  corpus seed (default 1)
  --workers N      server processes, as serve --workers (default: serve's, the number of cores, ${availableParallelism()})
  --duration S     seconds of load per class (default 5)       --connections N  (default 10)
  --runs N         runs of every load; figures are medians (default 3)
  --keep           keep the corpus and database for the next run with the same seed and pages
  --json           print the figures as JSON`

const TARGETS = { mixedP99: 25, slowest: 250, idReqPerSec: 10_000 }
const root = fileURLToPath(new URL('../..', import.meta.url))
const log = (msg: string) => process.stderr.write(`${msg}\n`)

const args = benchArgs({
  pages: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, duration: { type: 'string', default: '5' },
  connections: { type: 'string', default: '10' }, runs: { type: 'string', default: '3' }, json: { type: 'boolean' }, keep: { type: 'boolean' },
  workers: { type: 'string', default: String(availableParallelism()) },
}, USAGE, ['pages', 'duration', 'connections', 'runs', 'workers'])
const { pages, seed, duration, connections, runs, workers } = args

interface ClassResult {
  name: string
  queries: number
  sqliteMs: number | null
  http: (LoadFigures & { worstMax: number }) | null
  /** Seconds the server stayed busy after the load stopped (median over runs). */
  busyAfter: number | null
  na?: string
}

async function main() {
  const bench = await benchDatabase({ root, seed, pages, keep: args.keep })
  const conn = openDatabase(bench.db, { readonly: true })
  let terms: Terms
  const sqlite = new Map<string, Outcome<number>>()
  let classes: BenchClass[]
  try {
    log('picking query terms …')
    terms = pickTerms(conn)
    classes = benchClasses(terms)
    log('timing the queries in process …')
    const repos = createReadRepositories(conn)
    for (const cls of classes) sqlite.set(cls.name, inProcess(repos, cls))
  } finally {
    conn.close()
  }

  log('starting the server …')
  // The rate limit off: ten connections from one address would otherwise be 429s within a second,
  // and the figures would be of the limiter, not of search.
  // The server as `serve` runs by default (one process per core) unless --workers says otherwise.
  let server: BenchServer | null = await startServer(root, bench.db, { NEWSSTAND_RATE_LIMIT: '0', NEWSSTAND_WORKERS: String(workers) })
  try {
    const paths = new Map<string, Outcome<string[]>>()
    for (const cls of classes) {
      paths.set(cls.name, await httpPaths(server.base, cls))
      await server.idle() // a slow probe (the commonest word) must not make the next class's probes fail
    }
    const measured = classes.filter((c) => paths.get(c.name)?.ok)
    const list = (name: string) => { const p = paths.get(name); return p?.ok ? p.value : [] }
    const mixed = mixedPaths(measured.map((c) => list(c.name)))
    const loads = [...measured.map((c) => ({ name: c.name, paths: list(c.name) })), { name: 'mixed', paths: mixed }]
    await load(server.base, mixed, connections, 1) // warm-up, not counted
    await server.idle()

    const figures = new Map<string, LoadFigures[]>(loads.map((l) => [l.name, []]))
    const busy = new Map<string, number[]>(loads.map((l) => [l.name, []]))
    const quick: LoadFigures[] = []
    const slow: LoadFigures[] = []
    for (let run = 1; run <= runs; run++) {
      for (const l of loads) {
        log(`run ${run}/${runs}: ${l.name} …`)
        figures.get(l.name)?.push(await load(server.base, l.paths, connections, duration))
        busy.get(l.name)?.push(await server.idle())
      }
      if (list('commonest word').length === 0 || list('/articles/{id}').length === 0) continue
      log(`run ${run}/${runs}: commonest word (2 connections) with /articles/{id} (8 connections) …`)
      const [s, q] = await Promise.all([load(server.base, list('commonest word'), 2, duration), load(server.base, list('/articles/{id}'), 8, duration)])
      await server.idle()
      slow.push(s)
      quick.push(q)
    }
    await server.stop()
    server = null

    const results: ClassResult[] = [...classes.map((c) => c.name), 'mixed'].map((name) => {
      const s = sqlite.get(name)
      const p = paths.get(name)
      const http = figures.get(name)
      const na = p && !p.ok ? p.na : s && !s.ok ? s.na : undefined
      const after = busy.get(name)
      return {
        name, queries: loads.find((l) => l.name === name)?.paths.length ?? 0, sqliteMs: s?.ok ? s.value : null, http: http?.length ? combine(http) : null,
        busyAfter: after?.length ? median(after) : null, ...(na ? { na } : {}),
      }
    })
    report(bench, terms, results, { slow: combine(slow), quick: combine(quick) })
  } finally {
    await server?.stop()
  }
}

function report(bench: Awaited<ReturnType<typeof benchDatabase>>, terms: Terms, results: ClassResult[], both: { slow: LoadFigures; quick: LoadFigures & { worstMax: number } }) {
  const mixed = results.find((r) => r.name === 'mixed')?.http
  const byId = results.find((r) => r.name === '/articles/{id}')?.http
  const clean = (h?: { non2xx: number; errors: number } | null) => h != null && h.non2xx + h.errors === 0
  const targets = {
    // A figure made of error answers meets nothing: every target also needs every answer a 2xx.
    mixedP99: { target: TARGETS.mixedP99, value: mixed?.p99 ?? null, met: clean(mixed) && (mixed?.p99 ?? Infinity) <= TARGETS.mixedP99 },
    noneOver250: { target: TARGETS.slowest, value: mixed?.worstMax ?? null, over: mixed?.over250 ?? null, met: clean(mixed) && mixed?.over250 === 0 },
    idReqPerSec: { target: TARGETS.idReqPerSec, value: byId?.reqPerSec ?? null, met: clean(byId) && (byId?.reqPerSec ?? 0) >= TARGETS.idReqPerSec },
  }
  const setup = { pages, seed, articles: terms.articles, duration, connections, runs, workers, readThreads: readThreadsPerProcess(workers), db: bench.db, reused: bench.reused.db, buildSeconds: bench.buildSeconds }
  const { ids, ...queries } = terms
  if (args.json) {
    console.log(JSON.stringify({ setup, queries: { ...queries, ids: ids.length }, classes: results, concurrent: both, targets }))
    return
  }
  const f = (n: number | null | undefined, d = 1) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }))
  const list = (xs: { q: string; matches: number }[]) => xs.map((x) => `${x.q} (${x.matches})`).join(', ')
  console.log(`database: ${terms.articles} articles, ${bench.db}${bench.reused.db ? ' (reused)' : ` (built in ${f(bench.buildSeconds, 0)} s)`}`)
  console.log(`server: ${setup.workers} process(es), ${setup.readThreads} read thread(s) each (defaults); load: autocannon, ${connections} connections, ${duration} s per class; medians of ${runs} run(s)`)
  console.log(`queries (matching articles): commonest ${terms.commonest.q} (${terms.commonest.matches}); source ${terms.source.name} (${terms.source.articles})`)
  console.log(`  rare: ${list(terms.rare)}\n  two words: ${list(terms.twoWords)}\n  phrase: ${list(terms.phrases)}\n  prefix: ${list(terms.prefixes)}`)
  console.log('')
  console.log(`${'class'.padEnd(16)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}${'>250ms'.padStart(8)}${'non-2xx'.padStart(9)}${'sqlite ms'.padStart(11)}${'p50÷sqlite'.padStart(12)}`)
  for (const r of results) {
    const h = r.http
    if (!h) { console.log(`${r.name.padEnd(16)}  n/a: ${r.na ?? 'not measured'}`); continue }
    console.log(`${r.name.padEnd(16)}${f(h.reqPerSec, 0).padStart(9)}${f(h.p50, 2).padStart(9)}${f(h.p99, 2).padStart(9)}${f(h.max, 1).padStart(9)}${String(h.over250).padStart(8)}${String(h.non2xx + h.errors).padStart(9)}` +
      `${f(r.sqliteMs, 3).padStart(11)}${(r.sqliteMs ? `${f(h.p50 / r.sqliteMs, 1)}×` : '—').padStart(12)}`)
  }
  console.log('(p50, p99, max: medians over runs; >250ms and non-2xx: totals over runs; non-2xx includes connection errors)')
  const lingering = results.filter((r) => (r.busyAfter ?? 0) >= 0.5)
  if (lingering.length) {
    console.log(`busy after the load stopped (queries over budget run on in their threads; waited before the next load): ${lingering.map((r) => `${r.name} ${f(r.busyAfter, 1)} s`).join(', ')}`)
  }
  console.log('')
  console.log(`commonest word on 2 connections while 8 request /articles/{id}: the lookups' p99 ${f(both.quick.p99, 2)} ms, max ${f(both.quick.max, 1)} ms (worst run ${f(both.quick.worstMax, 1)} ms), ${f(both.quick.reqPerSec, 0)} req/s` +
    ` (alone: p99 ${f(byId?.p99, 2)} ms); the searches: ${f(both.slow.reqPerSec, 1)} req/s, p50 ${f(both.slow.p50, 1)} ms, non-2xx ${both.slow.non2xx + both.slow.errors}`)
  const mark = (met: boolean) => (met ? 'met' : 'NOT met')
  console.log(`targets: mixed-load p99 ≤ ${TARGETS.mixedP99} ms: ${f(targets.mixedP99.value, 2)} ms, ${mark(targets.mixedP99.met)}` +
    ` · no request over ${TARGETS.slowest} ms (mixed load): max ${f(targets.noneOver250.value, 1)} ms, ${targets.noneOver250.over ?? '—'} over, ${mark(targets.noneOver250.met)}` +
    ` · /articles/{id} ≥ ${TARGETS.idReqPerSec.toLocaleString('en-US')} req/s: ${f(targets.idReqPerSec.value, 0)}, ${mark(targets.idReqPerSec.met)}`)
}

try {
  await main()
} catch (e) {
  log(`bench:search: ${(e as Error).message}`)
  process.exit(1)
}
