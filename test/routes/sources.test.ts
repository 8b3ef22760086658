import t from 'tap'
import { assertProblem, buildTestApp } from '../helpers.js'

t.test('GET /sources and /sources/{id}', async (t) => {
  const app = await buildTestApp(t)
  const list = (await app.inject('/sources')).json()
  t.same(list.items.map((s: { name: string; articleCount: number }) => [s.name, s.articleCount]), [['Ahram online', 1]])
  t.equal(list.next, null)

  const id = list.items[0].id
  const one = await app.inject(`/sources/${id}`)
  t.equal(one.statusCode, 200)
  t.same(one.json(), { id, name: 'Ahram online', articleCount: 1 })

  assertProblem(t, await app.inject('/sources/424242'), 404)
  assertProblem(t, await app.inject('/sources/-1'), 400, { in: 'path', name: 'id' })
  assertProblem(t, await app.inject('/sources?cursor=%%%'), 400, { in: 'query', name: 'cursor' })
})

t.test('an empty database lists nothing', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  t.same((await app.inject('/sources')).json(), { items: [], next: null })
  t.same((await app.inject('/articles')).json(), { items: [], next: null })
  t.same((await app.inject('/headlines')).json(), { items: [], next: null })
})
