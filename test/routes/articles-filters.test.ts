// GET /articles sorts, filters and facets, checked against a model of the pages ingested (what
// each page's date, source, publisher, language and title should be) and against counts taken
// straight from the base tables, not from the keys table the API reads.
import t from 'tap'
import { lookupKey } from '../../src/db/repositories/documents.js'
import { assertProblem, buildTestApp } from '../helpers.js'
import { ingestSpecs, type PageSpec } from './article-pages.js'

// Ids follow this order. Page 8 is a new version of page 1's URL, so page 1 is never listed.
const SPECS: PageSpec[] = [
  { topic: 'dam', n: 1, source: 'Reuters', host: 'alpha.example', published: '2017-08-27' },
  { topic: 'dam', n: 2, source: 'AFP', host: 'beta.example', lang: 'fr', crawled: '2017-08-29T18:00:00+02:00', title: 'Barrage' },
  { topic: 'harbour', n: 3, source: 'Reuters', host: 'beta.example', published: '2017-09-01T10:30:00Z', crawled: '2017-09-02T00:00:00Z', title: 'Harbour talks' },
  { topic: 'harbour', n: 4, source: 'REUTERS', host: 'alpha.example', crawled: '2017-09-15T08:00:00Z' },
  { topic: 'dam', n: 5, host: 'gamma.example', lang: 'fr', published: '2017-10-02' },
  { topic: 'harbour', n: 6, source: 'AFP', host: 'alpha.example', crawled: 'not a time' },
  { topic: 'dam', n: 7, source: 'Reuters', host: 'alpha.example', published: '2017-08-27', title: 'Dam talks' },
  { topic: 'dam', n: 8, source: 'Reuters', host: 'alpha.example', path: '/story-1', published: '2017-07-01' },
]

interface Expected { id: number; topic: string; source: string | null; publisher: string; lang: string; hasTitle: boolean; date: string; dateBasis: string; current: boolean }

const iso = (s: string) => new Date(s).toISOString().replace('.000Z', 'Z')
/** What each page should become; an ingested date is "later than every other" here. */
const MODEL: Expected[] = SPECS.map((s, i) => ({
  id: i + 1,
  topic: s.topic,
  source: s.source === undefined ? null : lookupKey(s.source),
  publisher: s.host ?? 'news.example',
  lang: s.lang ?? 'en',
  hasTitle: s.title !== undefined,
  date: s.published ? iso(s.published) : s.crawled && s.crawled !== 'not a time' ? iso(s.crawled) : '9999',
  dateBasis: s.published ? 'published' : s.crawled && s.crawled !== 'not a time' ? 'crawled' : 'ingested',
  current: !SPECS.some((o, j) => j > i && (o.host ?? 'news.example') === (s.host ?? 'news.example') && (o.path ?? `/story-${o.n}`) === (s.path ?? `/story-${s.n}`)),
}))
const newest = (a: Expected, b: Expected) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1)

type Item = { id: number; date: string; dateBasis: string; lang: string; snippet?: string; source: { name: string } | null }
type Page = { items: Item[]; next: string | null; facets?: Record<string, { value: string; count: number; id?: number }[]>; ranking?: unknown }

async function setup(t: Parameters<typeof buildTestApp>[0]) {
  const app = await buildTestApp(t, { seed: false })
  await ingestSpecs(app.db, t.testdir({}), SPECS)
  const get = async (query: Record<string, string | string[]>): Promise<Page> => {
    const res = await app.inject({ url: '/articles', query: { limit: '100', ...query } })
    t.equal(res.statusCode, 200, JSON.stringify(query))
    return res.json() as Page
  }
  return { app, get }
}

t.test('dates: published, else crawled, else ingested, said per item', async (t) => {
  const { app, get } = await setup(t)
  const { items } = await get({})
  for (const item of items) {
    const want = MODEL[item.id - 1] as Expected
    t.equal(item.dateBasis, want.dateBasis, `article ${item.id} dated by ${want.dateBasis}`)
    if (want.dateBasis !== 'ingested') t.equal(item.date, want.date, `article ${item.id} date`)
    else t.match(item.date, /^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'the ingest time, to the second')
  }
  t.equal(items.find((i) => i.id === 2)?.date, '2017-08-29T16:00:00Z', 'a crawl time with an offset, in UTC')
  t.equal(items.find((i) => i.id === 6)?.dateBasis, 'ingested', 'a crawl time that is not a date falls through')
  t.match((await app.inject('/articles/3')).json(), { date: '2017-09-01T10:30:00Z', dateBasis: 'published' }, 'the whole article says it too')
  t.match((await app.inject('/articles/1')).json(), { dateBasis: 'published' }, 'and an older version')
})

t.test('sorts', async (t) => {
  const { get } = await setup(t)
  const current = MODEL.filter((m) => m.current)
  const byNewest = [...current].sort(newest).map((m) => m.id)
  t.same((await get({})).items.map((i) => i.id), byNewest, 'newest first by default, ties by id; superseded page 1 left out')
  t.same((await get({ sort: 'newest' })).items.map((i) => i.id), byNewest)
  t.same((await get({ sort: 'oldest' })).items.map((i) => i.id), [...byNewest].reverse(), 'oldest first')

  const dam = current.filter((m) => m.topic === 'dam').map((m) => m.id)
  const relevance = await get({ q: 'dam' })
  t.same(relevance.items.map((i) => i.id).sort(), dam.sort(), 'relevance is the default with q: every current match')
  t.equal(relevance.items[0]?.id, 7, 'the match in the title ranks first')
  t.same(relevance.ranking, { scope: 'all', ranked: dam.length, matches: dam.length, estimated: false })
  t.same((await get({ q: 'dam', sort: 'relevance' })).items, relevance.items)
  const damNewest = await get({ q: 'dam', sort: 'newest' })
  t.same(damNewest.items.map((i) => i.id), current.filter((m) => m.topic === 'dam').sort(newest).map((m) => m.id), 'a search by date')
  t.notOk('ranking' in damNewest, 'ranking only when ranking')
  t.same((await get({ q: 'dam', sort: 'oldest' })).items.map((i) => i.id), damNewest.items.map((i) => i.id).reverse())
})

t.test('filters, alone and together, select what the model says', async (t) => {
  const { get } = await setup(t)
  const cases: [Record<string, string | string[]>, (m: Expected) => boolean][] = [
    [{ source: 'Reuters' }, (m) => m.source === 'reuters'],
    [{ source: '  reuters ' }, (m) => m.source === 'reuters'],
    [{ source: ['reuters', 'AFP'] }, (m) => m.source !== null],
    [{ source: 'Nobody' }, () => false],
    [{ publisher: 'alpha.example' }, (m) => m.publisher === 'alpha.example'],
    [{ publisher: ['ALPHA.example', 'gamma.example'] }, (m) => m.publisher !== 'beta.example'],
    [{ lang: 'fr' }, (m) => m.lang === 'fr'],
    [{ lang: 'EN,fr' }, () => true],
    [{ lang: ['de'] }, () => false],
    [{ hasTitle: 'true' }, (m) => m.hasTitle],
    [{ hasTitle: 'false' }, (m) => !m.hasTitle],
    [{ since: '2017-09-01' }, (m) => m.date >= '2017-09-01'],
    [{ until: '2017-09-01' }, (m) => m.date < '2017-09-02', ],
    [{ since: '2017-09-01T10:30:00Z' }, (m) => m.date >= '2017-09-01T10:30:00Z'],
    [{ since: '2017-09-01T10:30:01Z' }, (m) => m.date > '2017-09-01T10:30:00Z'],
    [{ until: '2017-09-01T10:30:00Z' }, (m) => m.date <= '2017-09-01T10:30:00Z'],
    [{ until: '2017-09-01T10:29:59Z' }, (m) => m.date < '2017-09-01T10:30:00Z'],
    [{ since: '2017-09-01T12:30:00+02:00', until: '2017-09-01T12:30:00+02:00' }, (m) => m.id === 3],
    [{ since: '2017-08-27', until: '2017-08-27' }, (m) => m.date.startsWith('2017-08-27')],
    [{ q: 'dam', source: 'Reuters', since: '2017-08-01', until: '2017-08-31' }, (m) => m.id === 7],
    [{ q: 'harbour', publisher: 'alpha.example', hasTitle: 'false' }, (m) => m.topic === 'harbour' && m.publisher === 'alpha.example' && !m.hasTitle],
    [{ q: 'dam', lang: 'fr', sort: 'oldest' }, (m) => m.topic === 'dam' && m.lang === 'fr'],
    [{ source: 'AFP', lang: 'en', until: '2099-01-01' }, (m) => m.source === 'afp' && m.lang === 'en'],
  ]
  for (const [query, keep] of cases) {
    const want = MODEL.filter((m) => m.current && keep(m)).sort(newest).map((m) => m.id)
    const got = (await get({ sort: 'newest', ...query })).items.map((i) => i.id)
    if (query.sort === 'oldest') want.reverse()
    t.same(got, want, `${JSON.stringify(query)} → ${JSON.stringify(want)}`)
  }
})

t.test('facets count what the query and filters select, checked against the base tables', async (t) => {
  const { app, get } = await setup(t)
  // Independent of article_keys: the current rule as a NOT EXISTS over documents, as it was.
  const count = (column: string, table: string, match: string | null) =>
    app.db.prepare(
      `SELECT t.name AS value, t.id AS id, count(*) AS count FROM articles a JOIN ${table} t ON t.id = a.${column}
       WHERE NOT EXISTS (SELECT 1 FROM documents d JOIN documents newer ON newer.url = d.url AND newer.id > d.id WHERE d.id = a.id)
         AND (@match IS NULL OR a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match))
       GROUP BY t.id ORDER BY count DESC, t.name`,
    ).all({ match })
  for (const q of [undefined, 'dam']) {
    const page = await get({ ...(q ? { q } : {}), facets: 'source,publisher,month,lang' })
    t.same(page.facets?.source, count('source_id', 'sources', q ?? null), `sources ${q ?? ''}`)
    t.same(page.facets?.publisher, count('publisher_id', 'publishers', q ?? null), `publishers ${q ?? ''}`)
    const selected = MODEL.filter((m) => m.current && (!q || m.topic === q))
    const tally = (key: (m: Expected) => string) => {
      const counts = new Map<string, number>()
      for (const m of selected) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1)
      return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    }
    t.same(page.facets?.lang, tally((m) => m.lang), `languages ${q ?? ''}`)
    const months = page.facets?.month ?? []
    const ingested = selected.filter((m) => m.dateBasis === 'ingested').length
    t.same(months.filter((m) => m.value < '2018'), tally((m) => m.date.slice(0, 7)).filter((m) => m.value < '2018'), `months ${q ?? ''}`)
    t.equal(months.filter((m) => m.value > '2018').reduce((n, m) => n + m.count, 0), ingested, 'the ingested ones in this month')
  }
  const filtered = await get({ q: 'dam', source: ['Reuters', 'AFP'], facets: ['source', 'source'], lang: 'en' })
  t.same(filtered.facets, { source: [{ value: 'Reuters', count: 2, id: 1 }] }, 'the filters apply; a facet named twice is counted once')
  t.notOk('facets' in (await get({})), 'no facets unless asked')
  t.same((await get({ source: 'Nobody', facets: 'month' })).facets, { month: [] }, 'nothing selected, nothing counted')
})

t.test('facets keep the 20 most frequent values, ties by value', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  const names = Array.from({ length: 24 }, (_, i) => `Wire ${String.fromCharCode(90 - i)}`) // Wire Z … Wire C
  await ingestSpecs(app.db, t.testdir({}), [
    ...names.map((source, i) => ({ topic: 'dam', n: i + 1, source, published: `2017-${String((i % 12) + 1).padStart(2, '0')}-01` })),
    { topic: 'dam', n: 99, source: 'Wire Q', published: '2017-12-01' },
  ])
  const page = (await app.inject('/articles?facets=source,month')).json() as Page
  const sources = page.facets?.source ?? []
  t.equal(sources.length, 20)
  t.same(sources[0], { value: 'Wire Q', count: 2, id: sources[0]?.id }, 'the most frequent first')
  t.same(sources.slice(1).map((s) => s.value), names.filter((n) => n !== 'Wire Q').sort().slice(0, 19), 'then by name, cut at 20')
  t.same(page.facets?.month?.slice(0, 3), [{ value: '2017-12', count: 3 }, { value: '2017-01', count: 2 }, { value: '2017-02', count: 2 }])
})

t.test('highlight markers are the client\'s, the text stays escaped', async (t) => {
  const { app, get } = await setup(t)
  const custom = await get({ q: 'dam', highlightStart: '<b class="hit">', highlightEnd: '</b>' })
  for (const item of custom.items) t.match(item.snippet, /<b class="hit">dam<\/b>/i)
  const tricky = await get({ q: 'dam', highlightStart: '\uE001[', highlightEnd: ']\uE000' })
  t.match(tricky.items[0]?.snippet, /\uE001\[dam\]\uE000/i, 'markers go in verbatim, in one pass, whatever they contain')
  const bare = await get({ q: 'dam', highlightStart: '', highlightEnd: '' })
  t.notMatch(bare.items[0]?.snippet, /[<>]/, 'empty markers: plain escaped text')
  t.match((await get({ q: 'dam' })).items[0]?.snippet, /<mark>dam<\/mark>/i, 'default <mark>')
  assertProblem(t, await app.inject({ url: '/articles', query: { q: 'dam', highlightStart: 'x'.repeat(65) } }), 400, { in: 'query', name: 'highlightStart' })
  assertProblem(t, await app.inject({ url: '/articles', query: { q: 'dam', highlightEnd: '</b>\r\nX-Injected: 1' } }), 400, { in: 'query', name: 'highlightEnd' })
})

t.test('bad values are 400 problems naming the parameter', async (t) => {
  const { app } = await setup(t)
  const bad: [Record<string, string | string[]>, string, RegExp][] = [
    [{ sort: 'best' }, 'sort', /relevance/],
    [{ sort: 'relevance' }, 'sort', /give q/],
    [{ since: '2017-13-01' }, 'since', /date/],
    [{ since: '2017-02-30' }, 'since', /real date/],
    [{ until: 'tomorrow' }, 'until', /date/],
    [{ until: '2017-08-28T10:00:00' }, 'until', /zone/],
    [{ since: '2017-09-02', until: '2017-09-01' }, 'until', /before since/],
    [{ since: '2017-09-01T10:00:00Z', until: '2017-09-01T09:59:59Z' }, 'until', /before since/],
    [{ facets: 'source,author' }, 'facets', /source/],
    [{ lang: 'english' }, 'lang', /ISO 639/],
    [{ hasTitle: 'yes' }, 'hasTitle', /true/],
    [{ source: '' }, 'source', /./],
    [{ source: Array.from({ length: 21 }, (_, i) => `s${i}`) }, 'source', /20/],
  ]
  for (const [query, name, detail] of bad) {
    const body = assertProblem(t, await app.inject({ url: '/articles', query }), 400, { in: 'query', name })
    t.match(body.detail, detail, `${JSON.stringify(query).slice(0, 80)}: ${String(body.detail)}`)
  }
})

t.test('the OpenAPI examples, sent together as Swagger UI sends them, find the sample page', async (t) => {
  const app = await buildTestApp(t)
  const doc = (await app.inject('/openapi.json')).json() as {
    paths: { '/articles': { get: { parameters: { name: string; description?: string; example?: unknown }[] } } }
  }
  // The query parameters; the shared If-None-Match header is a $ref, and Swagger UI sends no example for it.
  const params = doc.paths['/articles'].get.parameters.filter((p) => !('$ref' in p))
  const query: Record<string, string | string[]> = {}
  for (const p of params) {
    t.ok(p.description, `${p.name} is described`)
    if (p.name === 'cursor') continue
    // The example sits on the parameter, where Swagger UI reads it from (see src/schemas/parameter-examples.ts).
    t.not(p.example, undefined, `${p.name} has an example`)
    query[p.name] = Array.isArray(p.example) ? p.example.map(String) : String(p.example)
  }
  const res = await app.inject({ url: '/articles', query })
  t.equal(res.statusCode, 200)
  const page = res.json() as Page
  t.equal(page.items.length, 1, 'the sample page')
  t.match(page.items[0]?.snippet, /<em>/, 'highlighted with the example markers')
  // Each facet the example asks for counts the one sample page.
  const facets = params.find((p) => p.name === 'facets')?.example as string[]
  t.ok(facets.length > 0, 'the example asks for facets')
  t.same(Object.keys(page.facets ?? {}).sort(), [...facets].sort())
  for (const name of facets) t.match(page.facets?.[name], [{ count: 1 }], `${name} counts the sample page`)
  t.match(page.facets, { source: [{ value: 'Ahram online', count: 1 }] })
})
