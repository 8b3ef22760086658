// End-to-end ingest: files on disk → rows in SQLite, checked with SQL rather than through the
// repositories, so the tests see exactly what was stored. Each subtest starts from an empty db.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { freshDb } from '../helpers.js'
import type { Db } from '../../src/db/open.js'
import { unpackRaw } from '../../src/db/raw-codec.js'
import { sectionsJson } from '../../src/db/sections-codec.js'
import { derivePage } from '../../src/ingest/derive.js'
import { formatSummary, ingestPaths, type IngestSummary } from '../../src/ingest/index.js'
import { pageTooLarge } from '../../src/model/page-record.js'

// Read in place from the shared seeds, never copied into the repo.
const SEED = fileURLToPath(new URL('../../../shared/seeds/000_998e60e0fad79041.txt', import.meta.url))
const seedBytes = readFileSync(SEED)
const seedLines = seedBytes.toString('utf8').split('\n')
const CIVIL = 'Civil defense, police stations to take over duties in Tal Afar'

/** The seed's footer (lines 37–51: source, stamps, headlines, copyright) under another body. */
const withBody = (...paragraphs: string[]): string => [...paragraphs, ...seedLines.slice(36)].join('\n')
const OTHER_BODY = withBody(
  'Iraqi forces said on Sunday they had taken the last districts of Tal Afar after eight days of fighting.',
  'Commanders said police units would move into the town once engineers had cleared the main roads of explosives.',
  'Residents who fled before the offensive began were told to wait for permission before going back to their homes.',
)


const count = (db: Db, table: string): number => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n

/** Row count of every table in the schema, FTS tables and their shadow tables included. */
function allCounts (db: Db): Record<string, number> {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]
  return Object.fromEntries(names.map(n => [n, count(db, n)]))
}

/** FTS5 compares an external-content index with its table and throws if they disagree. */
function ftsIntact (db: Db): boolean {
  db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
  db.exec("INSERT INTO headlines_fts (headlines_fts) VALUES ('integrity-check')")
  return true
}

t.test('the seed page: one article, its source, publisher and 8 headlines', async t => {
  const db = freshDb(t)
  const summary = await ingestPaths(db, [SEED])
  t.strictSame(summary, {
    pagesRead: 1,
    articles: { new: 1, unchanged: 0, newVersions: 0 },
    headlines: { new: 8, linked: 8 },
    sources: { new: 1 },
    publishers: { new: 1 },
    errors: [],
  })
  t.match(allCounts(db), { documents: 1, articles: 1, headlines: 8, article_headlines: 8, sources: 1, publishers: 1 })
  // The docsize shadow table has one row per indexed row: the index really holds them.
  t.match(allCounts(db), { articles_fts_docsize: 1, headlines_fts_docsize: 8 })
  t.ok(ftsIntact(db), 'FTS indexes agree with their tables')
  t.end()
})

t.test('ingesting the same page again writes nothing', async t => {
  const db = freshDb(t)
  await ingestPaths(db, [SEED])
  const before = allCounts(db)
  const again = await ingestPaths(db, [SEED])
  t.match(again, { pagesRead: 1, articles: { new: 0, unchanged: 1 }, headlines: { new: 0, linked: 0 }, sources: { new: 0 }, publishers: { new: 0 }, errors: [] })
  t.strictSame(allCounts(db), before, 'every table, FTS and shadow tables included, has the same row count')
  t.equal(count(db, 'articles_fts'), 1)
  t.equal(db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Baghdadi'").pluck().get(), 1, 'indexed once, not twice')
  t.ok(ftsIntact(db))
  t.end()
})

t.test('related headlines are shared between pages by title and time', async t => {
  t.test('a second page with the same headlines links to the same rows', async t => {
    const db = freshDb(t)
    const dir = t.testdir({ 'other.txt': OTHER_BODY })
    const summary = await ingestPaths(db, [SEED, join(dir, 'other.txt')])
    t.match(summary, { pagesRead: 2, articles: { new: 2 }, headlines: { new: 8, linked: 16 }, sources: { new: 1 }, publishers: { new: 1 } })
    t.match(allCounts(db), { articles: 2, headlines: 8, article_headlines: 16, sources: 1, publishers: 1 })
    const linked = db.prepare(
      `SELECT count(*) FROM article_headlines ah JOIN headlines h ON h.id = ah.headline_id
       WHERE h.title = ? AND h.published_at = ?`,
    ).pluck()
    t.equal(linked.get(CIVIL, '2017-08-28T16:29:00Z'), 2, `"${CIVIL}" has both articles`)
    // Same position on both pages: the order of the list is kept per article.
    const positions = db.prepare('SELECT article_id, group_concat(position) FROM article_headlines GROUP BY article_id').raw().all() as [number, string][]
    t.strictSame(positions.map(p => p[1]), ['0,1,2,3,4,5,6,7', '0,1,2,3,4,5,6,7'])
    t.ok(ftsIntact(db))
    t.end()
  })

  t.test('the same title at another time is another headline', async t => {
    const db = freshDb(t)
    // The stamp before CIVIL dates it (16:29); move it to 11:05 and change nothing else.
    const moved = seedBytes.toString('utf8').replace('GMT 16:29 2017 Monday ,28 August', 'GMT 11:05 2017 Monday ,28 August')
    t.not(moved, seedBytes.toString('utf8'), 'the stamp was found and moved')
    const dir = t.testdir({ 'moved.txt': moved })
    const summary = await ingestPaths(db, [SEED, join(dir, 'moved.txt')])
    t.match(summary, { articles: { new: 2 }, headlines: { new: 9, linked: 16 } })
    t.equal(count(db, 'headlines'), 9)
    const times = db.prepare('SELECT published_at FROM headlines WHERE title = ? ORDER BY published_at').pluck().all(CIVIL)
    t.strictSame(times, ['2017-08-28T11:05:00Z', '2017-08-28T16:29:00Z'])
    t.end()
  })
})

t.test('the raw page is kept byte for byte and the records can be derived from it again', async t => {
  const db = freshDb(t)
  await ingestPaths(db, [SEED])
  const row = db.prepare(
    `SELECT d.raw AS stored, d.raw_codec AS codec, d.sha256, d.origin, a.sections, a.body, a.refs, a.boilerplate, a.warnings, s.name AS source, p.name AS publisher
     FROM documents d JOIN articles a ON a.id = d.id
     LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN publishers p ON p.id = a.publisher_id`,
  ).get() as { stored: Buffer; codec: string; sha256: string; origin: string; sections: string; body: string; refs: string; boilerplate: string; warnings: string; source: string; publisher: string }
  t.equal(row.codec, 'br', 'stored compressed')
  t.ok(row.stored.length < seedBytes.length * 0.7, `${row.stored.length} bytes stored for a ${seedBytes.length}-byte page`)
  const raw = Buffer.from(unpackRaw(row.stored, row.codec))
  t.ok(raw.equals(seedBytes), 'documents.raw holds the file bytes')
  t.equal(row.sha256, createHash('sha256').update(seedBytes).digest('hex'))
  t.equal(row.origin, SEED)

  const derived = derivePage(raw)
  if ('error' in derived) throw new Error(derived.error)
  t.equal(derived.sha256, row.sha256)
  // Stored as their shape, the texts being the body's lines (src/db/sections-codec.ts).
  t.equal(sectionsJson(row.sections, row.body), JSON.stringify(derived.parsed.sections), 'sections, byte for byte')
  t.equal(row.sections, '[5,-9,-22]', 'stored as their shape alone')
  t.strictSame(JSON.parse(row.refs), derived.parsed.references, 'references')
  t.strictSame(JSON.parse(row.boilerplate), derived.parsed.boilerplate, 'boilerplate')
  t.strictSame(JSON.parse(row.warnings), derived.parsed.warnings, 'warnings')
  t.equal(row.source, derived.parsed.source?.name)
  t.equal(row.publisher, derived.parsed.publisher?.name)
  // Guard against comparing two empties: the seed's parse is known to be substantial.
  t.equal(derived.parsed.sections.length, 3)
  t.strictSame(derived.parsed.references, ['L5N1GD7JK'])
  t.end()
})

t.test('bad inputs are reported and never stop the run', async t => {
  const db = freshDb(t)
  const badUtf8 = Buffer.concat([
    Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x0a]),
    Buffer.from('Officials in Mosul said the bridge over the Tigris would reopen to traffic next week after repairs.\n'),
  ])
  const dir = t.testdir({
    'empty.txt': '',
    'blank.txt': '  \n\t\r\n   \n',
    'bad-utf8.txt': badUtf8,
    // A valid page, so it would show up as a third article if .md files were walked.
    'notes.md': OTHER_BODY,
    nested: { deeper: { 'page.txt': seedBytes } },
  })
  const missing = join(dir, 'no-such-page.txt')
  const summary = await ingestPaths(db, [dir, missing])

  t.strictSame(summary.errors, [
    { origin: join(dir, 'blank.txt'), reason: 'the page holds only white space' },
    { origin: join(dir, 'empty.txt'), reason: 'empty file' },
    { origin: missing, reason: 'no such file or directory' },
  ])
  t.equal(summary.pagesRead, 4, 'blank, empty, bad-utf8 and the nested page were read; notes.md was not')
  t.equal(summary.articles.new, 2)

  const origins = db.prepare('SELECT origin FROM documents ORDER BY origin').pluck().all()
  t.strictSame(origins, [join(dir, 'bad-utf8.txt'), join(dir, 'nested', 'deeper', 'page.txt')])

  const bad = db.prepare('SELECT d.raw, d.raw_codec AS codec, a.warnings, a.body FROM documents d JOIN articles a ON a.id = d.id WHERE d.origin = ?')
    .get(join(dir, 'bad-utf8.txt')) as { raw: Buffer; codec: string; warnings: string; body: string }
  t.ok(Buffer.from(unpackRaw(bad.raw, bad.codec)).equals(badUtf8), 'invalid bytes stored exactly as read')
  t.match(JSON.parse(bad.warnings), [/UTF-8/], 'the article says the page was not UTF-8')
  t.match(bad.body, /bridge over the Tigris/, 'the readable paragraph was kept')
  t.end()
})

t.test('formatSummary shows every count and every error', async t => {
  const db = freshDb(t)
  const out = formatSummary(await ingestPaths(db, [SEED]))
  for (const re of [/pages read\s+1$/m, /articles\s+1 new, 0 unchanged, 0 new versions$/m, /headlines\s+8 new, 8 linked$/m, /sources\s+1 new$/m, /publishers\s+1 new$/m, /errors\s+0$/m]) {
    t.match(out, re)
  }
  // Distinct numbers, so a field printed in another's place is caught.
  const made: IngestSummary = {
    pagesRead: 7,
    articles: { new: 3, unchanged: 4, newVersions: 13 },
    headlines: { new: 11, linked: 12 },
    sources: { new: 5 },
    publishers: { new: 6 },
    errors: [{ origin: '/x/empty.txt', reason: 'empty file' }, { origin: '/x/gone', reason: 'no such file or directory' }],
  }
  const lines = formatSummary(made).split('\n')
  t.match(lines, [/^pages read\s+7$/, /^articles\s+3 new, 4 unchanged, 13 new versions$/, /^headlines\s+11 new, 12 linked$/, /^sources\s+5 new$/, /^publishers\s+6 new$/, /^errors\s+2$/,
    /\/x\/empty\.txt: empty file/, /\/x\/gone: no such file or directory/])
  t.equal(lines.length, 8)
  t.notMatch(formatSummary(made), /--max-page-mb/, 'no hint where no page was too large')
  const big = formatSummary({ ...made, errors: [{ origin: '/x/big.txt', reason: pageTooLarge(5 * 1024 * 1024, 4 * 1024 * 1024) }] })
  t.match(big.split('\n').at(-1), /raise the limit on one page with --max-page-mb/, 'a page over the limit: the CLI says how to raise it')
  t.end()
})

t.test('a first load is indexed in one pass at the end; a killed one is finished by the next run', async t => {
  const db = freshDb(t)
  const dir = t.testdir({ 'a.txt': seedBytes, 'b.txt': OTHER_BODY })
  const deferred = () => db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'fts_deferred'").pluck().get()
  await ingestPaths(db, [join(dir, 'a.txt')])
  t.equal(deferred(), 0, 'the flag is cleared when the load ends')
  t.ok(ftsIntact(db))
  t.equal(count(db, 'articles_fts_docsize'), 1, 'and the article is indexed')

  // Later loads index row by row: the database is no longer empty.
  await ingestPaths(db, [join(dir, 'b.txt')])
  t.equal(count(db, 'articles_fts_docsize'), 2)

  // What a kill -9 in the middle of a first load leaves: the flag set, rows not indexed.
  const killed = freshDb(t)
  killed.exec("INSERT INTO settings (key, value) VALUES ('fts_deferred', 'first load')")
  await ingestPaths(killed, [join(dir, 'a.txt')], { deferIndex: false })
  t.equal(count(killed, 'articles_fts_docsize'), 1, 'a left-over flag is honoured and the index finished')
  t.equal(killed.prepare("SELECT count(*) FROM settings WHERE key = 'fts_deferred'").pluck().get(), 0)
  t.ok(ftsIntact(killed))
})
