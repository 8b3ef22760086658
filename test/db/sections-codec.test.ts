// Sections are stored as their shape, their texts being the body's lines: every article must read
// back byte for byte as the parser gave it, and the texts the body's lines cannot carry are kept.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { unpackRaw } from '../../src/db/raw-codec.js'
import { createArticlesRepository } from '../../src/db/repositories/articles.js'
import { createDocumentsRepository } from '../../src/db/repositories/documents.js'
import { bodyOf, packSections, sectionsJson } from '../../src/db/sections-codec.js'
import { derivePage } from '../../src/ingest/derive.js'
import { ingestPaths } from '../../src/ingest/index.js'
import type { Section } from '../../src/model/articles.js'
import type { PageMeta } from '../../src/model/page-record.js'
import type { ParsedPage } from '../../src/parse/index.js'
import { buildTestApp, freshDb, SEED_PAGE } from '../helpers.js'

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
const txt = (dir: string) => readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, dir, f))

const roundTrip = (sections: Section[]) => sectionsJson(packSections(sections), bodyOf(sections))

// Each case: its sections, and whether the shape alone can carry them.
const cases: [string, Section[], 'shape' | 'verbatim'][] = [
  ['no sections', [], 'shape'],
  ['a paragraph with a line break', [{ heading: null, paragraphs: ['one', 'two\nlines', 'three'] }], 'verbatim'],
  ['a heading with a line break', [{ heading: 'Head\nline', paragraphs: ['text'] }], 'verbatim'],
  ['a text ending in a line break', [{ heading: null, paragraphs: ['one\n'] }, { heading: 'H', paragraphs: [] }], 'verbatim'],
  ['an unpaired surrogate (SQLite replaces it)', [{ heading: null, paragraphs: ['a\uD800b'] }], 'verbatim'],
  ['a lone low surrogate', [{ heading: '\uDC00', paragraphs: [] }], 'verbatim'],
  ['an emoji (a pair, kept)', [{ heading: null, paragraphs: ['sun \u{1F31E} up'] }], 'shape'],
  ['empty paragraphs', [{ heading: null, paragraphs: ['', 'a', ''] }, { heading: 'H', paragraphs: [''] }], 'shape'],
  ['an empty heading, not a null one', [{ heading: '', paragraphs: ['a'] }, { heading: null, paragraphs: ['b'] }], 'shape'],
  ['headings without paragraphs', [{ heading: 'A', paragraphs: [] }, { heading: 'B', paragraphs: [] }], 'shape'],
  ['a section of nothing', [{ heading: null, paragraphs: [] }, { heading: null, paragraphs: ['x'] }], 'shape'],
  ['only empty texts', [{ heading: '', paragraphs: [''] }], 'shape'],
  ['carriage returns, NUL, U+2028, quotes', [{ heading: 'a\rb', paragraphs: ['c\u0000d', 'e\u2028f', '"g"\\'] }], 'shape'],
]

const page = (sections: Section[]): ParsedPage => ({
  title: 'T', byline: null, publishedAt: null, lang: 'en', provenance: { title: 'page', byline: null, publishedAt: null },
  evidence: { title: null, byline: null, publishedAt: null }, sections, references: [], source: null, publisher: null,
  relatedHeadlines: [], boilerplate: [], warnings: [],
})

t.test('each awkward case reads back as it was given, through the database too', async (t) => {
  const db = freshDb(t)
  const documents = createDocumentsRepository(db)
  const articles = createArticlesRepository(db)
  cases.forEach(([name, sections, form], i) => {
    const stored = packSections(sections)
    t.equal(stored.startsWith('{"verbatim":') ? 'verbatim' : 'shape', form, `${name}: stored as ${form}`)
    t.equal(roundTrip(sections), JSON.stringify(sections), `${name}: reads back byte for byte`)
    const id = documents.insert({ sha256: String(i).padStart(64, '0'), raw: Buffer.from(name), rawCodec: 'identity', origin: name, url: null, crawledAt: null, meta: null, parserVersion: 1 })
    documents.writeRecords(id, page(sections))
    const json = articles.getJson(id) as string
    t.ok(json.includes(`"sections":${JSON.stringify(sections)},"references":`), `${name}: the answer's sections, byte for byte`)
    t.same(JSON.parse(json).sections, sections, `${name}: and as values`)
  })
  t.equal(packSections([{ heading: null, paragraphs: ['a', 'b'] }, { heading: 'H', paragraphs: ['c', 'd', 'e'] }]), '[2,-4]', 'the shape: counts, a heading making them negative')
})

t.test('every real page reads back through GET /articles/{id} with the sections its parse gives', async (t) => {
  const app = await buildTestApp(t, { seed: false })
  // Many sites and languages (naeb, readability), the seed, and BBC pages with their metadata.
  const bbc = readFileSync(join(CORPUS, 'bbc', 'bbc.jsonl'), 'utf8').split('\n').slice(0, 300).join('\n')
  const dir = t.testdir({ 'bbc.jsonl': bbc })
  const summary = await ingestPaths(app.db, [SEED_PAGE, ...txt('naeb'), ...txt('readability'), join(dir, 'bbc.jsonl')])
  t.equal(summary.errors.length, 0)
  const rows = app.db.prepare('SELECT d.id, d.raw, d.raw_codec AS codec, d.meta, a.sections FROM documents d JOIN articles a USING (id) ORDER BY d.id').all() as
    { id: number; raw: Buffer; codec: string; meta: string | null; sections: string }[]
  t.ok(rows.length > 700, `${rows.length} articles`)
  const wrong: number[] = []
  let shapes = 0
  for (const row of rows) {
    const derived = derivePage(unpackRaw(row.raw, row.codec), row.meta ? (JSON.parse(row.meta) as PageMeta) : {})
    if ('error' in derived) throw new Error(derived.error)
    const res = await app.inject(`/articles/${row.id}`)
    const expected = `"sections":${JSON.stringify(derived.parsed.sections)},"references":`
    if (res.statusCode !== 200 || !res.body.includes(expected)) wrong.push(row.id)
    if (!row.sections.startsWith('{')) shapes++
  }
  t.same(wrong, [], 'every article: the sections of its parse, byte for byte')
  t.equal(shapes, rows.length, 'all of them stored as their shape alone')
})
