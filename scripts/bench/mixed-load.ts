// `npm run bench:load`: the real server under mixed reads (bench:search's query classes, through
// autocannon) while one client keeps POSTing new pages, with the server's memory sampled every
// second. What it shows: no 5xx under concurrent writes, read and write latencies, and whether
// memory stays flat once warm. A benchmark, not a test: only a failed step fails it.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { openDatabase } from '../../src/db/open.js'
import { benchArgs } from './args.js'
import { writeCorpus } from './corpus.js'
import { quantile, walkOf } from './load.js'
import { sampleRss } from './rss.js'
import { benchClasses, httpPaths, mixedPaths } from './search-classes.js'
import { benchDatabase } from './search-db.js'
import { pickTerms } from './search-terms.js'
import { startServer } from './server.js'
import { startWriter } from './writes.js'

const USAGE = `usage: npm run bench:load -- [--pages N] [--seed N] [--duration S] [--warmup S] [--connections N] [--keep] [--json]
  --pages N        articles in the database before the run (default 20000)   --seed N  corpus seed (default 1)
  --duration S     seconds of measured load (default 60)    --warmup S  seconds of load before it (default 10)
  --connections N  autocannon connections for reads (default 10); writes: one client, one request in flight
  --keep           keep the corpus and database for the next run (the run writes to a copy)
  --json           print the figures as JSON`
const KEY = 'bench-load-key-0123456789abcdef0123456789'
const BATCH = 10 // pages in each NDJSON batch
const RSS_TARGET = 0.1
const root = fileURLToPath(new URL('../..', import.meta.url))
const log = (msg: string) => process.stderr.write(`${msg}\n`)

const args = benchArgs({
  pages: { type: 'string', default: '20000' }, seed: { type: 'string', default: '1' }, duration: { type: 'string', default: '60' },
  warmup: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' }, json: { type: 'boolean' }, keep: { type: 'boolean' },
}, USAGE, ['pages', 'duration', 'warmup', 'connections'])
const { pages, seed, duration, warmup, connections } = args

/** Reads for `seconds`, with every answer's time and status kept (autocannon's histogram is whole ms). */
async function reads(base: string, paths: readonly string[], seconds: number) {
  const times: number[] = []
  const statuses: Record<string, number> = {}
  const instance = autocannon({ url: base, connections, duration: seconds, requests: walkOf(paths) })
  instance.on('response', (_c, status, _b, ms) => { times.push(ms); statuses[status] = (statuses[status] ?? 0) + 1 })
  const r = await instance
  times.sort((a, b) => a - b)
  return { requests: times.length, reqPerSec: times.length / r.duration, errors: r.errors + r.timeouts, statuses, p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times.at(-1) ?? NaN }
}

async function main() {
  const bench = await benchDatabase({ root, seed, pages, keep: args.keep })
  const scratch = mkdtempSync(join(tmpdir(), 'bench-load-'))
  process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))
  // The run writes; a copy keeps the kept database as built, for the next run.
  const db = join(scratch, 'load.db')
  copyFileSync(bench.db, db)
  if (existsSync(`${bench.db}-wal`)) copyFileSync(`${bench.db}-wal`, `${db}-wal`)
  const conn = openDatabase(db, { readonly: true })
  const terms = (() => { try { return pickTerms(conn) } finally { conn.close() } })()
  // New pages to send: another seed, so other URLs and other bytes than the database holds.
  log('generating the pages to send …')
  await writeCorpus({ seed: seed + 1000, pages: 20_000, out: scratch })
  const lines = readFileSync(join(scratch, 'pages.jsonl'), 'utf8').split('\n').filter(Boolean)

  log('starting the server …')
  const server = await startServer(root, db, { NEWSSTAND_API_KEYS: KEY, NEWSSTAND_RATE_LIMIT: '0' })
  try {
    const classes = benchClasses(terms)
    const lists: string[][] = []
    for (const cls of classes) {
      const p = await httpPaths(server.base, cls)
      if (p.ok) lists.push(p.value)
      await server.idle()
    }
    const mixed = mixedPaths(lists)
    const rss = sampleRss(server.pid)
    log(`warming up for ${warmup} s …`)
    const writer = startWriter(server.base, KEY, lines, BATCH)
    await reads(server.base, mixed, warmup)
    writer.reset()
    rss.mark()
    log(`measuring for ${duration} s …`)
    const read = await reads(server.base, mixed, duration)
    const write = await writer.stop()
    const [warm, measured] = rss.stop() as [number[], number[]]
    await server.stop()

    const atWarm = warm.at(-1) ?? NaN
    const peak = Math.max(...measured)
    const end = measured.at(-1) ?? NaN
    const non2xx: Record<string, number> = {}
    for (const s of [read.statuses, write.statuses]) for (const [k, v] of Object.entries(s)) if (!k.startsWith('2')) non2xx[k] = (non2xx[k] ?? 0) + v
    const fivexx = Object.entries(non2xx).filter(([k]) => k.startsWith('5')).reduce((n, [, v]) => n + v, 0)
    const figures = {
      setup: { pages, seed, articles: terms.articles, duration, warmup, connections, classes: lists.length, batch: BATCH },
      total: { requests: read.requests + write.requests, errors: read.errors + write.errors, non2xx, fivexx },
      reads: read, writes: write,
      rss: { atWarmupEnd: atWarm, peak, end, growth: peak / atWarm - 1, target: RSS_TARGET, met: peak / atWarm - 1 <= RSS_TARGET },
    }
    if (args.json) { console.log(JSON.stringify(figures)); return }
    const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '—')
    console.log(`database: ${terms.articles} articles before the run; ${lists.length} query classes, ${mixed.length} URLs; ${connections} read connections, 1 write client`)
    console.log(`${duration} s measured after ${warmup} s of warm-up:`)
    console.log(`  requests: ${figures.total.requests} (reads ${read.requests}, ${f(read.reqPerSec, 0)}/s; writes ${write.requests}), connection errors: ${figures.total.errors}`)
    console.log(`  non-2xx by status: ${Object.keys(non2xx).length ? Object.entries(non2xx).map(([k, v]) => `${k}: ${v}`).join(', ') : 'none'}; 5xx: ${fivexx} (${fivexx === 0 ? 'met' : 'NOT met'}: must be 0)`)
    console.log(`  reads: p50 ${f(read.p50, 2)} ms, p99 ${f(read.p99, 2)} ms, max ${f(read.max)} ms`)
    console.log(`  writes: one page p50 ${f(write.single.p50, 2)} ms, p99 ${f(write.single.p99, 2)} ms; batches of ${BATCH} p50 ${f(write.batch.p50, 2)} ms, p99 ${f(write.batch.p99, 2)} ms`)
    console.log(`  pages ingested: ${write.pagesCreated} (${f(write.pagesCreated / duration)} pages/s)`)
    console.log(`  server RSS: ${f(atWarm)} MB at the end of warm-up, peak ${f(peak)} MB after it (${f(figures.rss.growth * 100)}%), ${f(end)} MB at the end` +
      ` (target within ${RSS_TARGET * 100}%: ${figures.rss.met ? 'met' : 'NOT met'})`)
  } finally {
    await server.stop()
  }
}

try {
  await main()
} catch (e) {
  log(`bench:load: ${(e as Error).message}`)
  process.exit(1)
}
