// FTS5 snippet → safe HTML: page text is escaped, only the match markers become tags, and it
// holds on a snippet FTS5 really produced, not only on hand-written strings.
import Database from 'better-sqlite3'
import t from 'tap'
import { MATCH_END, MATCH_START, snippetToHtml } from '../../src/db/snippet.js'

const db = new Database(':memory:')
t.teardown(() => db.close())
db.exec("CREATE VIRTUAL TABLE f USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
db.prepare('INSERT INTO f (rowid, x) VALUES (1, ?)').run('Quotes "near" the title: foo bar')

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
    t.equal(snippetToHtml(`${MATCH_START}hit${MATCH_END}`, `${MATCH_END}<`, `>${MATCH_START}`), `${MATCH_END}<hit>${MATCH_START}`,
      'markers go in verbatim, in one pass: markers made of match characters are not replaced again')
    t.equal(snippetToHtml(`${MATCH_START}a & b${MATCH_END}`, '', ''), 'a &amp; b', 'empty markers')
    t.end()
  })

  t.test('match characters that came from the page cannot unbalance the markers', t => {
    t.equal(snippetToHtml(`x${MATCH_END} ${MATCH_START}hit${MATCH_END}`), 'x <mark>hit</mark>', 'an end outside a match is dropped')
    t.equal(snippetToHtml(`${MATCH_START}h${MATCH_START}it${MATCH_END}`), '<mark>hit</mark>', 'a start inside a match is dropped')
    t.equal(snippetToHtml(`${MATCH_START}cut short…`), '<mark>cut short…</mark>', 'an open match is closed')
    t.end()
  })

  t.test('on a real FTS5 snippet', t => {
    const row = db.prepare<[string], { s: string }>(
      `SELECT snippet(f, 0, '${MATCH_START}', '${MATCH_END}', '…', 8) AS s FROM f WHERE f MATCH ?`,
    ).get('"title:foo"')
    t.equal(snippetToHtml(row?.s ?? ''), 'Quotes &quot;near&quot; the <mark>title: foo</mark> bar')
    t.end()
  })
})
