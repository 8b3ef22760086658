// The fold assignment decides which pages each leave-site-out model is fitted without; it must be
// the same on every run and never split a site.
import t from 'tap'
import { assignFolds, foldOfPage } from '../../src/eval/folds.js'

const pages = (sites: Record<string, number>): Array<{ site: string }> =>
  Object.entries(sites).flatMap(([site, n]) => Array.from({ length: n }, () => ({ site })))

t.test('biggest site first, each to the smallest fold; ties by name and by fold index', (t) => {
  const plan = assignFolds(pages({ b: 2, a: 2, big: 5, c: 1, 'a.com': 1 }), 2)
  // big 5 → fold 0; a 3 (with a.com) → fold 1; b 2 → fold 1 (3 < 5); c 1 → fold 0 (5 = 5: lower index)
  t.strictSame(plan.folds, [
    { groups: ['big', 'c'], pages: 6 },
    { groups: ['a', 'b'], pages: 5 },
  ], '"a.com" joins "a": one publisher, one group')
  t.equal(foldOfPage(plan, { site: 'a.com' }), 1)
  t.equal(foldOfPage(plan, { site: 'unknown' }), -1)
  t.end()
})

t.test('the same pages in any order give the same folds', (t) => {
  const list = pages({ x: 3, y: 3, z: 2, w: 2, v: 1 })
  const a = assignFolds(list, 3)
  const b = assignFolds([...list].reverse(), 3)
  t.strictSame(a.folds, b.folds)
  t.strictSame([...a.foldOf], [...b.foldOf])
  t.end()
})

t.test('more folds than sites leaves folds empty; fewer than 2 is refused', (t) => {
  const plan = assignFolds(pages({ a: 1, b: 1 }), 4)
  t.strictSame(plan.folds.map((f) => f.pages), [1, 1, 0, 0])
  t.throws(() => assignFolds(pages({ a: 1 }), 1), RangeError)
  t.throws(() => assignFolds(pages({ a: 1 }), 2.5), RangeError)
  t.end()
})
