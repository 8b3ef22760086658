// Compiled queries run against a real FTS5 table: each construct finds the rows it says, and no
// hostile input makes FTS5 raise an error (that would be a 500 in the API).
import t from 'tap'
import { compileQuery } from '../../src/search/query.js'
import { ftsTable } from './fts-table.js'

const ROWS = [
  /* 1 */ 'Bread and butter',
  /* 2 */ 'Abu Bakr al-Baghdadi left Mosul',
  /* 3 */ 'A blast in southern Baghdad',
  /* 4 */ 'انفجار في بغداد',
  /* 5 */ 'Quotes "near" the title: foo bar',
  /* 6 */ 'Car bombing in eastern Baghdad, not southern',
  /* 7 */ 'Peanut butter and jam, or bread alone',
]
const table = ftsTable(t, ROWS)

/** The rows `q` finds; a compile failure fails the assertion that uses it. */
function find(q: string): number[] | string {
  const c = compileQuery(q)
  return c.ok ? table.run(c.fts) : `error: ${c.reason}`
}

t.test('words: all must match, as text', (t) => {
  t.same(find('bread butter'), [1, 7])
  t.same(find('bread Mosul'), [], 'no row has both')
  t.same(find('AND'), [1, 7], '`AND` is the word "and"')
  t.same(find('NOT southern'), [6], '`NOT` is the word "not", not an operator')
  t.same(find('NEAR'), [5], 'NEAR is a word')
  t.same(find('title:foo'), [5], 'title:foo is not a column filter')
  t.same(find('Baghdād'), [3, 6], 'remove_diacritics 2 folds ā to a')
  t.same(find('BAGHDAD'), [3, 6], 'case-insensitive')
  t.same(find('بغداد'), [4], 'Arabic script')
  t.same(find('butter 😀'), [1, 7], 'an emoji word is dropped, the rest still searches')
  t.end()
})

t.test('phrases keep their order', (t) => {
  t.same(find('"southern Baghdad"'), [3])
  t.same(find('"Baghdad southern"'), [])
  t.same(find('"peanut butter'), [7], 'an unclosed phrase runs to the end')
  t.same(find('al-Baghdadi'), [2], 'a hyphenated name is a phrase, not an exclusion')
  t.end()
})

t.test('exclusions remove rows', (t) => {
  t.same(find('Baghdad -southern'), [], 'row 6 says "southern" too')
  t.same(find('Baghdad -"southern Baghdad"'), [6], 'an excluded phrase only removes the phrase')
  t.same(find('butter -peanut -jam'), [1], 'each exclusion removes')
  t.same(find('Baghdad -east*'), [3], 'an excluded prefix')
  t.same(find('-southern'), 'error: only excluded terms: add a word to search for')
  t.end()
})

t.test('OR binds tighter than the implicit AND', (t) => {
  t.same(find('Mosul OR Baghdad'), [2, 3, 6])
  t.same(find('blast OR bombing Baghdad'), [3, 6], '(blast OR bombing) AND Baghdad')
  t.same(find('southern blast OR bombing'), [3, 6], 'southern AND (blast OR bombing): row 6 says "southern" too')
  t.same(find('Baghdad blast OR bombing -southern'), [], 'the exclusion applies to the whole query')
  t.same(find('bread or'), [7], 'lower case: the word "or"')
  t.same(find('bread OR'), [7], 'last: the word "or"')
  t.end()
})

t.test('prefix*', (t) => {
  t.same(find('bagh*'), [2, 3, 6], 'Baghdadi and Baghdad')
  t.same(find('al-bagh*'), [2], 'a prefix on the last word of a hyphenated name')
  t.same(find('bomb*'), [6])
  t.same(find('bomb'), [], 'without the star, the whole word')
  t.same(find('a*b'), [], 'a star inside a word is a separator: the phrase "a b"')
  t.end()
})

t.test('hostile inputs compile to queries FTS5 accepts, or to a reason', (t) => {
  const hostile = [
    '"', 'AND', 'OR', 'NOT', '*', 'NEAR(a b)', 'NEAR(bread butter, 2)', 'title:foo', 'x:bread', 'a"b', '"unterminated',
    '^x', '(', '-x', '""', 'a*', '*a', '+bread', '{x}: bread', 'bread OR', 'NOT bread', 'bread AND NOT butter',
    'OR OR OR', 'a OR -b', '-"" a', '"" OR a', 'a -"', 'a**', '-a* b*', '(a OR b) -(c)', 'a OR "b', '"a" OR "b',
    'Baghdād', 'بغداد', '😀🎉', 'bread 😀', 'café', 'x\u0301', '\uE000bread\uE001', 'a\u200bb', '\uD800a', 'a\uDC00 b',
    'bread\u0000', 'a\u0000b', '"a\u0000b"', '-\u0000a b', 'b \u0000-a', '\u{1E900}*', 'bread \u{1E900}',
    'word '.repeat(2000), 'a'.repeat(100_000),
    // FTS5 refuses expressions more than 256 levels deep: hundreds of each construct.
    Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '),
    `bread ${Array.from({ length: 500 }, (_, i) => `-w${i}`).join(' ')}`,
    Array.from({ length: 500 }, (_, i) => `w${i}`).join(' OR '),
    Array.from({ length: 300 }, (_, i) => `a${i} OR b${i}*`).join(' '),
  ]
  for (const q of hostile) {
    const label = JSON.stringify(q.length > 40 ? `${q.slice(0, 40)}…` : q)
    const c = compileQuery(q)
    if (!c.ok) t.match(c.reason, /^(nothing to search for|only excluded terms)/, `${label}: ${c.reason}`)
    else t.doesNotThrow(() => table.run(c.fts), `${label} → ${JSON.stringify(c.fts.slice(0, 60))} runs`)
  }
  t.end()
})
