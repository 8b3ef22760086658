// `npm run bench:workers`: what `serve --workers N` buys. The same server (the CLI's serve, as in
// production) with one process and with N, under the same HTTP load: GET /articles/{id} (inline
// lookups: the event loop is the limit) and a two-word search (run on the read threads). The two
// servers take turns run after run, so a change in the machine's load hits both alike. A
// benchmark, not a test: it prints figures and exits non-zero only when a step fails.
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { readThreadsPerProcess } from '../../src/config.js'
import { openDatabase } from '../../src/db/open.js'
import { benchArgs } from './args.js'
import { combine, load, type LoadFigures } from './load.js'
import { benchDatabase } from './search-db.js'
import { pickTerms } from './search-terms.js'
import { startServer } from './server.js'

const USAGE = `usage: npm run bench:workers -- [--workers N] [--pages N] [--seed N] [--duration S] [--connections N] [--runs N] [--json] [--keep]
  --workers N       processes to compare with 1 (default: the number of cores, ${availableParallelism()})
  NEWSSTAND_READ_WORKERS=N in the environment: read threads per process of both servers, as in
                    production (default: cores ÷ processes, at least 1)
  --pages N         articles in the database (default 20000; bench:search uses 100000)   --seed N  (default 1)
  --duration S      seconds of load per endpoint and run (default 5)   --connections N  (default 16)
  --runs N          runs of every load; figures are medians (default 3)
  --keep            keep the corpus and database for the next run with the same seed and pages
  --json            print the figures as JSON`

const root = fileURLToPath(new URL('../..', import.meta.url))
const log = (msg: string) => process.stderr.write(`${msg}\n`)

const args = benchArgs({
  workers: { type: 'string', default: String(availableParallelism()) },
  pages: { type: 'string', default: '20000' }, seed: { type: 'string', default: '1' }, duration: { type: 'string', default: '5' },
  connections: { type: 'string', default: '16' }, runs: { type: 'string', default: '3' }, json: { type: 'boolean' }, keep: { type: 'boolean' },
}, USAGE, ['workers', 'pages', 'duration', 'connections', 'runs'])
// The server validates it (and fails with its name); here it only labels the figures.
const readThreads = (workers: number) => Number(process.env.NEWSSTAND_READ_WORKERS ?? readThreadsPerProcess(workers))

interface Setup { workers: number; readThreads: number }
const ENDPOINTS = ['/articles/{id}', 'search (two words)'] as const

async function main() {
  const loadBefore = loadavg()
  const bench = await benchDatabase({ root, seed: args.seed, pages: args.pages, keep: args.keep })
  const conn = openDatabase(bench.db, { readonly: true })
  const terms = (() => { try { return pickTerms(conn) } finally { conn.close() } })()
  const paths: Record<(typeof ENDPOINTS)[number], string[]> = {
    '/articles/{id}': terms.ids.map((id) => `/articles/${id}`),
    'search (two words)': terms.twoWords.map(({ q }) => `/articles?${new URLSearchParams({ q })}`),
  }
  const many = args.workers
  const setups: Setup[] = [
    { workers: 1, readThreads: readThreads(1) },
    { workers: many, readThreads: readThreads(many) },
  ]
  const figures = new Map<string, LoadFigures[]>()
  const key = (s: Setup, e: string) => `${s.workers}|${e}`
  for (let run = 1; run <= args.runs; run++) {
    for (const setup of setups) {
      log(`run ${run}/${args.runs}: ${setup.workers} process(es), ${setup.readThreads} read thread(s) each: starting …`)
      const server = await startServer(root, bench.db, {
        NEWSSTAND_WORKERS: String(setup.workers), NEWSSTAND_READ_WORKERS: String(setup.readThreads), NEWSSTAND_RATE_LIMIT: '0',
      })
      try {
        await load(server.base, [...paths['/articles/{id}'], ...paths['search (two words)']], args.connections, 1) // warm-up, not counted
        await server.idle()
        for (const endpoint of ENDPOINTS) {
          const f = await load(server.base, paths[endpoint], args.connections, args.duration)
          figures.set(key(setup, endpoint), [...(figures.get(key(setup, endpoint)) ?? []), f])
          await server.idle()
        }
      } finally {
        await server.stop()
      }
    }
  }
  const results = ENDPOINTS.map((endpoint) => {
    const [one, n] = setups.map((s) => combine(figures.get(key(s, endpoint)) ?? []))
    return { endpoint, one, many: n, ratio: (n?.reqPerSec ?? NaN) / (one?.reqPerSec ?? NaN) }
  })
  report({ setups, results, articles: terms.articles, db: bench.db, reused: bench.reused.db, loadBefore, loadAfter: loadavg() })
}

function report(r: { setups: Setup[]; results: { endpoint: string; one?: LoadFigures; many?: LoadFigures; ratio: number }[]; articles: number; db: string; reused: boolean; loadBefore: number[]; loadAfter: number[] }) {
  const setup = { cores: availableParallelism(), duration: args.duration, connections: args.connections, runs: args.runs, pages: args.pages, seed: args.seed }
  if (args.json) {
    console.log(JSON.stringify({ setup, servers: r.setups, articles: r.articles, db: r.db, loadavg: { before: r.loadBefore, after: r.loadAfter }, results: r.results }))
    return
  }
  const f = (n: number | undefined, d = 1) => (n === undefined || !Number.isFinite(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }))
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ')
  const [one, many] = r.setups as [Setup, Setup]
  console.log(`database: ${r.articles} articles, ${r.db}${r.reused ? ' (reused)' : ''}`)
  console.log(`machine: ${setup.cores} cores; load average before ${la(r.loadBefore)}, after ${la(r.loadAfter)} (1, 5, 15 min; the load generator runs here too)`)
  console.log(`load: autocannon, ${args.connections} connections, ${args.duration} s per endpoint; medians of ${args.runs} run(s), the two servers taking turns`)
  console.log(`servers: --workers 1 (${one.readThreads} read threads) and --workers ${many.workers} (${many.readThreads} read thread(s) each)`)
  console.log('')
  const w1 = 'workers 1'
  const wn = `workers ${many.workers}`
  console.log(`${'endpoint'.padEnd(20)}${`${w1} req/s`.padStart(16)}${'p50'.padStart(8)}${'p99'.padStart(8)}${`${wn} req/s`.padStart(16)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'ratio'.padStart(8)}`)
  for (const x of r.results) {
    console.log(`${x.endpoint.padEnd(20)}${f(x.one?.reqPerSec, 0).padStart(16)}${f(x.one?.p50, 2).padStart(8)}${f(x.one?.p99, 2).padStart(8)}` +
      `${f(x.many?.reqPerSec, 0).padStart(16)}${f(x.many?.p50, 2).padStart(8)}${f(x.many?.p99, 2).padStart(8)}${`${f(x.ratio, 2)}×`.padStart(8)}`)
  }
  const failures = r.results.reduce((s, x) => s + (x.one?.non2xx ?? 0) + (x.one?.errors ?? 0) + (x.many?.non2xx ?? 0) + (x.many?.errors ?? 0), 0)
  console.log(`(p50, p99 in ms, medians over runs; ratio: req/s with ${many.workers} processes ÷ with 1; non-2xx and connection errors: ${failures})`)
}

try {
  await main()
} catch (e) {
  log(`bench:workers: ${(e as Error).message}`)
  process.exit(1)
}
