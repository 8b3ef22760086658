// The terminal table of `newsstand search`, tested as a function: a child process has no terminal.
import t from 'tap'
import { clean, formatTable, truncate } from '../../src/cli/table.js'
import type { ArticleSummary } from '../../src/model/articles.js'

const article = (id: number, title: string | null, source: string | null, lead: string | null = null): ArticleSummary => ({
  id, title, lead, source: source === null ? null : { id: 1, name: source }, publisher: null,
  date: '2017-08-28T16:00:00Z', dateBasis: 'published', lang: 'en',
})

const long = 'Iraqi forces say they have retaken the last district of Tal Afar from Islamic State militants after weeks of fighting'

t.test('one row per article: id, day, source, title', async (t) => {
  const text = formatTable({ items: [article(7, 'Short title', 'Reuters'), article(1234, null, null, 'A lead stands in')], next: null }, 100)
  const lines = text.trimEnd().split('\n')
  t.equal(lines[0], '  ID  DATE        SOURCE   TITLE', 'columns as wide as their widest value')
  t.equal(lines[1], '   7  2017-08-28  Reuters  Short title')
  t.equal(lines[2], '1234  2017-08-28  -        A lead stands in', 'no title: the lead; no source: a dash; ids right-aligned')
  t.equal(lines.at(-1), '2 shown')
})

t.test('no line is wider than the terminal; cut titles end in an ellipsis', async (t) => {
  const items = [article(1, long, 'Ahram online'), article(22, long.toUpperCase(), 'A source with a very long name indeed, Inc.')]
  for (const width of [60, 80, 120, 200]) {
    const lines = formatTable({ items, next: null }, width).split('\n')
    t.ok(lines.every((l) => Array.from(l).length <= width), `width ${width}`)
    const row = lines[1] as string
    if (width < 150) t.match(row, /…$/u, `${width}: the title is cut`)
    else t.match(row, /fighting$/u, `${width}: the whole title fits`)
  }
  t.match(formatTable({ items, next: null }, 80), /A source with a very lo…/u, 'long source names are cut too')
})

t.test('page text cannot drive the terminal: control characters are removed', async (t) => {
  const hostile = 'Breaking\u001b]0;pwned\u0007 news\u001b[2J\r\nnow\u202e'
  const text = formatTable({ items: [article(1, hostile, 'Evil\u001b[31m')], next: null }, 100)
  t.notMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u, 'only newlines between rows are left')
  t.match(text, /Breaking \]0;pwned news \[2J now/u)
  t.equal(clean('  a\t\tb \n c  '), 'a b c')
})

t.test('the footer says how many matched and whether there is more', async (t) => {
  const items = [article(1, 'One', null)]
  t.match(formatTable({ items, next: { sort: 'newest', date: 'x', id: 1 } }, 80), /1 shown; more with a higher --limit/u)
  const ranked = formatTable({ items, next: null, ranking: { scope: 'newest', ranked: 5000, matches: 120000, estimated: true } }, 80)
  t.match(ranked, /1 shown, about 120000 match \(the newest 5000 ranked\)\n$/u)
  const unranked = formatTable({ items, next: null, ranking: { scope: 'none', ranked: 0, matches: 99000, estimated: true } }, 80)
  t.match(unranked, /1 shown, about 99000 match \(too common to rank: the newest first\)\n$/u)
  t.equal(formatTable({ items: [], next: null }, 80), 'No article matches.\n')
})

t.test('truncate counts characters, not UTF-16 units', async (t) => {
  t.equal(truncate('abcdef', 6), 'abcdef')
  t.equal(truncate('abcdef', 4), 'abc…')
  t.equal(truncate('😀😀😀😀', 3), '😀😀…', 'astral characters are not split in half')
  t.equal(truncate('abc', 0), '')
})
