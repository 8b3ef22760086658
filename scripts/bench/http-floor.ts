// `npm run bench:http-floor`: how many GET /articles/{id} a second this machine can serve at all,
// with the load generator on the same cores, against what newsstand serves. Under the same
// autocannon load, taking turns run after run:
//  - node:http answering every request with the stored bytes of one article (nothing else);
//  - one Fastify route answering the same bytes;
//  - newsstand serve (--workers 1 and --workers N) answering GET /articles/{id} from SQLite.
// The first two are the ceiling for any Node server here: if they stay under a target, no
// work on newsstand's side can meet it on this machine. A benchmark, not a test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchArgs } from './args.js'
import { combine, load, type LoadFigures } from './load.js'
import { benchDatabase } from './search-db.js'
import { pickTerms } from './search-terms.js'
import { startServer } from './server.js'
import { openDatabase } from '../../src/db/open.js'

const USAGE = `usage: npm run bench:http-floor -- [--pages N] [--seed N] [--duration S] [--connections N] [--runs N] [--json] [--keep]
  --pages N  articles in the database (default 20000)   --duration S  seconds a run (default 5)
  --connections N  (default 10, as bench:search)   --runs N  figures are medians (default 3)`
const args = benchArgs({
  pages: { type: 'string', default: '20000' }, seed: { type: 'string', default: '1' }, duration: { type: 'string', default: '5' },
  connections: { type: 'string', default: '10' }, runs: { type: 'string', default: '3' }, json: { type: 'boolean' }, keep: { type: 'boolean' },
}, USAGE, ['pages', 'duration', 'connections', 'runs'])
const root = fileURLToPath(new URL('../..', import.meta.url))
const log = (msg: string) => process.stderr.write(`${msg}\n`)

const loadBefore = loadavg()
const bench = await benchDatabase({ root, seed: args.seed, pages: args.pages, keep: args.keep })
const conn = openDatabase(bench.db, { readonly: true })
const ids = (() => { try { return pickTerms(conn).ids } finally { conn.close() } })()
const paths = ids.map((id) => `/articles/${id}`)

const scratch = mkdtempSync(join(tmpdir(), 'http-floor-'))
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))
const cores = availableParallelism()
const servers: { name: string; env?: Record<string, string>; argv?: string[] }[] = [
  // First: its answer is the body the bare servers send.
  { name: 'newsstand --workers 1', env: { NEWSSTAND_WORKERS: '1' } },
  { name: 'node:http, stored bytes', argv: [join(root, 'scripts/bench/bare-server.mjs'), 'http', join(scratch, 'body.json')] },
  { name: 'fastify, stored bytes', argv: [join(root, 'scripts/bench/bare-server.mjs'), 'fastify', join(scratch, 'body.json')] },
  ...(cores > 1 ? [{ name: `newsstand --workers ${cores}`, env: { NEWSSTAND_WORKERS: String(cores) } }] : []),
]

const figures = new Map<string, LoadFigures[]>()
try {
  for (let run = 1; run <= args.runs; run++) {
    for (const s of servers) {
      log(`run ${run}/${args.runs}: ${s.name} …`)
      const server = await startServer(root, bench.db, { NEWSSTAND_RATE_LIMIT: '0', ...s.env }, s.argv)
      try {
        // The body the bare servers send: a real article, as newsstand serves it.
        if (run === 1 && s === servers[0]) {
          writeFileSync(join(scratch, 'body.json'), Buffer.from(await (await fetch(server.base + paths[0])).arrayBuffer()))
        }
        await load(server.base, paths, args.connections, 1) // warm-up, not counted
        await server.idle()
        figures.set(s.name, [...(figures.get(s.name) ?? []), await load(server.base, paths, args.connections, args.duration)])
      } finally {
        await server.stop()
      }
    }
  }
} catch (e) {
  log(`bench:http-floor: ${(e as Error).message}`)
  process.exit(1)
}
const results = servers.map((s) => ({ server: s.name, ...combine(figures.get(s.name) ?? []) }))
const loadAfter = loadavg()
if (args.json) console.log(JSON.stringify({ cores, connections: args.connections, duration: args.duration, runs: args.runs, loadavg: { before: loadBefore, after: loadAfter }, results }))
else {
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ')
  console.log(`GET /articles/{id}: autocannon ${args.connections} connections, ${args.duration} s a run, medians of ${args.runs}; ${cores} cores, load average ${la(loadBefore)} → ${la(loadAfter)}`)
  console.log(`${'server'.padEnd(28)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'non-2xx'.padStart(9)}`)
  for (const r of results) console.log(`${r.server.padEnd(28)}${r.reqPerSec.toFixed(0).padStart(9)}${r.p50.toFixed(2).padStart(9)}${r.p99.toFixed(2).padStart(9)}${String(r.non2xx + r.errors).padStart(9)}`)
}
