// The worst-pages list is read instead of opening pages: its order and reasons must follow the
// scores, so they are checked on hand-made results.
import t from 'tap'
import { loss, reason, worstPages } from '../../src/eval/reasons.js'
import type { PageResult } from '../../src/eval/score.js'
import { multisetF1 } from '../../src/eval/metrics.js'

const perfect = multisetF1(['a', 'b'], ['a', 'b'])
const page = (over: Partial<PageResult> = {}): PageResult => ({
  paragraphs: perfect, tokens: perfect, title: null, byline: null, date: null, lang: null, ...over,
})

t.test('loss is the mean over what the page lets us score', (t) => {
  t.equal(loss(page()), 0)
  t.equal(loss(page({ title: { expected: 'T', predicted: 'X', correct: false } })), 1 / 3)
  t.equal(loss(page({ tokens: multisetF1([], ['a']), paragraphs: multisetF1([], ['a']) })), 1)
  t.end()
})

t.test('reasons name the biggest causes first, at most three', (t) => {
  t.equal(reason(page()), 'exact')
  const missed = page({ tokens: { matched: 38, predicted: 38, expected: 100, p: 1, r: 0.38, f1: 0.55 } })
  t.equal(reason(missed), "missed 62% of the article's words")
  const noisy = page({ tokens: { matched: 59, predicted: 100, expected: 59, p: 0.59, r: 1, f1: 0.74 } })
  t.equal(reason(noisy), '41% of kept words are not article')
  const fields = page({
    title: { expected: 'Y', predicted: 'X', correct: false },
    byline: { expected: 'Ann Smith; Bob Jones', predicted: null, correct: false },
    date: { expected: '2023-12-17', predicted: '2023-01-02T10:00:00Z', correct: false },
  })
  t.equal(reason(fields), 'title "X" ≠ "Y"; no byline (expected Smith, Jones); date 2023-01-02 ≠ 2023-12-17')
  t.match(reason(page({ error: 'boom', byline: { expected: 'A B', predicted: 'C D', correct: false } })), /^parser threw: boom; byline "C D" names none of B$/)
  t.match(reason(page({ title: { expected: 'Long gold', predicted: null, correct: false } })), /^no title \(expected "Long gold"\)$/)
  const split = page({ paragraphs: { matched: 1, predicted: 4, expected: 4, p: 0.25, r: 0.25, f1: 0.25 } })
  t.match(reason(split), /^paragraphs split or joined unlike the gold \(paragraph F1 0\.25\)$/)
  const tiny = page({ tokens: { matched: 99, predicted: 99, expected: 100, p: 1, r: 0.99, f1: 0.995 } })
  t.equal(reason(tiny), "missed 1% of the article's words", 'a small loss is named when it is all there is')
  const mixed = page({ tokens: tiny.tokens, title: { expected: 'Y', predicted: 'X', correct: false } })
  t.equal(reason(mixed), 'title "X" ≠ "Y"', 'and left out beside a bigger cause')
  t.end()
})

t.test('worst pages: greatest loss first, ties by name, perfect pages left out', (t) => {
  const bad = page({ title: { expected: 'T', predicted: null, correct: false } })
  const worse = page({ tokens: multisetF1([], ['a']), paragraphs: multisetF1([], ['a']) })
  const list = worstPages(
    [
      { name: 'b', site: 's', result: bad },
      { name: 'ok', site: 's', result: page() },
      { name: 'a', site: 's', result: bad },
      { name: 'z', site: 't', result: worse },
    ],
    10,
  )
  t.strictSame(list.map((w) => w.name), ['z', 'a', 'b'])
  t.equal(list[0]?.reason, "missed 100% of the article's words")
  t.equal(worstPages([{ name: 'a', site: 's', result: bad }, { name: 'b', site: 's', result: bad }], 1).length, 1)
  t.end()
})
