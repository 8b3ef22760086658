// The search language, construct by construct, as strings. Whether FTS5 accepts these strings
// and finds the right rows with them is query-fts.test.ts and query-fuzz.test.ts.
import t from 'tap'
import { compileQuery, ftsMatch } from '../../src/search/query.js'

/** The FTS5 expression, or the reason when there is none. */
const fts = (q: string): string => {
  const c = compileQuery(q)
  return c.ok ? c.fts : `error: ${c.reason}`
}
const terms = (q: string): string[] => {
  const c = compileQuery(q)
  return c.ok ? c.terms : []
}
const NOTHING = 'error: nothing to search for: give at least one word with a letter or digit'
const ONLY_EXCLUDED = 'error: only excluded terms: add a word to search for'

t.test('words: every one must match', (t) => {
  t.equal(fts('bread'), '"bread"')
  t.equal(fts('  bread   butter\t'), '"bread" AND "butter"', 'split on any white space, ends trimmed')
  t.equal(fts('bread\nand\u00a0butter'), '"bread" AND "and" AND "butter"', 'newline and no-break space separate too')
  t.same(terms('bread butter bread'), ['bread', 'butter'], 'terms once each, in order')
  t.end()
})

t.test('"exact phrases"', (t) => {
  t.equal(fts('"tal afar"'), '"tal afar"')
  t.equal(fts('police "tal   afar" '), '"police" AND "tal afar"', 'white space inside a phrase collapses')
  t.equal(fts('"tal\u0000afar\u0007"'), '"tal afar"', 'control characters inside a phrase are spaces, never a NUL in the query')
  t.equal(fts('"GAME IS'), '"GAME IS"', 'an unclosed quote runs to the end of the text')
  t.equal(fts('a"b c"d'), '"a" AND "b c" AND "d"', 'a quote inside a word still opens a phrase')
  t.equal(fts('"AND" "OR" "NOT"'), '"AND" AND "OR" AND "NOT"', 'quoted keywords are words')
  t.equal(fts('"tal afar"*'), '"tal afar"', 'a star after a phrase is dropped: prefixes are for words')
  t.same(terms('"Tal Afar" police'), ['Tal Afar', 'police'])
  t.equal(fts('""'), NOTHING)
  t.equal(fts('" ( * ) "'), NOTHING, 'a phrase with no letter or digit is dropped')
  t.end()
})

t.test('-exclusions', (t) => {
  t.equal(fts('bread -butter'), '("bread") NOT ("butter")')
  t.equal(fts('bread -"peanut butter" -jam'), '("bread") NOT ("peanut butter" OR "jam")', 'one NOT over all exclusions')
  t.equal(fts('-jam bread'), '("bread") NOT ("jam")', 'order does not matter')
  t.same(terms('bread -butter'), ['bread'], 'excluded terms are not search terms')
  t.equal(fts('-butter'), ONLY_EXCLUDED)
  t.equal(fts('-butter -"peanut butter" 😀'), ONLY_EXCLUDED, 'a dropped word does not count as something to search for')
  t.equal(fts('al-Baghdadi'), '"al-Baghdadi"', 'a hyphen inside a word is text')
  t.equal(fts('bread -'), '"bread"', 'a lone - is dropped')
  t.equal(fts('bread --jam'), '("bread") NOT ("-jam")', 'only the first - excludes')
  t.equal(fts('bread -😀'), '"bread"', 'an excluded word with nothing searchable is dropped')
  t.end()
})

t.test('OR between terms binds tighter than the implicit AND', (t) => {
  t.equal(fts('blast OR bomb'), '("blast" OR "bomb")')
  t.equal(fts('iraq blast OR bomb'), '"iraq" AND ("blast" OR "bomb")')
  t.equal(fts('a OR b c OR d OR e'), '("a" OR "b") AND ("c" OR "d" OR "e")')
  t.equal(fts('"tal afar" OR mosul* -syria'), '(("tal afar" OR "mosul"*)) NOT ("syria")', 'phrases and prefixes as alternatives')
  t.same(terms('iraq blast OR bomb'), ['iraq', 'blast', 'bomb'], 'every alternative is a term')
  t.equal(fts('blast OR 😀'), '"blast"', 'an unsearchable alternative drops out, the group stays')
  t.equal(fts('blast or bomb'), '"blast" AND "or" AND "bomb"', 'lower case or is a word')
  t.equal(fts('Or'), '"Or"')
  t.end()
})

t.test('OR anywhere else is the word "or"', (t) => {
  t.equal(fts('OR'), '"OR"')
  t.equal(fts('OR blast'), '"OR" AND "blast"', 'first')
  t.equal(fts('blast OR'), '"blast" AND "OR"', 'last')
  t.equal(fts('a OR OR b'), '"a" AND "OR" AND "OR" AND "b"', 'doubled')
  t.equal(fts('a OR -b'), '("a" AND "OR") NOT ("b")', 'next to an exclusion: FTS5 has no "a or not b"')
  t.equal(fts('-a OR b'), '("OR" AND "b") NOT ("a")')
  t.equal(fts('a -OR'), '("a") NOT ("OR")', 'excluded OR is the word')
  t.end()
})

t.test('prefix*', (t) => {
  t.equal(fts('bagh*'), '"bagh"*')
  t.equal(fts('bagh**'), '"bagh"*', 'several stars are one')
  t.equal(fts('al-bagh*'), '"al-bagh"*', 'FTS5 puts the prefix on the last word of the phrase')
  t.equal(fts('bread -butt*'), '("bread") NOT ("butt"*)', 'an excluded prefix')
  t.equal(fts('a*b'), '"a*b"', 'a star inside a word is text')
  t.equal(fts('*bagh'), '"*bagh"', 'a leading star is text')
  t.same(terms('bagh* bread'), ['bagh*', 'bread'], 'a prefix term keeps its star')
  for (const q of ['*', '**', '-*', '(*', '"*"']) t.equal(fts(q), NOTHING, `${q}: no letter or digit before the star`)
  t.end()
})

t.test('FTS5 syntax in the text is only text', (t) => {
  const cases: [string, string][] = [
    ['AND', '"AND"'],
    ['NOT bread', '"NOT" AND "bread"'],
    ['bread AND NOT butter', '"bread" AND "AND" AND "NOT" AND "butter"'],
    ['NEAR(bread butter, 2)', '"NEAR(bread" AND "butter," AND "2)"'],
    ['title:foo', '"title:foo"'],
    ['{title lead}: foo', '"{title" AND "lead}:" AND "foo"'],
    ['^bread', '"^bread"'],
    ['+bread', '"+bread"'],
    ['(bread OR butter)', '("(bread" OR "butter)")'],
    ['bread\u0000butter', '"bread" AND "butter"'],
    ["'; DROP TABLE articles; --", '"DROP" AND "TABLE" AND "articles;"'],
  ]
  for (const [q, want] of cases) t.equal(fts(q), want, JSON.stringify(q))
  for (const q of ['', '   ', '"', '(', ')', '-', '^', ':', '😀🎉', '🇮🇶', '\u0301', '\u0000', '" ( * - ^ )']) {
    t.equal(fts(q), NOTHING, `${JSON.stringify(q)} has nothing to search for`)
  }
  t.end()
})

t.test('every quote in the output is a delimiter, and no control character gets through', (t) => {
  for (const q of ['a"b', '"a""b"', '-"a"b"', 'x "y\u0000"z" OR "', '"\u0000"', 'a\u0000"b\u0000c"']) {
    const c = compileQuery(q)
    if (!c.ok) continue
    // Strip the quoted strings: what is left may only be our operators, brackets, stars and spaces.
    t.match(c.fts.replace(/"[^"\p{Cc}]*"/gu, ''), /^[()* ANDOTR]*$/u, `${JSON.stringify(q)} → ${c.fts}`)
  }
  t.end()
})

t.test('ftsMatch throws the reason as an InvalidSearchError', (t) => {
  t.equal(ftsMatch('bread OR jam'), '("bread" OR "jam")')
  t.throws(() => ftsMatch('-jam'), { name: 'InvalidSearchError', message: 'only excluded terms: add a word to search for' })
  t.throws(() => ftsMatch('*'), { name: 'InvalidSearchError', message: /^nothing to search for/ })
  t.end()
})
