// `npm run bench:ingest`: how fast newsstand ingests crawl pages, against the plain baseline of
// loading the same texts with sqlite-utils and indexing them with FTS5. A benchmark, not a test:
// it exits 0 whatever the figures, and non-zero only when a step fails.
import { once } from 'node:events'
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type CorpusMeta, GENERATOR_VERSION, writeCorpus } from './corpus.js'
import { ensureTool, hasCommand, hasTime, sizeOf, type Timed, timed } from './measure.js'

const USAGE = `usage: npm run bench:ingest -- [--pages N] [--seed N] [--runs N] [--keep] [--json] [--input jsonl|txt]
  --pages N   pages to generate (default 100000)      --seed N  corpus seed (default 1)
  --runs N    runs of each tool, taking turns; figures are medians (default 1)
  --keep      keep the temp dir (its corpus is reused by a later run with the same seed and pages)
  --json      print the figures as JSON
  --input     what newsstand reads: pages.jsonl (default), or a directory of one .txt file a page`

const root = fileURLToPath(new URL('../..', import.meta.url))
const TSX = join(root, 'node_modules/tsx/dist/cli.mjs')
const log = (msg: string) => process.stderr.write(`${msg}\n`)
function fail(msg: string, detail?: string): never {
  log(`bench:ingest: ${msg}${detail ? `\n--- stderr (tail) ---\n${detail}` : ''}`)
  process.exit(1)
}

let args
try {
  args = parseArgs({ options: { pages: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' },
    keep: { type: 'boolean' }, json: { type: 'boolean' }, input: { type: 'string', default: 'jsonl' }, runs: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h' } } }).values
} catch (e) {
  log(`${(e as Error).message}\n${USAGE}`)
  process.exit(2)
}
if (args.help) { console.log(USAGE); process.exit(0) }
const pages = Number(args.pages)
const seed = Number(args.seed)
const runs = Number(args.runs)
if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1 || !['jsonl', 'txt'].includes(args.input as string)) {
  log(USAGE)
  process.exit(2)
}

// A stable name per seed and size, so that a corpus kept with --keep is found again.
const dir = join(tmpdir(), `newsstand-bench-s${seed}-p${pages}`)
const jsonl = join(dir, 'pages.jsonl')
// On success and on failure alike: a 100k-page run leaves ~0.7 GB behind.
process.on('exit', () => { if (!args.keep) rmSync(dir, { recursive: true, force: true }) })

async function corpus(): Promise<CorpusMeta & { reused: boolean }> {
  try {
    const meta = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusMeta
    if (meta.generator === GENERATOR_VERSION && meta.seed === seed && meta.pages === pages && sizeOf(jsonl) === meta.bytes) return { ...meta, reused: true }
  } catch { /* no usable corpus: build one */ }
  log(`generating ${pages} pages (seed ${seed}) in ${dir} …`)
  const t0 = performance.now()
  const meta = await writeCorpus({ seed, pages, out: dir })
  log(`  ${(meta.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  return { ...meta, reused: false }
}

/** One .txt file a page, streamed from pages.jsonl: the directory-of-files case. */
async function txtDir(): Promise<string> {
  const out = join(dir, 'txt')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out)
  let i = 0
  const width = String(pages).length
  for await (const line of createInterface({ input: createReadStream(jsonl) })) {
    const w = createWriteStream(join(out, `${String(i++).padStart(width, '0')}.txt`))
    w.end((JSON.parse(line) as { text: string }).text)
    await once(w, 'finish')
  }
  return out
}

function check(what: string, r: Timed): void {
  if (r.code !== 0) fail(`${what} failed (exit ${r.code})`, r.stderrTail)
}

async function newsstand(mode: 'jsonl' | 'txt') {
  const db = join(dir, 'newsstand.db')
  rmSync(db, { force: true }); rmSync(`${db}-wal`, { force: true }); rmSync(`${db}-shm`, { force: true })
  const input = mode === 'jsonl' ? jsonl : await txtDir()
  log(`newsstand ingest (${mode}) …`)
  const r = await timed('node', [TSX, 'src/cli.ts', 'ingest', input, '--db', db, '--json'], root)
  // Exit 2 means "done, but some pages failed": a figure to report, not a failed benchmark.
  if (r.code !== 0 && r.code !== 2) check('newsstand ingest', r)
  let summary: { pagesRead: number; errors: { origin: string; reason: string }[] } & Record<string, unknown>
  try {
    summary = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '')
  } catch {
    fail('newsstand ingest printed no JSON summary', r.stderrTail || r.stdout.slice(-2000))
  }
  return { ...r, mode, dbBytes: sizeOf(db, `${db}-wal`), summary }
}

async function sqliteUtils() {
  const db = join(dir, 'sqlite-utils.db')
  rmSync(db, { force: true })
  log('sqlite-utils insert + enable-fts …')
  // One timed shell so both steps count end to end and time reports the larger child's peak RSS.
  const script = 'sqlite-utils insert "$1" pages "$2" --nl && sqlite-utils enable-fts "$1" pages text --fts5 --create-triggers'
  const r = await timed('sh', ['-c', script, 'sh', db, jsonl], root)
  check('sqlite-utils', r)
  return { ...r, dbBytes: sizeOf(db, `${db}-wal`) }
}

try {
  ensureTool('/usr/bin/time', 'time', hasTime)
  ensureTool('sqlite-utils', 'sqlite-utils', hasCommand('sqlite-utils'))
} catch (e) {
  fail((e as Error).message)
}
const meta = await corpus()
// Taking turns, so that a change in the shared machine's load hits both tools alike.
const nsRuns: Awaited<ReturnType<typeof newsstand>>[] = []
const suRuns: Awaited<ReturnType<typeof sqliteUtils>>[] = []
for (let i = 1; i <= runs; i++) {
  if (runs > 1) log(`run ${i} of ${runs}`)
  nsRuns.push(await newsstand(args.input as 'jsonl' | 'txt'))
  suRuns.push(await sqliteUtils())
}
/** The run with the median wall time (the middle one; of an even count, the faster middle one). */
const medianRun = <T extends Timed>(rs: T[]): T => [...rs].sort((a, b) => a.seconds - b.seconds)[(rs.length - 1) >> 1] as T
const ns = medianRun(nsRuns)
const su = medianRun(suRuns)

const mb = meta.bytes / 1e6
const rate = (r: Timed) => ({ seconds: r.seconds, pagesPerSec: pages / r.seconds, mbPerSec: mb / r.seconds, peakRssMb: r.peakRssMb })
const { errors, ...counts } = ns.summary
const result = {
  corpus: { pages, seed, mb, reused: meta.reused, dir: args.keep ? dir : null },
  runs, seconds: { newsstand: nsRuns.map((r) => r.seconds), sqliteUtils: suRuns.map((r) => r.seconds) },
  newsstand: { input: ns.mode, ...rate(ns), dbMb: ns.dbBytes / 1e6, summary: { ...counts, errors: errors.length }, firstErrors: errors.slice(0, 5) },
  sqliteUtils: { ...rate(su), dbMb: su.dbBytes / 1e6 },
  ratio: (pages / ns.seconds) / (pages / su.seconds),
}
// A reader that took the whole file as one page, or skipped some, would make the figures meaningless.
if (ns.summary.pagesRead !== pages) log(`warning: newsstand read ${ns.summary.pagesRead} pages, not ${pages}`)

if (args.json) {
  console.log(JSON.stringify(result))
} else {
  const f = (n: number, d = 1) => n.toFixed(d)
  const row = (name: string, r: ReturnType<typeof rate>, dbMb: number) =>
    `${name.padEnd(14)}${f(r.seconds).padStart(9)}${f(r.pagesPerSec, 0).padStart(9)}${f(r.mbPerSec, 2).padStart(8)}${f(r.peakRssMb, 0).padStart(10)}${f(dbMb).padStart(9)}`
  console.log(`corpus: ${pages} pages, ${f(mb)} MB, seed ${seed}${meta.reused ? ' (reused)' : ''}${args.keep ? `, kept in ${dir}` : ''}`)
  console.log(`${''.padEnd(14)}${'wall s'.padStart(9)}${'pages/s'.padStart(9)}${'MB/s'.padStart(8)}${'peak RSS'.padStart(10)}${'db MB'.padStart(9)}`)
  console.log(row(`newsstand`, result.newsstand, result.newsstand.dbMb))
  console.log(row('sqlite-utils', result.sqliteUtils, result.sqliteUtils.dbMb))
  if (runs > 1) console.log(`medians of ${runs} runs; wall s of each: newsstand ${nsRuns.map((r) => f(r.seconds)).join(', ')}; sqlite-utils ${suRuns.map((r) => f(r.seconds)).join(', ')}`)
  console.log(`newsstand ÷ sqlite-utils (pages/s): ${f(result.ratio, 3)}   (newsstand read ${ns.mode}; sqlite-utils = insert --nl + enable-fts --fts5)`)
  console.log(`newsstand summary: ${JSON.stringify(result.newsstand.summary)}`)
  for (const e of result.newsstand.firstErrors) console.log(`  error: ${e.origin}: ${e.reason}`)
}
