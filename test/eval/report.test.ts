// The printed tables and lists of `npm run eval`, on hand-made results: which rows appear, how
// targets read in each mode, and the delta against an earlier run.
import t from 'tap'
import { multisetF1 } from '../../src/eval/metrics.js'
import { type ScoredPage, summariseMode } from '../../src/eval/modes.js'
import { deltas, foldLines, table, targetLines, worstLines } from '../../src/eval/report.js'
import type { PageResult } from '../../src/eval/score.js'
import { targets } from '../../src/eval/targets.js'

const result = (f1: boolean, title: boolean): PageResult => ({
  paragraphs: f1 ? multisetF1(['a'], ['a']) : multisetF1(['x'], ['a']),
  tokens: f1 ? multisetF1(['a'], ['a']) : multisetF1(['x'], ['a']),
  title: { expected: 'T', predicted: title ? 'T' : 'X', correct: title },
  byline: null,
  date: { expected: '2023-12-17', predicted: '2023-12-17', correct: true },
  lang: null,
})
const scored: ScoredPage[] = [
  { set: 'readability', name: 'r1', site: 'r', result: result(true, true) },
  { set: 'naeb', name: 'n1', site: 'n.com', result: result(false, false) },
  { set: 'bbc', name: 'b/1', site: 'bbc', result: result(true, true) },
]
const mode = summariseMode(scored, ['readability', 'naeb', 'bbc'])

t.test('table: each set, readability+naeb, then overall', (t) => {
  const rows = table(mode).split('\n').slice(2).map((l) => l.split(/\s+/u)[0])
  t.strictSame(rows, ['readability', 'naeb', 'bbc', 'readability+naeb', 'overall'])
  t.match(table(mode), /naeb\s+1\s+0\.000/u)
  const one = summariseMode(scored.slice(0, 1), ['readability'])
  t.equal(table(one).split('\n').length, 3, 'one set: no summary rows')
  t.end()
})

t.test('targets: judged on leave-site-out, shown for both modes', (t) => {
  const ts = targets(mode, mode)
  t.match(ts[0], { label: 'readability+naeb token F1 >= 0.96', inSample: '0.500', leaveSiteOut: '0.500', pass: false })
  t.match(ts.find((x) => x.label.includes('byline')), { pass: null, inSample: null }, 'no gold byline: nothing to judge')
  t.match(ts.find((x) => x.label.includes('date')), { pass: true, inSample: '1.000 2/2' })
  t.match(ts.find((x) => x.label.startsWith('seed')), { pass: null })
  t.match(targetLines(ts), /FAIL {2}readability\+naeb token F1 >= 0\.96 +0\.500 +0\.500/u)
  t.match(targetLines(targets(mode, null)), /judged on in-sample/u)
  t.match(targetLines(targets(mode, null)), /SKIP .* not run/u)
  t.end()
})

t.test('worst pages and folds as text', (t) => {
  t.match(worstLines('naeb', mode.worst.naeb ?? []), /n1 +0\.750 +0\.000 +0\.000 +missed 100% of the article's words/u)
  t.equal(worstLines('bbc', mode.worst.bbc ?? []), 'bbc: every page scored perfectly')
  const groups = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
  t.match(foldLines([{ groups, pages: 12 }, { groups: [], pages: 0 }]), /fold {2}0: {4}12 pages, {3}8 sites: a, b, c, d, e, f and 2 more\n {2}fold {2}1: +0 pages/u)
  t.end()
})

t.test('deltas: per row both runs have', (t) => {
  const before = summariseMode(scored.map((s) => ({ ...s, result: result(true, true) })), ['readability', 'naeb', 'bbc'])
  t.match(deltas(mode, before), /naeb +Δpara F1 -1\.000 {2}Δtoken F1 -1\.000 {2}Δtitle -1\.000 {2}Δdate \+0\.000/u)
  t.equal(deltas(mode, summariseMode([], [])), '  (no set in common with the previous run)')
  t.end()
})
