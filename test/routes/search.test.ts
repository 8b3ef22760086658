// The search language through the API, on the example page: each construct changes what comes
// back, a query that cannot run is a 400 problem on `q`, and the documented examples find something.
import t from 'tap'
import { assertProblem, buildTestApp } from '../helpers.js'

type Page = { items: { id: number; title: string | null; snippet?: string }[] }

t.test('/articles', async (t) => {
  const app = await buildTestApp(t)
  const count = async (q: string) => ((await app.inject({ url: '/articles', query: { q } })).json() as Page).items.length

  t.equal(await count('"Islamic State"'), 1, 'a phrase on the page')
  t.equal(await count('"State Islamic"'), 0, 'the same words in another order')
  t.equal(await count('Baghdadi -Mosul'), 0, 'the page says Mosul')
  t.equal(await count('Baghdadi -"Mosul Tigris"'), 1, 'an excluded phrase the page does not contain')
  t.equal(await count('Baghdadi zzzunknown OR Mosul'), 1, 'one alternative is enough')
  t.equal(await count('Baghdadi zzzunknown OR yyyunknown'), 0, 'but one is needed')
  t.equal(await count('caliphat'), 0, 'no such whole word')
  const prefix = (await app.inject({ url: '/articles', query: { q: 'caliphat*' } })).json() as Page
  t.equal(prefix.items.length, 1, 'a prefix finds "caliphate"')
  t.match(prefix.items[0]?.snippet, /<mark>caliphate<\/mark>/, 'and the snippet marks the whole word')

  const only = assertProblem(t, await app.inject({ url: '/articles', query: { q: '-Mosul -"Islamic State"' } }), 400, { in: 'query', name: 'q' })
  t.equal(only.detail, 'q: only excluded terms: add a word to search for')
  const nothing = assertProblem(t, await app.inject({ url: '/articles', query: { q: '-* "" (' } }), 400, { in: 'query', name: 'q' })
  t.match(nothing.detail, /^q: nothing to search for/)
})

t.test('/headlines', async (t) => {
  const app = await buildTestApp(t)
  const titles = async (q: string) => ((await app.inject({ url: '/headlines', query: { q } })).json() as Page).items.map((h) => h.title)

  t.same(await titles('"Tal Afar"'), ['Civil defense, police stations to take over duties in Tal Afar'])
  t.same(await titles('"Afar Tal"'), [])
  t.same(await titles('Baghdad -southern'), ['Daesh leader arrested in northern Baghdad', '2 killed, 6 wounded in car bombing in eastern Baghdad'])
  t.same(await titles('Baghdad blast OR bombing'), [
    '1 killed, 5 Injured in southern Baghdad blast',
    '2 killed, 6 wounded in car bombing in eastern Baghdad',
    '1 killed, 5 Injured in southern Baghdad blast',
  ], 'Baghdad AND (blast OR bombing), newest first')
  t.equal((await titles('bomb*')).length, 3, 'a prefix: the three car-bombing headlines')
  assertProblem(t, await app.inject({ url: '/headlines', query: { q: '-Baghdad' } }), 400, { in: 'query', name: 'q' })
})

t.test('the example in the OpenAPI document finds something', async (t) => {
  const app = await buildTestApp(t)
  const doc = (await app.inject('/openapi.json')).json() as {
    paths: Record<string, { get: { parameters: { name: string; example?: string }[] } }>
  }
  for (const path of ['/articles', '/headlines']) {
    const example = doc.paths[path]?.get.parameters.find((p) => p.name === 'q')?.example
    t.type(example, 'string', `${path} documents an example q`)
    const res = await app.inject({ url: path, query: { q: example as string } })
    t.equal(res.statusCode, 200)
    t.ok((res.json() as Page).items.length > 0, `${path}?q=${example} finds something`)
  }
})
