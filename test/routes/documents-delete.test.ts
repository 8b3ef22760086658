// DELETE /documents/{id}: the page and what only it named go; what other pages name stays.
import { readFileSync } from 'node:fs'
import t from 'tap'
import type { App } from '../../src/app.js'
import { createSearchIndexRepository } from '../../src/db/repositories/search-index.js'
import { assertProblem, buildTestApp, SEED_PAGE, TEST_KEY } from '../helpers.js'

const auth = { authorization: `Bearer ${TEST_KEY}` }
const remove = (app: App, id: number | string) => app.inject({ method: 'DELETE', url: `/documents/${id}`, headers: auth })
const postJson = (app: App, record: object) => app.inject({ method: 'POST', url: '/documents', headers: auth, payload: record })
const ids = async (app: App, url: string) => ((await app.inject(url)).json().items as { id: number }[]).map((x) => x.id)
const integrity = (app: App) => {
  app.db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
  app.db.exec("INSERT INTO headlines_fts (headlines_fts) VALUES ('integrity-check')")
}

// The seed page (article 1) and a page sharing its source and most headlines, but with a
// headline and a publisher of its own, and a word of its own.
const seed = readFileSync(SEED_PAGE, 'utf8')
const sibling = `Zanzibar correspondents filed this version of the report.\n${seed}`
  .replace('1 killed, 5 Injured in southern Baghdad blastGMT 15:45', 'Market reopens in western BaghdadGMT 15:45')
  .replaceAll('All rights reserved to Arab Today Media Group', 'All rights reserved to Gulf Wire Media')

t.test('deleting a page removes what only it named and keeps what others name', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  const created = await app.inject({ method: 'POST', url: '/documents', headers: { ...auth, 'content-type': 'text/plain' }, payload: sibling })
  t.equal(created.statusCode, 201)
  const id = created.json().id as number
  const own = (await app.inject('/headlines?q=%22Market%20reopens%22')).json().items[0]
  const shared = (await app.inject('/headlines?q=%22Civil%20defense%22')).json().items[0]
  t.match(shared, { articleCount: 2 })
  const [gulf, arab] = ['Gulf Wire Media', 'Arab Today Media Group'].map((name) =>
    app.db.prepare('SELECT id FROM publishers WHERE name = ?').pluck().get(name) as number)
  t.ok(gulf && arab)

  const res = await remove(app, id)
  t.equal(res.statusCode, 204)
  t.equal(res.body, '', 'no body')
  assertProblem(t, await app.inject(`/articles/${id}`), 404)
  assertProblem(t, await app.inject(`/articles/${id}/raw`), 404)
  assertProblem(t, await app.inject(`/headlines/${own.id}`), 404)
  t.same((await app.inject('/headlines?q=%22Market%20reopens%22')).json().items, [], 'its own headline is gone, from search too')
  t.match((await app.inject(`/headlines/${shared.id}`)).json(), { articleCount: 1, articles: [{ id: 1 }] }, 'a shared headline stays, linked to the other page')
  t.match((await app.inject('/sources')).json().items, [{ name: 'Ahram online', articleCount: 1 }], 'the shared source stays')
  t.equal(app.db.prepare('SELECT count(*) FROM publishers WHERE id = ?').pluck().get(gulf), 0, 'its own publisher is gone')
  t.equal(app.db.prepare('SELECT count(*) FROM publishers WHERE id = ?').pluck().get(arab), 1, "the other page's stays")
  t.same(await ids(app, '/articles?q=Zanzibar'), [], 'its words are out of the index')
  t.same(await ids(app, '/articles?q=Baghdadi'), [1], 'the other page is still found')
  integrity(app)

  assertProblem(t, await remove(app, id), 404)
  assertProblem(t, await remove(app, 999), 404)
  assertProblem(t, await remove(app, 'abc'), 400, { in: 'path', name: 'id' })
  t.equal(app.db.prepare('SELECT count(*) FROM documents').pluck().get(), 1)
})

t.test('only what the page named is swept: other orphans are left for reparse', async (t) => {
  const app = await buildTestApp(t, { apiKeys: [TEST_KEY] })
  app.db.exec("INSERT INTO headlines (title, published_at) VALUES ('Listed by no page', NULL)")
  t.equal((await remove(app, 1)).statusCode, 204)
  t.same(app.db.prepare('SELECT title FROM headlines').pluck().all(), ['Listed by no page'])
  t.same(app.db.prepare('SELECT count(*) FROM sources').pluck().get(), 0)
})

t.test('deleting the newest version of a URL makes the previous one current again', async (t) => {
  const app = await buildTestApp(t, { seed: false, apiKeys: [TEST_KEY] })
  const url = 'https://news.example/floods'
  const text = (n: number) => `Floods close the river road\nHeavy rain flooded the river road on day ${n}, and the council closed it until the water goes down, officials said.`
  const v1 = (await postJson(app, { text: text(1), url })).json().id as number
  const v2 = (await postJson(app, { text: text(2), url })).json().id as number
  const v3 = (await postJson(app, { text: text(3), url })).json().id as number
  t.same(await ids(app, '/articles'), [v3])

  t.equal((await remove(app, v3)).statusCode, 204)
  t.same(await ids(app, '/articles'), [v2], 'the previous version is listed again')
  t.same(await ids(app, '/articles?q=river'), [v2], 'and searched again')
  t.same((await app.inject(`/articles/${v1}`)).json().versions, [v1, v2])

  t.equal((await remove(app, v1)).statusCode, 204)
  t.same(await ids(app, '/articles'), [v2], 'deleting an older version leaves the current one current')
  t.match((await postJson(app, { text: text(4), url })).json(), { newVersionOf: v2 }, 'a new text is a version of what is current')
})

t.test('while a first load has deferred the index, a delete leaves the index to its rebuild', async (t) => {
  const app = await buildTestApp(t, { seed: false, apiKeys: [TEST_KEY] })
  const index = createSearchIndexRepository(app.db)
  t.ok(index.deferIfEmpty(), 'the flag a first load sets (or a killed one leaves)')
  const one = (await postJson(app, { text: readFileSync(SEED_PAGE, 'utf8') })).json().id as number
  const two = (await postJson(app, { text: sibling })).json().id as number
  t.same(await ids(app, '/articles?q=Baghdadi'), [], 'not searchable before the rebuild')
  t.equal((await remove(app, two)).statusCode, 204, 'FTS5 is not asked to drop rows it never indexed')
  index.rebuild()
  t.same(await ids(app, '/articles?q=Baghdadi'), [one], 'the rebuild indexes what is left')
  t.same(await ids(app, '/articles?q=Zanzibar'), [])
  integrity(app)
})
