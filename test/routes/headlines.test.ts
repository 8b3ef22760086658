import t from 'tap'
import { assertProblem, buildTestApp } from '../helpers.js'

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
