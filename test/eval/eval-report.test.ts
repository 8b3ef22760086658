// `npm run eval`'s results file, from a small run (readability and the seed, two folds): its shape,
// that the seed still parses exactly, that leave-site-out never splits a site, and that a rerun
// writes the same figures. Needs the shared corpus, so it skips where there is none.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { corpusDir } from '../../src/eval/corpus.js'
import { foldGroup } from '../../src/eval/sites.js'
import { writeResults } from '../../src/eval/results-file.js'
import { type EvalReport, runEval } from '../../src/eval/run.js'
import { evalReportSchema } from '../../src/eval/schema.js'

const corpus = corpusDir(fileURLToPath(new URL('../..', import.meta.url)))
const missing = !existsSync(join(corpus, 'readability')) || !existsSync(join(corpus, '..', 'seeds'))

/** Everything but the two figures allowed to differ between identical runs. */
const stable = (r: EvalReport): Omit<EvalReport, 'generatedAt' | 'timings'> => {
  const { generatedAt: _g, timings: _t, ...rest } = r
  return rest
}

t.test('a small eval run writes a results file of the documented shape', { skip: missing ? `no corpus at ${corpus}` : false }, (t) => {
  const report = runEval({ corpus, sets: ['seed', 'readability'], folds: 2 })
  const dir = t.testdir()
  t.equal(writeResults(dir, report), null, 'no previous run in a fresh folder')
  const file = JSON.parse(readFileSync(join(dir, 'latest.json'), 'utf8')) as unknown
  const parsed = evalReportSchema.safeParse(file)
  t.ok(parsed.success, parsed.success ? 'matches the schema' : JSON.stringify(parsed.error.issues.slice(0, 5)))
  t.strictSame(file, JSON.parse(JSON.stringify(report)), 'the file is the report')

  t.equal(report.pages.length, 41)
  t.equal(report.inSample.sets.seed?.exact, true, 'the seed parses exactly in-sample')
  t.equal(report.leaveSiteOut?.sets.seed?.exact, true, 'and leave-site-out')
  t.equal(report.targets.find((x) => x.label === 'seed page parses exactly')?.pass, true)
  t.equal(report.targets.find((x) => x.label.startsWith('bbc'))?.pass, null, 'a set not run is not judged')
  t.ok(report.leaveSiteOut?.worst.readability?.every((w) => w.reason !== ''), 'each worst page has a reason')
  t.notOk('seed' in (report.leaveSiteOut?.worst ?? {}), 'the seed is judged by its exactness, not listed')

  const foldOf = new Map<string, number | null>()
  for (const p of report.pages) {
    const group = foldGroup(p.site)
    if (foldOf.has(group)) t.equal(p.fold, foldOf.get(group), `${p.name} is in its site's fold`)
    foldOf.set(group, p.fold)
  }
  t.strictSame(new Set(report.pages.map((p) => p.fold)), new Set([0, 1]), 'both folds are used')

  const again = runEval({ corpus, sets: ['seed', 'readability'], folds: 2 })
  t.strictSame(stable(again), stable(report), 'a rerun gives the same figures')
  const previous = writeResults(dir, again)
  t.ok(previous !== null && 'report' in previous, 'the earlier run is read back for the delta')
  t.ok(existsSync(join(dir, 'previous.json')))
  t.end()
})

t.test('--no-loso: in-sample only, targets judged on it', { skip: missing ? `no corpus at ${corpus}` : false }, (t) => {
  const report = runEval({ corpus, sets: ['seed'], loso: false })
  t.ok(evalReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success)
  t.equal(report.leaveSiteOut, null)
  t.equal(report.folds, null)
  t.equal(report.pages[0]?.fold, null)
  t.ok(report.targets.every((x) => x.judgedOn === 'inSample'))
  t.equal(report.inSample.overallWithoutBbc, null, 'no readability or naeb page: no target figures')

  const dir = t.testdir({ 'latest.json': '{"generatedAt": "an old format"}' })
  t.strictSame(writeResults(dir, report), { unreadable: 'an older format' }, 'an old file is moved aside, not compared')
  t.ok(existsSync(join(dir, 'previous.json')))
  t.strictSame(writeResults(t.testdir({ 'latest.json': 'not json' }), report), { unreadable: 'not JSON' })
  t.end()
})
