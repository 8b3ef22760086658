// Search text → FTS5 query, and FTS5 snippet → safe HTML. The promise of toFtsQuery is that
// whatever a user types, the result is null or a query FTS5 accepts, so every produced query is
// run against a real FTS5 table with the tokenizer the schema uses, not just string-compared.
import Database from 'better-sqlite3'
import t from 'tap'
import { toFtsQuery } from '../../src/db/fts-query.js'
import { MATCH_END, MATCH_START, snippetToHtml } from '../../src/db/snippet.js'

const db = new Database(':memory:')
t.teardown(() => db.close())
db.exec("CREATE VIRTUAL TABLE f USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
const ROWS = [
  'Bread and butter',
  'Abu Bakr al-Baghdadi left Mosul',
  'A blast in southern Baghdad',
  'انفجار في بغداد',
  'Quotes "near" the title: foo bar',
]
const insert = db.prepare('INSERT INTO f (rowid, x) VALUES (?, ?)')
ROWS.forEach((x, i) => insert.run(i + 1, x))
const matchStmt = db.prepare<[string], { rowid: number }>('SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid')

/** Row numbers (1-based, as in ROWS) the query matches; throws if FTS5 rejects it. */
const run = (query: string): number[] => matchStmt.all(query).map(r => r.rowid)

/** FTS5's error message for the query, or null when it runs. */
function rejection (query: string): string | null {
  try {
    run(query)
    return null
  } catch (err) {
    return (err as Error).message
  }
}

t.test('plain words become quoted phrases, all of which must match', t => {
  t.equal(toFtsQuery('bread'), '"bread"')
  t.equal(toFtsQuery('  bread   butter\t'), '"bread" "butter"', 'split on any white space, ends trimmed')
  t.equal(toFtsQuery('bread\nand\u00a0butter'), '"bread" "and" "butter"', 'newline and no-break space separate too')
  t.strictSame(run(toFtsQuery('bread butter') as string), [1])
  // Implicit AND: both words must be present, so this matches nothing.
  t.strictSame(run(toFtsQuery('bread Mosul') as string), [])
  t.end()
})

t.test('operators and syntax characters are searched as text', t => {
  // Unquoted, FTS5 would read these as operators or fail; quoted, they are just words.
  t.equal(toFtsQuery('AND'), '"AND"')
  t.strictSame(run(toFtsQuery('AND') as string), [1], '"AND" finds the row with the word "and"')
  t.strictSame(run(toFtsQuery('bread AND') as string), [1])
  t.strictSame(run(toFtsQuery('al-Baghdadi') as string), [2], 'a hyphenated name is one phrase, not a NOT')
  t.strictSame(run(toFtsQuery('NEAR') as string), [5], 'NEAR is a word')
  t.strictSame(run(toFtsQuery('title:foo') as string), [5], 'title:foo is not a column filter')
  t.equal(toFtsQuery('a"b'), '"a""b"', 'inner quote doubled')
  t.end()
})

t.test('nothing searchable gives null', t => {
  for (const q of ['', '   ', '"', '""', '(', ')', '*', '-', '^', '😀🎉', '🇮🇶', '\u0301', '" ( * - ^ )']) {
    t.equal(toFtsQuery(q), null, `${JSON.stringify(q)} → null`)
  }
  t.end()
})

t.test('hostile inputs give null or a query FTS5 accepts', t => {
  const hostile = [
    '"', 'AND', 'OR', 'NOT', '*', 'NEAR(a b)', 'NEAR(bread butter, 2)', 'title:foo', 'x:bread', 'a"b', '"unterminated',
    '^x', '(', '-x', '""', 'a*', '*a', '+bread', '{x}: bread', 'bread OR', 'NOT bread', 'bread AND NOT butter',
    'Baghdād', 'بغداد', '😀🎉', 'bread 😀', 'café', 'x\u0301', '\uE000bread\uE001', 'a\u200bb',
    'bread\u0000', 'a\u0000b', // NUL: FTS5 reads the query as a C string, so a NUL inside a phrase must not reach it
    'word '.repeat(2000), 'a'.repeat(100_000), Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '),
  ]
  for (const q of hostile) {
    const label = JSON.stringify(q.length > 40 ? `${q.slice(0, 40)}…` : q)
    const fts = toFtsQuery(q)
    if (fts === null) {
      t.pass(`${label} → null`)
      continue
    }
    t.equal(rejection(fts), null, `${label} → ${JSON.stringify(fts.slice(0, 60))} is accepted by FTS5`)
  }
  t.end()
})

t.test('the quoted words still find what they say', t => {
  // remove_diacritics 2 folds ā to a, so a transliteration with marks finds the plain spelling.
  t.strictSame(run(toFtsQuery('Baghdād') as string), [3])
  t.strictSame(run(toFtsQuery('BAGHDAD') as string), [3], 'case-insensitive')
  t.strictSame(run(toFtsQuery('بغداد') as string), [4], 'Arabic script')
  t.strictSame(run(toFtsQuery('"near"') as string), [5], 'quotes around a word are kept in the phrase but not tokens')
  t.strictSame(run(toFtsQuery('southern Baghdad') as string), [3])
  t.strictSame(run(toFtsQuery('butter 😀') as string), [1], 'an emoji word is dropped, the rest still searches')
  t.end()
})

t.test('snippetToHtml', async t => {
  t.test('escapes every HTML-significant character', t => {
    t.equal(snippetToHtml(`<script>alert("x&y's")</script>`), '&lt;script&gt;alert(&quot;x&amp;y&#39;s&quot;)&lt;/script&gt;')
    t.equal(snippetToHtml('&amp;'), '&amp;amp;', 'an existing entity is escaped again, not trusted')
    t.equal(snippetToHtml('plain text'), 'plain text', 'nothing else changes')
    t.end()
  })

  t.test('turns the private-use match markers into <mark>', t => {
    t.equal(snippetToHtml(`a ${MATCH_START}Baghdad${MATCH_END} blast`), 'a <mark>Baghdad</mark> blast')
    t.equal(snippetToHtml(`${MATCH_START}x${MATCH_END}…${MATCH_START}y${MATCH_END}`), '<mark>x</mark>…<mark>y</mark>', 'every match')
    // Markers are inserted after escaping, so the tag itself is not escaped but text around it is.
    t.equal(snippetToHtml(`<b>${MATCH_START}&${MATCH_END}</b>`), '&lt;b&gt;<mark>&amp;</mark>&lt;/b&gt;')
    t.end()
  })

  t.test('custom markers', t => {
    t.equal(snippetToHtml(`${MATCH_START}hit${MATCH_END} <i>`, '<em class="m">', '</em>'), '<em class="m">hit</em> &lt;i&gt;')
    t.equal(snippetToHtml(`${MATCH_START}hit${MATCH_END}`, '[', ']'), '[hit]')
    t.end()
  })

  t.test('on a real FTS5 snippet', t => {
    const row = db.prepare<[string], { s: string }>(
      `SELECT snippet(f, 0, '${MATCH_START}', '${MATCH_END}', '…', 8) AS s FROM f WHERE f MATCH ?`,
    ).get(toFtsQuery('title:foo') as string)
    t.equal(snippetToHtml(row?.s ?? ''), 'Quotes &quot;near&quot; the <mark>title: foo</mark> bar')
    t.end()
  })
})
