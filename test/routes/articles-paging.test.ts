// Walking GET /articles page by page: the Link header, cursors that hold across ingests between
// two pages, and relevance ranking capped to the newest matches.
import t from 'tap'
import { assertProblem, buildTestApp } from '../helpers.js'
import { ingestSpecs, type PageSpec } from './article-pages.js'

type Item = { id: number; date: string }
type Page = { items: Item[]; next: string | null; ranking?: { scope: string; ranked: number; matches: number; estimated: boolean } }
type App = Awaited<ReturnType<typeof buildTestApp>>

const day = (d: number) => `2017-08-${String(d).padStart(2, '0')}`
/** n pages about `topic`, published on the given days of August 2017 (two on a day tie on id). */
const dated = (topic: string, from: number, days: number[]): PageSpec[] =>
  days.map((d, i) => ({ topic, n: from + i, published: day(d) }))

async function page(t: Parameters<typeof buildTestApp>[0], app: App, url: string): Promise<Page & { link: string | undefined }> {
  const res = await app.inject(url)
  t.equal(res.statusCode, 200, url)
  return { ...(res.json() as Page), link: res.headers.link as string | undefined }
}

/** The path in a `Link: <…>; rel="next"` header, checked for its form. */
function linkTarget(t: Parameters<typeof buildTestApp>[0], link: string | undefined): string {
  const m = /^<(\/articles\?[^<>\s]*)>; rel="next"$/.exec(link ?? '')
  t.ok(m, `an RFC 8288 next link: ${link}`)
  return m?.[1] as string
}

t.test('the Link header leads where next does, keeping every other parameter', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  await ingestSpecs(app.db, t.testdir({}), dated('dam', 1, [1, 2, 3, 4, 5]).map((s) => ({ ...s, source: s.n % 2 ? 'Reuters' : 'AFP' })))
  const start = '/articles?q=dam&source=Reuters&source=AFP&highlightStart=%3Cb%20title%3D%22%3E%22%3E&highlightEnd=%3C%2Fb%3E&limit=2&sort=newest'
  const seen: number[] = []
  let url: string | null = start
  while (url) {
    const p = await page(t, app, url)
    seen.push(...p.items.map((i) => i.id))
    for (const item of p.items as (Item & { snippet: string })[]) t.match(item.snippet, /<b title=">">dam<\/b>/i, 'markers survive the round trip')
    if (p.next === null) {
      t.equal(p.link, undefined, 'no Link on the last page')
      break
    }
    const target = linkTarget(t, p.link)
    const params = new URLSearchParams(target.split('?')[1])
    t.equal(params.get('cursor'), p.next, 'the cursor is next')
    t.same(params.getAll('source'), ['Reuters', 'AFP'], 'repeated parameters are kept')
    t.equal(params.get('highlightStart'), '<b title=">">', 'and encoded, so `>` cannot end the link')
    const viaNext = await page(t, app, `${start}&cursor=${p.next}`)
    const viaLink = await page(t, app, target)
    t.same(viaLink.items, viaNext.items, 'following the link is asking with the cursor')
    url = target
  }
  t.same(seen, [5, 4, 3, 2, 1])
})

/** Walks every page; `between` runs after the first page. */
async function walk(t: Parameters<typeof buildTestApp>[0], app: App, start: string, between: () => Promise<unknown>): Promise<Item[]> {
  const items: Item[] = []
  let url: string | null = start
  for (let n = 0; url && n < 50; n++) {
    const p = await page(t, app, url)
    items.push(...p.items)
    if (n === 0) await between()
    url = p.next === null ? null : linkTarget(t, p.link)
  }
  return items
}

t.test('pages ingested between two pages never repeat or skip an article', async (t) => {
  for (const sort of ['newest', 'oldest', 'relevance'] as const) {
    const app = await buildTestApp(t, { seed: false })
    const dir = t.testdir({})
    // Ten articles over five days, two per day: ties on the date are broken by id.
    await ingestSpecs(app.db, dir, dated('dam', 1, [3, 3, 5, 5, 7, 7, 9, 9, 11, 11]))
    const before = new Set((await page(t, app, '/articles?limit=100')).items.map((i) => i.id))
    // Between pages 1 and 2: articles dated before, after and on the dates already seen.
    const newcomers = dated('dam', 100, [1, 3, 6, 11, 20, 31])
    const items = await walk(t, app, `/articles?q=dam&sort=${sort}&limit=3`, () => ingestSpecs(app.db, dir, newcomers))
    const ids = items.map((i) => i.id)
    t.equal(new Set(ids).size, ids.length, `${sort}: no article twice`)
    t.same(ids.filter((id) => before.has(id)).sort((a, b) => a - b), [...before].sort((a, b) => a - b), `${sort}: every article there at the start, once`)
    if (sort === 'relevance') {
      t.same(ids.filter((id) => !before.has(id)), [], 'relevance: a walk ranks what was there when it began')
    } else {
      const keys = items.map((i) => `${i.date} ${String(i.id).padStart(6, '0')}`)
      const ordered = [...keys].sort()
      t.same(keys, sort === 'oldest' ? ordered : ordered.reverse(), `${sort}: the walk stays in order`)
      const late = ids.filter((id) => !before.has(id))
      t.ok(late.length > 0 && late.length < newcomers.length, `${sort}: newcomers past the cursor show up, those before it do not (${late.length})`)
    }
  }
})

t.test('a cursor belongs to its sort', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  await ingestSpecs(app.db, t.testdir({}), dated('dam', 1, [1, 2, 3]))
  const newest = (await page(t, app, '/articles?limit=1')).next as string
  const relevance = (await page(t, app, '/articles?q=dam&limit=1')).next as string
  assertProblem(t, await app.inject(`/articles?sort=oldest&cursor=${newest}`), 400, { in: 'query', name: 'cursor' })
  assertProblem(t, await app.inject(`/articles?q=dam&cursor=${newest}`), 400, { in: 'query', name: 'cursor' })
  assertProblem(t, await app.inject(`/articles?cursor=${relevance}`), 400, { in: 'query', name: 'cursor' })
  t.equal((await app.inject(`/articles?q=dam&sort=newest&cursor=${newest}`)).statusCode, 200, 'newest with or without q: the same kind')
})

t.test('with more matches than the cap, the newest are ranked and the page says so', async (t) => {
  const app = await buildTestApp(t, { seed: false, articles: { rankCap: 3 } })
  const dir = t.testdir({})
  // Ids 1–8 about dams, 9–10 about harbours, 11–12 about dams again.
  await ingestSpecs(app.db, dir, [...dated('dam', 1, [1, 2, 3, 4, 5, 6, 7, 8]), ...dated('harbour', 9, [9, 10]), ...dated('dam', 11, [11, 12])])
  const first = await page(t, app, '/articles?q=dam&limit=2')
  t.same(first.ranking, { scope: 'newest', ranked: 3, matches: 7, estimated: true },
    'the 3 newest matches (ids 8, 11, 12) span 5 of the 12 ids: an estimated 3 × 12 / 5 ≈ 7 in all (10, in fact)')
  const items = await walk(t, app, '/articles?q=dam&limit=2', async () => {})
  const ids = items.map((i) => i.id)
  t.same(ids.slice(0, 3).sort((a, b) => a - b), [8, 11, 12], 'the newest three come first, ranked, over pages of two')
  t.same(ids.slice(3), [7, 6, 5, 4, 3, 2, 1], 'then every older match, most recently stored first: the walk lists all ten')

  const few = await page(t, app, '/articles?q=harbour')
  t.same(few.ranking, { scope: 'all', ranked: 2, matches: 2, estimated: false }, 'under the cap: all ranked, counted')
  const filtered = await page(t, app, '/articles?q=dam&since=2017-08-05&until=2017-08-07&limit=100')
  t.same(filtered.ranking, { scope: 'all', ranked: 3, matches: 3, estimated: false }, 'the cap applies to the filtered matches')
  const byDate = await page(t, app, '/articles?q=dam&sort=oldest&limit=100')
  t.equal(byDate.items.length, 10, 'sorting by date is not capped')
  t.notOk('ranking' in byDate)

  const second = await page(t, app, `/articles?q=dam&limit=2&cursor=${first.next}`)
  t.same(second.ranking, first.ranking, 'later pages carry the first page\'s ranking')
})

t.test('a query of words found in most articles is not ranked: newest first, every match walked', async (t) => {
  const app = await buildTestApp(t, { seed: false, articles: { rankCap: 50 } })
  // Ids 1–130 about dams, 131–150 about harbours; every page also says "the".
  const days = (n: number) => Array.from({ length: n }, (_, i) => 1 + (i % 28))
  await ingestSpecs(app.db, t.testdir({}), [...dated('dam', 1, days(130)), ...dated('harbour', 131, days(20))])

  const first = await page(t, app, '/articles?q=dam&limit=40')
  // The window: the newest 50 matches, ids 81–130, spanning 70 of the 150 ids: about 50 × 150 / 70.
  t.same(first.ranking, { scope: 'none', ranked: 0, matches: 107, estimated: true }, 'dam is in 130 of 150 articles: bm25 gives it no weight')
  const items = await walk(t, app, '/articles?q=dam&limit=40', async () => {})
  t.same(items.map((i) => i.id), Array.from({ length: 130 }, (_, i) => 130 - i), 'most recently stored first, past the window down to the oldest match')
  t.equal((await page(t, app, '/articles?q=the&limit=1')).ranking?.scope, 'none', 'the, in every article')

  t.same((await page(t, app, '/articles?q=harbour')).ranking, { scope: 'all', ranked: 20, matches: 20, estimated: false }, 'a rarer word is ranked')
  const either = await page(t, app, '/articles?q=dam%20OR%20harbour&limit=100')
  t.equal(either.ranking?.scope, 'newest', 'one informative term is enough to rank')
  t.ok(either.items.slice(0, 20).every((i) => i.id > 130), 'and bm25 puts the harbour articles, the rarer word, first')
})

t.test('an unranked walk under the cap lists every match newest first, counted', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  const days = (n: number) => Array.from({ length: n }, (_, i) => 1 + (i % 28))
  await ingestSpecs(app.db, t.testdir({}), [...dated('dam', 1, days(130)), ...dated('harbour', 131, days(20))])
  const first = await page(t, app, '/articles?q=dam&limit=40')
  t.same(first.ranking, { scope: 'none', ranked: 0, matches: 130, estimated: false }, 'all 130 matches fit the default window of 1,000')
  const items = await walk(t, app, '/articles?q=dam&limit=40', async () => {})
  t.same(items.map((i) => i.id), Array.from({ length: 130 }, (_, i) => 130 - i), 'every match, most recently stored first, over four pages')
})
