// `npm run eval`: measures parsePage against the shared corpus, in-sample and leave-site-out, and
// prints how close it is to the targets. A measurement, not a test: it exits 0 whatever the scores,
// unless the corpus is missing (2), the arguments are wrong (2), or --check is given and a target
// fails (1).
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { CorpusMissingError, corpusDir, type EvalPage, loadSets, SEED_NAME, SETS, type SetName } from '../src/eval/corpus.js'
import { pageDiff } from '../src/eval/page-diff.js'
import { deltas, foldLines, table, targetLines, worstLines } from '../src/eval/report.js'
import { writeResults } from '../src/eval/results-file.js'
import { DEFAULT_FOLDS, type EvalReport, runEval } from '../src/eval/run.js'
import { runPage } from '../src/eval/run-page.js'
import { TRAINING_SETS } from '../src/eval/training.js'

const USAGE = `usage: npm run eval -- [--set NAME ...] [--folds N | --no-loso] [--page NAME] [--check]
  --set NAME   only these sets: ${SETS.join(', ')} (repeat or comma-separate); default: all.
               Leave-site-out fits on the chosen sets only (of those \`npm run fit\` uses: ${TRAINING_SETS.join(', ')}),
               so a subset's leave-site-out figures can differ from a full run's.
  --folds N    leave-site-out folds, sites dealt by page count (default ${DEFAULT_FOLDS}, at least 2)
  --no-loso    skip leave-site-out (no fitting): in-sample figures only, targets judged on them
  --page NAME  diff one page with the committed model: a readability name (bbc-1), a naeb name
               (abcnews-go-com-1), a BBC id (business/001) or "seed"
  --check      exit 1 when a target fails
example: npm run eval -- --set seed,readability --folds 2
env NEWSSTAND_CORPUS: corpus folder (default ../shared/corpus from the repo root)`

const root = fileURLToPath(new URL('..', import.meta.url))

function fail(message: string, code: number): never {
  console.error(message)
  process.exit(code)
}

let args: { set?: string[]; page?: string; check?: boolean; folds?: string; 'no-loso'?: boolean; help?: boolean }
try {
  args = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      page: { type: 'string' },
      folds: { type: 'string' },
      'no-loso': { type: 'boolean' },
      check: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
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
const folds = args.folds === undefined ? DEFAULT_FOLDS : Number(args.folds)
if (!Number.isInteger(folds) || folds < 2) fail(`--folds takes a whole number of at least 2, got "${args.folds}"\n${USAGE}`, 2)
const corpus = corpusDir(root)

function orExit2<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof CorpusMissingError) fail(`eval: ${e.message}`, 2)
    throw e
  }
}

// --page: the debugging view of one page; writes no results, since it measured only one page.
if (args.page !== undefined) {
  const name = args.page
  const candidates: SetName[] = name === 'seed' || name === SEED_NAME ? ['seed'] : name.includes('/') ? ['bbc'] : ['readability', 'naeb']
  const pages = orExit2(() => loadSets(corpus, candidates))
  const page: EvalPage | undefined = candidates[0] === 'seed' ? pages[0] : pages.find((p) => p.name === name)
  if (!page) {
    const near = pages.filter((p) => p.name.startsWith(name.slice(0, 3))).map((p) => p.name).slice(0, 20)
    fail(`eval: no ${candidates.join(' or ')} page "${name}"${near.length > 0 ? `; similar: ${near.join(', ')}` : ''}`, 2)
  }
  const { parsed, result } = runPage(page)
  console.log(pageDiff(page, parsed, result))
  process.exit(0)
}

const report: EvalReport = orExit2(() => runEval({ corpus, sets, folds, loso: args['no-loso'] !== true }))
const main = report.leaveSiteOut ?? report.inSample

console.log(`corpus ${corpus}\n`)
console.log(`in-sample: the committed model (parsePage(text))\n${table(report.inSample)}\n`)
if (report.leaveSiteOut && report.folds) {
  console.log(`leave-site-out: ${report.folds.k} folds by site; each fold parsed with a model fitted on the other folds' ${TRAINING_SETS.join(', ')} pages`)
  console.log(`${table(report.leaveSiteOut)}\n`)
  console.log(`folds (a site's pages in every set share a fold)\n${foldLines(report.folds.folds)}`)
  console.log(`fitting ${report.folds.folds.filter((f) => f.pages > 0).length} models took ${report.timings.fitSeconds.toFixed(1)} s\n`)
}
console.log('accuracy = correct/scored; a page whose gold gives no author or date is not scored for it\n')
console.log(`targets\n${targetLines(report.targets)}`)

console.log(`\nworst pages (${report.leaveSiteOut ? 'leave-site-out' : 'in-sample'}); loss = mean of what is scored on the page`)
for (const [set, worst] of Object.entries(main.worst)) console.log(`${worstLines(set, worst)}\n`)

const threw = report.pages.filter((p) => (p.leaveSiteOut ?? p.inSample).error !== undefined)
if (threw.length > 0) {
  console.log(`parser threw on ${threw.length} page(s), scored as empty:`)
  for (const p of threw.slice(0, 10)) console.log(`  ${p.set}/${p.name}: ${(p.leaveSiteOut ?? p.inSample).error}`)
  console.log('')
}

const previous = writeResults(join(root, 'eval-results'), report)
if (previous !== null && 'unreadable' in previous) console.log(`previous results not compared (${previous.unreadable})`)
else if (previous !== null) {
  const before = report.leaveSiteOut ? previous.report.leaveSiteOut : previous.report.inSample
  if (before) console.log(`vs previous run (${previous.generatedAt}), ${report.leaveSiteOut ? 'leave-site-out' : 'in-sample'}\n${deltas(main, before)}`)
}
console.log(`\n${report.pages.length} pages in ${report.timings.totalSeconds.toFixed(1)} s; per-page results in eval-results/latest.json`)

if (args.check && report.targets.some((t) => t.pass === false)) process.exit(1)
