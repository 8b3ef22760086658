// A parser or a fit that throws must cost only the pages it touched: they score as empty with the
// error named, and the run goes on.
import t from 'tap'
import type { EvalPage } from '../../src/eval/corpus.js'
import type * as Folds from '../../src/eval/folds.js'
import type * as RunPage from '../../src/eval/run-page.js'

const page = (name: string, site: string): EvalPage => ({
  set: 'naeb', name, site, url: null, text: 'Some text.', title: 'T', titleKind: 'headline', authors: ['A B'],
  publishedTime: null, lang: null, paragraphs: ['Some text.'], headings: [], headingsMarked: false,
})

t.test('a parser that throws scores the page as empty', async (t) => {
  const { runPage } = await t.mockImport<typeof RunPage>('../../src/eval/run-page.js', {
    '../../src/parse/index.js': { parsePage: () => { throw new Error('boom') } },
  })
  const { result } = runPage(page('p', 'a.com'))
  t.match(result, { error: 'boom', tokens: { f1: 0 }, title: { correct: false }, byline: { predicted: null } })
})

t.test('a fit that throws costs only its fold', async (t) => {
  const { assignFolds, leaveSiteOut } = await t.mockImport<typeof Folds>('../../src/eval/folds.js', {
    '../../src/parse/model/fit.js': { fitModel: () => { throw new Error('no rows') } },
  })
  const pages = [page('a', 'a.com'), page('b', 'b.com')]
  const { results, fitSeconds } = leaveSiteOut(pages, assignFolds(pages, 3))
  t.equal(results.length, 2)
  for (const r of results) t.match(r.error, /^fitting without this page's fold threw: no rows$/u)
  t.ok(fitSeconds >= 0)
})
