import t from 'tap'
import { assertProblem, buildTestApp } from '../helpers.js'
import { sectionsJson } from '../../src/db/sections-codec.js'

t.test('GET /articles lists and searches', async (t) => {
  const app = await buildTestApp(t)

  const all = await app.inject('/articles')
  t.equal(all.statusCode, 200)
  const list = all.json()
  t.equal(list.items.length, 1)
  t.equal(list.next, null)
  t.match(list.items[0], { id: Number, title: null, source: { name: 'Ahram online' }, publisher: { name: 'Arab Today Media Group' } })
  t.match(list.items[0].lead, /^U\.S\. and Iraqi officials believe the leader of IS group/)
  t.notOk('snippet' in list.items[0], 'no snippet without q')

  const hit = (await app.inject('/articles?q=Baghdadi')).json()
  t.equal(hit.items.length, 1, 'finds the page by a body word')
  t.match(hit.items[0].snippet, /<mark>Baghdadi<\/mark>/, 'snippet highlights the match')

  const miss = (await app.inject('/articles?q=Baghdadi%20zzzunknownword')).json()
  t.same(miss.items, [], 'every word must match')

  t.equal((await app.inject('/articles?source=ahram%20ONLINE')).json().items.length, 1, 'source filter ignores case')
  t.same((await app.inject('/articles?source=Reuters')).json().items, [], 'other sources filter it out')
})

t.test('hostile search text is searched as text, never a 500', async (t) => {
  const app = await buildTestApp(t)
  for (const q of ['"', '*', '-', '()', '""""', ':']) {
    assertProblem(t, await app.inject({ url: '/articles', query: { q } }), 400, { in: 'query', name: 'q' })
  }
  for (const q of ['AND', 'OR', 'NOT', 'NEAR(a b)', 'title:Baghdadi', 'Baghdadi*', '"GAME IS', 'a"b', '^Mosul', "'; DROP TABLE articles; --", 'Mosul\u0000city', '\u0000Mosul', 'Mosul\u0007']) {
    const res = await app.inject({ url: '/articles', query: { q } })
    t.equal(res.statusCode, 200, `q=${JSON.stringify(q)} answers 200`)
  }
  t.equal((await app.inject({ url: '/articles', query: { q: 'AND' } })).json().items.length, 1, '`AND` is the word "and"')
  t.equal((await app.inject('/articles')).json().items.length, 1, 'the table survived the SQL-looking query')
  const markup = (await app.inject({ url: '/articles', query: { q: 'caliph' } })).json()
  t.notMatch(markup.items[0].snippet, /<(?!\/?mark>)/, 'only <mark> tags in the snippet; page text is escaped')
})

t.test('limit and cursor', async (t) => {
  const app = await buildTestApp(t)
  assertProblem(t, await app.inject('/articles?limit=0'), 400, { in: 'query', name: 'limit' })
  assertProblem(t, await app.inject('/articles?limit=101'), 400, { in: 'query', name: 'limit' })
  assertProblem(t, await app.inject('/articles?limit=ten'), 400, { in: 'query', name: 'limit' })
  assertProblem(t, await app.inject('/articles?cursor=not-a-cursor'), 400, { in: 'query', name: 'cursor' })
  const listCursor = Buffer.from(JSON.stringify({ kind: 'list', id: 5 })).toString('base64url')
  assertProblem(t, await app.inject(`/articles?q=Mosul&cursor=${listCursor}`), 400, { in: 'query', name: 'cursor' })
  assertProblem(t, await app.inject({ url: '/articles', query: { q: 'x'.repeat(1001) } }), 400, { in: 'query', name: 'q' })
})

t.test('GET /articles/{id} is the whole article', async (t) => {
  const app = await buildTestApp(t)
  const res = await app.inject('/articles/1')
  t.equal(res.statusCode, 200)
  const a = res.json()
  t.equal(a.title, null)
  t.match(a, { byline: null, publishedAt: null, lang: 'en' }, 'no byline or date on the page; English detected')
  t.same(a.sections.map((s: { heading: string | null; paragraphs: string[] }) => [s.heading?.replaceAll('"', '') ?? null, s.paragraphs.length]),
    [[null, 5], ['ISOLATED', 8], ['GAME IS UP', 21]])
  t.same(a.references, ['L5N1GD7JK'])
  t.match(a.source, { id: Number, name: 'Ahram online' })
  t.match(a.publisher, { id: Number, name: 'Arab Today Media Group' })
  t.equal(a.relatedHeadlines.length, 8)
  t.match(a.relatedHeadlines[5], { id: Number, title: 'Civil defense, police stations to take over duties in Tal Afar', publishedAt: '2017-08-28T16:29:00Z' })
  t.match(a.sha256, /^[0-9a-f]{64}$/)
  t.ok(a.boilerplate.includes('Send your comments'))

  assertProblem(t, await app.inject('/articles/999'), 404)
  assertProblem(t, await app.inject('/articles/abc'), 400, { in: 'path', name: 'id' })
  assertProblem(t, await app.inject('/articles/0'), 400, { in: 'path', name: 'id' })
  assertProblem(t, await app.inject('/articles/99999999999999999999'), 400, { in: 'path', name: 'id' })
})

t.test('GET /articles/{id} sends the stored JSON as it is: the stored article, fitting its schema', async (t) => {
  const { readdirSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { fileURLToPath } = await import('node:url')
  const { ingestPaths } = await import('../../src/ingest/index.js')
  const { ArticleSchema } = await import('../../src/schemas/articles.js')
  // Real pages from many sites and eight languages: quotes, non-Latin scripts, empty sections.
  const dir = fileURLToPath(new URL('../../../shared/corpus/readability', import.meta.url))
  const app = await buildTestApp(t)
  await ingestPaths(app.db, readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)))
  // A row stored before migration 002 has no provenance: the answer gives the all-null default.
  app.db.prepare('UPDATE articles SET provenance = NULL WHERE id = 2').run()
  // Nor, before migration 010, evidence.
  app.db.prepare('UPDATE articles SET evidence = NULL WHERE id = 3').run()
  const ids = (app.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((r) => r.id)
  const stored = app.db.prepare('SELECT a.sections, a.body, a.refs, a.boilerplate, a.warnings, d.url FROM articles a JOIN documents d USING (id) WHERE a.id = ?')
  const links = app.db.prepare(`SELECT h.id, h.title, h.published_at AS publishedAt FROM article_headlines ah JOIN headlines h ON h.id = ah.headline_id
    WHERE ah.article_id = ? ORDER BY ah.position`)
  const versions = app.db.prepare('SELECT id FROM documents WHERE url = ? ORDER BY id')
  t.ok(ids.length >= 40, `${ids.length} articles`)
  for (const id of ids) {
    const res = await app.inject(`/articles/${id}`)
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    const body = res.json()
    // Parsing strips keys the schema does not know and fails on a wrong type: equal means it fits exactly.
    t.same(ArticleSchema.parse(body), body, `article ${id} fits ArticleSchema, no key more or less`)
    // The spliced parts are the stored columns, and the links are those stored for this article.
    const row = stored.get(id) as Record<'sections' | 'body' | 'refs' | 'boilerplate' | 'warnings' | 'url', string>
    // Sections are stored as their shape, their texts being the body's lines.
    row.sections = sectionsJson(row.sections, row.body)
    t.same([body.sections, body.references, body.boilerplate, body.warnings], ['sections', 'refs', 'boilerplate', 'warnings'].map((c) => JSON.parse(row[c as 'refs'])),
      `article ${id}: sections, references, boilerplate and warnings as stored`)
    t.same(body.relatedHeadlines, links.all(id), `article ${id}: its related headlines in page order`)
    t.same(body.versions, row.url === null ? [] : (versions.all(row.url) as { id: number }[]).map((v) => v.id), `article ${id}: every version of its URL`)
    // Evidence points into the raw page: the title is on its line, the byline on its line or the next.
    const lines = (await app.inject(`/articles/${id}/raw`)).body.split(/\r\n|\r|\n/u)
    const { title, byline } = body.evidence
    if (title !== null) t.ok(lines[title.line - 1]?.includes(body.title), `article ${id}: the title is on line ${title.line}`)
    if (byline !== null) t.ok([lines[byline.line - 1], lines[byline.line]].some((l) => l?.includes(body.byline)), `article ${id}: the byline is at line ${byline.line}`)
    for (const field of ['title', 'byline', 'publishedAt'] as const) {
      if (id !== 3) t.equal(body.evidence[field] === null, body[field] === null || body.provenance[field] === 'metadata', `article ${id}: ${field} has evidence when read off the page`)
    }
  }
  t.same((await app.inject('/articles/2')).json().provenance, { title: null, byline: null, publishedAt: null })
  t.same((await app.inject('/articles/3')).json().evidence, { title: null, byline: null, publishedAt: null })
  const evidenced = ids.filter((id) => app.db.prepare("SELECT 1 FROM articles WHERE id = ? AND evidence->>'$.title.line' IS NOT NULL").get(id))
  t.ok(evidenced.length >= 30, `${evidenced.length} of ${ids.length} titles come with their line`)
})

t.test('cursor pages walk every match once, for listing and search', async (t) => {
  const app = await buildTestApp(t)
  const { writeFileSync, readFileSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { ingestPaths } = await import('../../src/ingest/index.js')
  const { SEED_PAGE } = await import('../helpers.js')
  const dir = t.testdir({})
  // Variants of the example page: same layout, one extra distinct opening paragraph each.
  for (let i = 1; i <= 4; i++) {
    writeFileSync(join(dir, `v${i}.txt`), `Variant ${i} of the Mosul report, filed again.\n${readFileSync(SEED_PAGE, 'utf8')}`)
  }
  await ingestPaths(app.db, [dir])

  for (const query of ['', '&q=Mosul']) {
    const seen: number[] = []
    let url = `/articles?limit=2${query}`
    for (let pages = 0; pages < 10; pages++) {
      const body = (await app.inject(url)).json()
      t.ok(body.items.length <= 2)
      seen.push(...body.items.map((a: { id: number }) => a.id))
      if (body.next === null) break
      url = `/articles?limit=2${query}&cursor=${body.next}`
    }
    t.equal(seen.length, 5, `5 articles in all (${query || 'listing'})`)
    t.equal(new Set(seen).size, 5, 'no article twice')
    if (query === '') t.same(seen, [...seen].sort((a, b) => b - a), 'listing is newest first')
  }
})
