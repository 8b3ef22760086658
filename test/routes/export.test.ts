// Exports (format=ndjson|csv) read in full over HTTP from a listening server, checked row by row
// against the JSON pages of the same query. 1,100 articles and 7,701 headlines: several export
// pages of 500 each.
import type { AddressInfo } from 'node:net'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { ingestPaths } from '../../src/ingest/index.js'
import { parseCsv } from '../export/parse-csv.js'
import { assertProblem, buildTestApp, SEED_PAGE } from '../helpers.js'

type Ref = { id: number; name: string } | null
type ArticleItem = {
  id: number; title: string | null; lead: string | null; source: Ref; publisher: Ref; date: string; dateBasis: string; lang: string | null; snippet?: string
}
type HeadlineItem = { id: number; title: string; publishedAt: string | null; articleCount: number }

// Titles a CSV writer can get wrong; pages without a title of their own take the JSONL one.
const TRICKY = ['Mosul, again', 'The "caliph" speaks', 'Two\nlines', 'CR\r\nLF', '"', 'a,"b",\nc']

const seed = readFileSync(SEED_PAGE, 'utf8')
const dir = t.testdir({})
const jsonl = join(dir, 'pages.jsonl')
writeFileSync(jsonl, Array.from({ length: 1100 }, (_, i) => JSON.stringify({
  // Each page its own opening paragraph and its own related headlines (titles end in the page
  // number). The opening line is a paragraph, not a short line a headline could be: the page has
  // no title of its own, so the JSONL title is the one exported.
  text: `Variant ${i} of the Mosul report was filed again today, the agency said, with the same details as before and nothing new to add.\n${seed.replace(/([a-z])GMT /gu, `$1 ${i}GMT `)}`,
  title: i % 2 === 0 ? `${TRICKY[(i / 2) % TRICKY.length]} ${i}` : undefined,
})).join('\n'))

const app = await buildTestApp(t, { seed: false })
await ingestPaths(app.db, [jsonl])
await app.listen({ port: 0, host: '127.0.0.1' })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

/** Every item of a listing, walked through its JSON pages. */
async function allPages<T>(path: string, query: Record<string, string> = {}): Promise<T[]> {
  const items: T[] = []
  let cursor: string | null | undefined
  do {
    const res = await app.inject({ url: path, query: { ...query, limit: '100', ...(cursor ? { cursor } : {}) } })
    const page = res.json() as { items: T[]; next: string | null }
    items.push(...page.items)
    cursor = page.next
  } while (cursor)
  return items
}

const ndjson = (text: string) => {
  t.ok(text.endsWith('\n'), 'every line ends in LF')
  return text.split('\n').slice(0, -1).map((line) => JSON.parse(line) as unknown)
}
const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v))
const articleRow = (a: ArticleItem) =>
  [a.id, a.title, a.lead, a.source?.id, a.source?.name, a.publisher?.id, a.publisher?.name, a.date, a.dateBasis, a.lang, a.snippet].map(cell)
const headlineRow = (h: HeadlineItem) => [h.id, h.title, h.publishedAt, h.articleCount].map(cell)

t.test('articles as NDJSON: every item of the JSON pages, in their order', async (t) => {
  const expected = await allPages<ArticleItem>('/articles')
  t.equal(expected.length, 1100)
  const res = await fetch(`${base}/articles?format=ndjson`)
  t.equal(res.status, 200)
  t.equal(res.headers.get('content-type'), 'application/x-ndjson')
  t.equal(res.headers.get('content-disposition'), 'attachment; filename=articles.ndjson')
  t.equal(res.headers.get('content-encoding'), 'gzip', 'compressed as it streams (fetch asks for gzip and decodes it)')
  t.match(res.headers.get('etag'), /^W\//u)
  t.same(ndjson(await res.text()), expected)
})

t.test('articles as CSV: a header, then every item flattened, tricky titles intact', async (t) => {
  const expected = await allPages<ArticleItem>('/articles')
  const res = await fetch(`${base}/articles?format=csv`)
  t.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8; header=present')
  t.equal(res.headers.get('content-disposition'), 'attachment; filename=articles.csv')
  const [header, ...rows] = parseCsv(await res.text())
  t.same(header, ['id', 'title', 'lead', 'source_id', 'source_name', 'publisher_id', 'publisher_name', 'date', 'date_basis', 'lang', 'snippet'])
  t.same(rows, expected.map(articleRow))
  for (const title of TRICKY) {
    const withIt = expected.filter((a) => a.title?.startsWith(`${title} `))
    t.ok(withIt.length > 50, `${withIt.length} titles like ${JSON.stringify(title)}, compared above`)
  }
})

t.test('filters and search carry over; Accept negotiates the format', async (t) => {
  const search = await allPages<ArticleItem>('/articles', { q: 'Variant "Mosul report"', source: 'ahram online' })
  t.equal(search.length, 1100)
  t.ok(search.every((a) => a.snippet?.includes('<mark>')), 'search items have snippets')
  const res = await fetch(`${base}/articles?${new URLSearchParams({ q: 'Variant "Mosul report"', source: 'ahram online' })}`, { headers: { accept: 'text/csv' } })
  t.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8; header=present', 'Accept: text/csv gives CSV')
  t.same(parseCsv(await res.text()).slice(1), search.map(articleRow), 'in best-match order, snippets included')

  const window = { since: '2017-08-28', until: '2017-08-28', q: 'Baghdad' }
  const headlines = await allPages<HeadlineItem>('/headlines', window)
  t.equal(headlines.length, 3300, 'three Baghdad headlines on the 28th on each page')
  const nd = await fetch(`${base}/headlines?${new URLSearchParams(window)}`, { headers: { accept: 'application/x-ndjson' } })
  t.same(ndjson(await nd.text()), headlines)
})

t.test('headlines: thousands of rows over many export pages', async (t) => {
  const expected = await allPages<HeadlineItem>('/headlines')
  t.equal(expected.length, 7701)
  const [header, ...rows] = parseCsv(await (await fetch(`${base}/headlines?format=csv`)).text())
  t.same(header, ['id', 'title', 'published_at', 'article_count'])
  t.same(rows, expected.map(headlineRow))
  t.same(ndjson(await (await fetch(`${base}/headlines?format=ndjson`)).text()), expected)
})

t.test('an export starts after the cursor it is given, and ignores limit', async (t) => {
  const first = (await app.inject('/articles?limit=10')).json() as { next: string }
  const rest = (await allPages<ArticleItem>('/articles')).slice(10)
  const res = await fetch(`${base}/articles?format=ndjson&limit=10&cursor=${first.next}`)
  t.same(ndjson(await res.text()), rest)
})

t.test('a request that cannot run is a problem before any byte', async (t) => {
  assertProblem(t, await app.inject('/articles?format=xml'), 400, { in: 'query', name: 'format' })
  assertProblem(t, await app.inject('/headlines?format=CSV'), 400, { in: 'query', name: 'format' })
  assertProblem(t, await app.inject({ url: '/articles', query: { format: 'csv', q: '-Mosul' } }), 400, { in: 'query', name: 'q' })
  assertProblem(t, await app.inject({ url: '/headlines', query: { format: 'ndjson', q: '"' } }), 400, { in: 'query', name: 'q' })
  const res = await fetch(`${base}/articles?format=csv&q=%22`)
  t.equal(res.status, 400)
  t.match(res.headers.get('content-type'), /^application\/problem\+json/)
  t.notOk(res.headers.get('content-disposition'), 'not an attachment')
})

t.test('an error after the first byte cuts the download short, visibly', async (t) => {
  const find = app.headlines.find
  let calls = 0
  app.headlines.find = (query) => {
    if (++calls > 1) throw new Error('the disk is gone')
    return find(query)
  }
  t.teardown(() => {
    app.headlines.find = find
  })
  const res = await fetch(`${base}/headlines?format=ndjson`, { headers: { 'accept-encoding': 'identity' } })
  t.equal(res.status, 200, 'the status left with the first page')
  await t.rejects(res.text(), 'reading the body fails: the connection closed without the last chunk')

  // Compressed, the first bytes may still sit in the compressor when the error comes: then
  // nothing has left yet and the answer is an ordinary 500 problem, not a gzip-labelled one.
  calls = 0
  const gzip = await fetch(`${base}/headlines?format=ndjson`, { headers: { 'accept-encoding': 'gzip' } })
  if (gzip.status === 200) await t.rejects(gzip.text(), 'gzip: cut short')
  else {
    t.equal(gzip.status, 500)
    t.match(await gzip.json(), { status: 500, detail: /request id/ }, 'gzip: a readable problem')
    t.notOk(gzip.headers.get('content-disposition'), 'not an attachment')
  }
})

t.test('no match: the CSV header alone, an empty NDJSON', async (t) => {
  const csv = await fetch(`${base}/articles?format=csv&q=zzznothing`)
  t.equal(csv.status, 200)
  t.equal(await csv.text(), 'id,title,lead,source_id,source_name,publisher_id,publisher_name,date,date_basis,lang,snippet\r\n')
  const nd = await fetch(`${base}/headlines?format=ndjson&q=zzznothing`)
  t.equal(await nd.text(), '')
})

t.test('HEAD of an export sends the headers only', async (t) => {
  const res = await fetch(`${base}/articles?format=csv`, { method: 'HEAD' })
  t.equal(res.status, 200)
  t.equal(res.headers.get('content-disposition'), 'attachment; filename=articles.csv')
  t.equal(await res.text(), '')
})
