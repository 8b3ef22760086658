// `npm run eval`: measures parsePage against the shared corpus and prints how close it is to the
// targets. A measurement, not a test: it exits 0 whatever the scores, unless the corpus is missing
// (2), the arguments are wrong (2), or --check is given and a target fails (1).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { parsePage } from '../src/parse/index.js'
import type { ParsedPage } from '../src/parse/types.js'
import { CorpusMissingError, corpusDir, type EvalPage, loadSets, SEED_NAME, SETS, type SetName } from '../src/eval/corpus.js'
import { pageDiff } from '../src/eval/page-diff.js'
import { deltas, table, targetLines, targets, worstPages } from '../src/eval/report.js'
import { EMPTY_PARSE, type PageResult, scorePage, type SetSummary, summarise } from '../src/eval/score.js'

const USAGE = `usage: npm run eval -- [--set readability|bbc|seed ...] [--page NAME] [--check]
  --set NAME   only these sets (repeat or comma-separate); default: all
  --page NAME  diff one page: a readability name (bbc-1), a BBC id (business/001) or "seed"
  --check      exit 1 when a target fails
env NEWSSTAND_CORPUS: corpus folder (default ../shared/corpus from the repo root)`

const root = fileURLToPath(new URL('..', import.meta.url))
const started = Date.now()

function fail(message: string, code: number): never {
  console.error(message)
  process.exit(code)
}

let args: { set?: string[]; page?: string; check?: boolean; help?: boolean }
try {
  args = parseArgs({
    options: { set: { type: 'string', multiple: true }, page: { type: 'string' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }).values
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 2)
}
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}

const requested = (args.set ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)
for (const s of requested) if (!(SETS as readonly string[]).includes(s)) fail(`unknown set "${s}"\n${USAGE}`, 2)
const sets: SetName[] = requested.length > 0 ? [...new Set(requested as SetName[])] : [...SETS]
const corpus = corpusDir(root)

/** Parse one page; a parser that throws scores as an empty parse, so one bad page cannot hide the rest. */
function run(page: EvalPage): { parsed: ParsedPage; result: PageResult } {
  try {
    const parsed = parsePage(page.text)
    return { parsed, result: scorePage(page, parsed) }
  } catch (e) {
    return { parsed: EMPTY_PARSE, result: scorePage(page, EMPTY_PARSE, e instanceof Error ? e.message : String(e)) }
  }
}

function load(which: SetName[]): EvalPage[] {
  try {
    return loadSets(corpus, which)
  } catch (e) {
    if (e instanceof CorpusMissingError) fail(`eval: ${e.message}`, 2)
    throw e
  }
}

// --page: the debugging view of one page; writes no results, since it measured only one page.
if (args.page !== undefined) {
  const name = args.page
  const set: SetName = name === 'seed' || name === SEED_NAME ? 'seed' : name.includes('/') ? 'bbc' : 'readability'
  const pages = load([set])
  const page = set === 'seed' ? pages[0] : pages.find((p) => p.name === name)
  if (!page) {
    const names = set === 'readability' ? `\nreadability pages: ${pages.map((p) => p.name).join(', ')}` : ''
    fail(`eval: no ${set} page "${name}"${names}`, 2)
  }
  const { parsed, result } = run(page)
  console.log(pageDiff(page, parsed, result))
  process.exit(0)
}

const results = load(sets).map((p) => run(p).result)
const bySet = new Map<string, SetSummary>()
for (const s of sets) bySet.set(s, summarise(results.filter((r) => r.set === s)))
const rows: Array<[string, SetSummary]> = [...bySet]
const overall = summarise(results)
if (sets.length > 1) rows.push(['overall', overall])

console.log(`corpus ${corpus}\n`)
console.log(table(rows))
const ts = targets(bySet)
console.log(`\ntargets (micro-averaged)\n${targetLines(ts)}`)

const readability = results.filter((r) => r.set === 'readability')
if (readability.length > 0) console.log(`\n10 worst readability pages by body token F1\n${worstPages(readability, 10)}`)

const threw = results.filter((r) => r.error !== undefined)
if (threw.length > 0) {
  console.log(`\nparser threw on ${threw.length} page(s), scored as empty:`)
  for (const r of threw.slice(0, 10)) console.log(`  ${r.set}/${r.name}: ${r.error}`)
}

// Keep one previous run so a parser change shows its effect; the results folder is git-ignored.
const outDir = join(root, 'eval-results')
const latest = join(outDir, 'latest.json')
mkdirSync(outDir, { recursive: true })
type Previous = { generatedAt?: string; sets?: Record<string, SetSummary> }
function readPrevious(): Previous | null {
  if (!existsSync(latest)) return null
  let prev: Previous | null = null
  try {
    prev = JSON.parse(readFileSync(latest, 'utf8')) as Previous
  } catch {
    // an unreadable earlier file is still moved aside, just not compared
  }
  renameSync(latest, join(outDir, 'previous.json'))
  return prev
}
const previous = readPrevious()
const report = { generatedAt: new Date().toISOString(), corpus, sets: Object.fromEntries(bySet), overall, targets: ts, pages: results }
writeFileSync(latest, `${JSON.stringify(report, null, 1)}\n`)

if (previous?.sets) console.log(`\nvs previous run (${previous.generatedAt ?? 'unknown time'})\n${deltas(bySet, previous.sets)}`)
console.log(`\n${results.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s; per-page results in eval-results/latest.json`)

if (args.check && ts.some((t) => t.pass === false)) process.exit(1)
