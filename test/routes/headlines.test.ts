import { readFileSync } from 'node:fs'
import t, { type Test } from 'tap'
import type { App } from '../../src/app.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { assertProblem, buildTestApp, SEED_PAGE } from '../helpers.js'
import { pageWithHeadlines, type FixtureHeadline } from './headline-pages.js'

type Item = { id: number; title: string; publishedAt: string | null; articleCount: number }

t.test('GET /headlines searches titles and filters by time', async (t) => {
  const app = await buildTestApp(t)
  const tal = (await app.inject('/headlines?q=Tal%20Afar')).json()
  t.equal(tal.items.length, 1)
  t.match(tal.items[0], { title: 'Civil defense, police stations to take over duties in Tal Afar', publishedAt: '2017-08-28T16:29:00Z', articleCount: 1 })

  const all = (await app.inject('/headlines')).json()
  t.equal(all.items.length, 8, 'the same title at two times is two headlines')
  const times = all.items.map((h: Item) => h.publishedAt)
  t.same(times, [...times].sort().reverse(), 'newest first')

  const day = (await app.inject('/headlines?since=2017-08-29&until=2017-08-29')).json()
  t.same(day.items.map((h: Item) => h.publishedAt), ['2017-08-29T15:47:00Z', '2017-08-29T15:45:00Z', '2017-08-29T15:32:00Z'], 'a date-only until takes the whole day')
  const window = (await app.inject('/headlines?since=2017-08-28T16:29:00Z&until=2017-08-28T16:41:00Z')).json()
  t.same(window.items.map((h: Item) => h.publishedAt), ['2017-08-28T16:41:00Z', '2017-08-28T16:38:00Z', '2017-08-28T16:29:00Z'], 'both ends inclusive')
  const offset = (await app.inject({ url: '/headlines', query: { since: '2017-08-28T18:29:00+02:00', until: '2017-08-28T18:29:00+02:00' } })).json()
  t.same(offset.items.map((h: Item) => h.title), ['Civil defense, police stations to take over duties in Tal Afar'], 'offsets are converted to UTC')
})

t.test('headline pages walk every headline once', async (t) => {
  const app = await buildTestApp(t)
  const seen: number[] = []
  let url = '/headlines?limit=3'
  for (let i = 0; i < 10 && url; i++) {
    const body = (await app.inject(url)).json()
    seen.push(...body.items.map((h: Item) => h.id))
    url = body.next ? `/headlines?limit=3&cursor=${body.next}` : ''
  }
  t.equal(seen.length, 8)
  t.equal(new Set(seen).size, 8)
})

t.test('GET /headlines/{id} links back to the articles', async (t) => {
  const app = await buildTestApp(t)
  const [first] = (await app.inject('/headlines?q=Tal%20Afar')).json().items
  const one = (await app.inject(`/headlines/${first.id}`)).json()
  t.equal(one.articles.length, 1)
  t.match(one.articles[0], { id: Number, title: null, lead: /^U\.S\. and Iraqi officials/ })
  assertProblem(t, await app.inject('/headlines/9999'), 404)
})

t.test('bad filters are 400 problems', async (t) => {
  const app = await buildTestApp(t)
  assertProblem(t, await app.inject('/headlines?since=yesterday'), 400, { in: 'query', name: 'since' })
  assertProblem(t, await app.inject('/headlines?until=2017-13-45'), 400, { in: 'query', name: 'until' })
  assertProblem(t, await app.inject('/headlines?since=2017-08-30&until=2017-08-01'), 400, { in: 'query', name: 'until' })
  assertProblem(t, await app.inject({ url: '/headlines', query: { q: '"' } }), 400, { in: 'query', name: 'q' })
  t.equal((await app.inject({ url: '/headlines', query: { q: 'NEAR(' } })).statusCode, 200)
})

// Headlines at chosen times (two at the same minute, two undated) beside the example page's eight.
const FIXTURE: FixtureHeadline[] = [
  { title: 'Lorry drivers stage protest over fuel prices', at: '2016-12-31T23:59:00Z' },
  { title: 'Parliament debates new budget proposal today', at: '2017-01-02T00:00:00Z' },
  { title: 'Storm brings heavy rain to northern coast', at: null },
  { title: 'Central bank keeps interest rates unchanged', at: '2017-03-15T12:30:00Z' },
  { title: 'Central bank governor warns of slower growth', at: '2017-03-15T12:30:00Z' },
  { title: 'Floods close schools across the northern region', at: null },
  { title: 'Storm damage estimated at two million pounds', at: '2018-02-28T23:00:00Z' },
]

async function appWithFixture(t: Test) {
  const app = await buildTestApp(t)
  const dir = t.testdir({ 'more.txt': pageWithHeadlines(FIXTURE, 'A second page, with headlines of its own.') })
  await ingestPaths(app.db, [dir])
  return app
}

async function walk(app: App, query: string, limit: number): Promise<Item[]> {
  const items: Item[] = []
  let cursor: string | null = null
  for (let pages = 0; pages < 50; pages++) {
    const body = (await app.inject(`/headlines?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: Item[]; next: string | null }
    items.push(...body.items)
    cursor = body.next
    if (cursor === null) break
  }
  return items
}

t.test('sort: newest and oldest, undated last in both; cursors walk each order once', async (t) => {
  const app = await appWithFixture(t)
  const all = (await app.inject('/headlines?limit=100')).json().items as Item[]
  t.equal(all.length, 15, 'eight on the example page, seven more')
  const byTime = (dir: 1 | -1) => (a: Item, b: Item) =>
    a.publishedAt === b.publishedAt ? dir * (a.id - b.id)
    : a.publishedAt === null ? 1 : b.publishedAt === null ? -1
    : dir * a.publishedAt.localeCompare(b.publishedAt)
  const newest = [...all].sort(byTime(-1))
  const oldest = [...all].sort(byTime(1))
  t.same(all.map((h) => h.id), newest.map((h) => h.id), 'the default is newest first, ties newest id first')
  t.same(all.slice(-2).map((h) => h.publishedAt), [null, null], 'undated last')
  t.same((await app.inject('/headlines?sort=oldest&limit=100')).json().items.map((h: Item) => h.id), oldest.map((h) => h.id))
  t.equal(oldest[0]?.title, 'Lorry drivers stage protest over fuel prices')
  t.same(oldest.slice(-2).map((h) => h.publishedAt), [null, null], 'undated last when oldest first too')
  for (const sort of ['newest', 'oldest']) {
    for (const limit of [1, 2, 4]) {
      const walked = await walk(app, `sort=${sort}`, limit)
      t.same(walked.map((h) => h.id), (sort === 'newest' ? newest : oldest).map((h) => h.id), `${sort}, pages of ${limit}`)
    }
  }
})

t.test('sort=relevance ranks matches and pages through them', async (t) => {
  const app = await appWithFixture(t)
  const ranked = (await app.inject('/headlines?q=central%20OR%20bank&sort=relevance')).json().items as Item[]
  t.equal(ranked.length, 2)
  t.equal(ranked[0]?.title, 'Central bank keeps interest rates unchanged', 'both words beat one (and a shorter title)')
  const walked = await walk(app, 'q=Baghdad%20OR%20storm&sort=relevance', 1)
  const once = (await app.inject('/headlines?q=Baghdad%20OR%20storm&sort=relevance&limit=100')).json().items as Item[]
  t.equal(once.length, 6)
  t.same(walked.map((h) => h.id), once.map((h) => h.id), 'pages of one give the same order')
  assertProblem(t, await app.inject('/headlines?sort=relevance'), 400, { in: 'query', name: 'sort' })
})

t.test('a cursor continues only the order it came from', async (t) => {
  const app = await appWithFixture(t)
  const next = (await app.inject('/headlines?limit=2')).json().next
  assertProblem(t, await app.inject(`/headlines?limit=2&sort=oldest&cursor=${next}`), 400, { in: 'query', name: 'cursor' })
  const legacy = Buffer.from(JSON.stringify({ publishedAt: '2017-08-29T15:32:00Z', id: 3 })).toString('base64url')
  const page = (await app.inject(`/headlines?limit=1&cursor=${legacy}`)).json()
  t.equal(page.items[0].publishedAt, '2017-08-28T16:41:00Z', 'a cursor issued before sort existed continues newest first')
  const badKey = Buffer.from(JSON.stringify({ sort: 'relevance', key: 'x', id: 1 })).toString('base64url')
  assertProblem(t, await app.inject(`/headlines?q=storm&sort=relevance&cursor=${badKey}`), 400, { in: 'query', name: 'cursor' })
})

t.test('hasDate and article filters', async (t) => {
  const app = await appWithFixture(t)
  const undated = (await app.inject('/headlines?hasDate=false')).json().items as Item[]
  t.same(undated.map((h) => h.title).sort(), ['Floods close schools across the northern region', 'Storm brings heavy rain to northern coast'])
  t.equal((await app.inject('/headlines?hasDate=true&limit=100')).json().items.length, 13)
  t.equal((await app.inject('/headlines?q=storm&hasDate=true')).json().items.length, 1, 'with a search too')
  assertProblem(t, await app.inject('/headlines?hasDate=maybe'), 400, { in: 'query', name: 'hasDate' })

  // The fixture page is the last one stored. (Found by id, not by searching its one-line intro:
  // whether that line is article text or page furniture is the parser's call, not this test's.)
  const second = Math.max(...((await app.inject('/articles?limit=100')).json().items as { id: number }[]).map((a) => a.id))
  const listed = (await app.inject(`/headlines?article=${second}&limit=100`)).json().items as Item[]
  t.same(listed.map((h) => h.title).sort(), FIXTURE.map((h) => h.title).sort(), 'the headlines that page lists')
  t.equal((await app.inject(`/headlines?article=${second}&q=storm&sort=oldest`)).json().items.length, 2, 'combined with q and a sort')
  t.same((await app.inject('/headlines?article=999')).json().items, [], 'an unknown article lists none')
  assertProblem(t, await app.inject('/headlines?article=first'), 400, { in: 'query', name: 'article' })
})

t.test('GET /headlines/{id} embeds a bounded page of article summaries', async (t) => {
  const app = await buildTestApp(t)
  const copies: Record<string, string> = {}
  // Five more pages list the example page's headlines: same block, a different opening line.
  for (let i = 1; i <= 5; i++) copies[`copy${i}.txt`] = `Copy ${i} of the Mosul report.\n${readFileSync(SEED_PAGE, 'utf8')}`
  await ingestPaths(app.db, [t.testdir(copies)])
  const [tal] = (await app.inject('/headlines?q=Tal%20Afar')).json().items
  t.equal(tal.articleCount, 6)

  const first = (await app.inject(`/headlines/${tal.id}?limit=4`)).json()
  t.equal(first.articleCount, 6, 'the total')
  t.equal(first.articles.length, 4, 'at most limit')
  t.match(first.articles[0], { id: Number, lead: String, source: { name: 'Ahram online' }, publisher: { name: 'Arab Today Media Group' } })
  t.type(first.articlesNext, 'string')
  const rest = (await app.inject(`/headlines/${tal.id}?limit=4&cursor=${first.articlesNext}`)).json()
  t.equal(rest.articles.length, 2)
  t.equal(rest.articlesNext, null)
  const ids = [...first.articles, ...rest.articles].map((a: { id: number }) => a.id)
  t.same(ids, [6, 5, 4, 3, 2, 1], 'every page once, newest first')
  t.equal((await app.inject(`/headlines/${tal.id}`)).json().articles.length, 6, 'the default limit (20) holds them all')
  assertProblem(t, await app.inject(`/headlines/${tal.id}?limit=101`), 400, { in: 'query', name: 'limit' })
  assertProblem(t, await app.inject(`/headlines/${tal.id}?cursor=nope`), 400, { in: 'query', name: 'cursor' })
})
