// The eval's scoring rules, checked on hand-made inputs so a change to a rule shows up here and not
// as an unexplained jump in `npm run eval` figures.
import t from 'tap'
import {
  addCounts,
  bylineMatches,
  dateMatches,
  langMatches,
  multisetCounts,
  multisetF1,
  normalizeWs,
  parseInstant,
  scores,
  titleCandidates,
  titleMatches,
  tokenize,
} from '../../src/eval/metrics.js'

t.test('normalizeWs collapses every kind of whitespace run and trims', (t) => {
  t.equal(normalizeWs('  a \t b\n\n c\u00a0 '), 'a b c')
  t.equal(normalizeWs(''), '')
  t.end()
})

t.test('tokenize: lower-cased letter/digit runs, punctuation dropped', (t) => {
  t.strictSame(tokenize("U.S. forces' 100,000-strong Force"), ['u', 's', 'forces', '100', '000', 'strong', 'force'])
  t.strictSame(tokenize('Součka je snadné přehlédnout'), ['součka', 'je', 'snadné', 'přehlédnout'])
  t.strictSame(tokenize('Cafe\u0301 au lait'), ['cafe\u0301', 'au', 'lait'], 'a combining accent stays inside its word')
  t.strictSame(tokenize(''), [])
  t.strictSame(tokenize(' — … '), [])
  t.end()
})

t.test('tokenize: one token per Han, Hiragana and Katakana character', (t) => {
  t.strictSame(tokenize('人工智能迈上新台阶'), ['人', '工', '智', '能', '迈', '上', '新', '台', '阶'])
  t.strictSame(tokenize('公衆無線LANを安全に'), ['公', '衆', '無', '線', 'lan', 'を', '安', '全', 'に'])
  t.strictSame(tokenize('トレンドマイクロ'), ['ト', 'レ', 'ン', 'ド', 'マ', 'イ', 'ク', 'ロ'])
  t.strictSame(tokenize('DeepMind新电脑2016年'), ['deepmind', '新', '电', '脑', '2016', '年'], 'latin and digits next to CJK stay whole')
  t.end()
})

t.test('multiset matching: each expected item is matched at most once', (t) => {
  t.strictSame(multisetCounts(['a', 'a', 'a'], ['a']), { matched: 1, predicted: 3, expected: 1 }, 'repeats do not all match')
  t.strictSame(multisetCounts(['a'], ['a', 'a']), { matched: 1, predicted: 1, expected: 2 })
  t.strictSame(multisetCounts(['a', 'b', 'a'], ['a', 'a', 'c']), { matched: 2, predicted: 3, expected: 3 })
  const s = multisetF1(['a', 'a', 'b', 'x'], ['a', 'b', 'c'])
  t.equal(s.matched, 2)
  t.equal(s.p, 0.5)
  t.equal(s.r, 2 / 3)
  t.equal(s.f1, (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3))
  t.end()
})

t.test('F1 is defined for empty inputs', (t) => {
  t.strictSame(multisetF1([], []), { matched: 0, predicted: 0, expected: 0, p: 1, r: 1, f1: 1 }, 'both empty: perfect')
  t.strictSame(scores({ matched: 0, predicted: 0, expected: 3 }), { p: 0, r: 0, f1: 0 }, 'nothing predicted')
  t.strictSame(scores({ matched: 0, predicted: 3, expected: 0 }), { p: 0, r: 0, f1: 0 }, 'nothing expected')
  t.strictSame(scores({ matched: 0, predicted: 2, expected: 2 }), { p: 0, r: 0, f1: 0 }, 'no overlap is 0, not NaN')
  t.end()
})

t.test('addCounts sums for micro averages', (t) => {
  t.strictSame(addCounts({ matched: 1, predicted: 2, expected: 3 }, { matched: 4, predicted: 5, expected: 6 }), { matched: 5, predicted: 7, expected: 9 })
  t.end()
})

t.test('title: a trailing site or author suffix may be dropped', (t) => {
  t.ok(titleMatches('Some headline', 'Some headline'))
  t.ok(titleMatches('Some  headline ', 'Some headline'), 'whitespace is normalised')
  t.notOk(titleMatches('some headline', 'Some headline'), 'case-sensitive')
  t.ok(titleMatches('Inside the Deep Web Drug Lab', 'Inside the Deep Web Drug Lab | Motherboard'))
  t.ok(titleMatches('Xbox review', 'Xbox review - Engadget'))
  t.ok(titleMatches('Headline', 'Headline – Author — Site'), 'suffixes removed repeatedly')
  t.ok(titleMatches('Headline – Author', 'Headline – Author — Site'), 'or just the last one')
  t.ok(titleMatches('Headline', 'Headline :: Site · Section / Desk'))
  t.notOk(titleMatches('Headline - Extra', 'Headline'), 'a predicted suffix is not forgiven')
  t.notOk(titleMatches('Head', 'Headline - Site'), 'only whole parts are cut')
  t.end()
})

t.test('title: a leading site name may be dropped', (t) => {
  t.ok(titleMatches('The real title', 'Site | The real title'))
  t.ok(titleMatches('Robert Mugabe insists', 'Zimbabwe coup: Robert Mugabe insists'), '`: ` counts as a separator')
  t.ok(titleMatches('Zimbabwe coup', 'Zimbabwe coup: Robert Mugabe insists'))
  t.ok(titleMatches('Title', 'Site | Section | Title'), 'leading parts removed repeatedly')
  t.notOk(titleMatches('Middle', 'Site | Middle | Author'), 'cut from one side only, never both')
  t.ok(titleMatches('Site | Section', 'Site | Section | Title'))
  t.end()
})

t.test('title: null, empty and separator-only edge cases', (t) => {
  t.notOk(titleMatches(null, 'Headline'), 'no title predicted is wrong')
  t.notOk(titleMatches(undefined, 'Headline'))
  t.notOk(titleMatches('', ''), 'an empty prediction never matches')
  t.strictSame(titleCandidates('A | B - C').sort(), ['A', 'A | B', 'A | B - C', 'B - C', 'C'], 'mixed separators')
  t.notOk(titleMatches('', 'Site | '), 'a separator with nothing after it gives no empty candidate')
  t.strictSame(titleCandidates('A - B').sort(), ['A', 'A - B', 'B'])
  t.end()
})

t.test('byline: case-insensitive, a leading "By" ignored on either side', (t) => {
  t.ok(bylineMatches('Erin Cunningham', 'By Erin Cunningham'))
  t.ok(bylineMatches('by  JOE HILDEBRAND', 'Joe Hildebrand'))
  t.ok(bylineMatches('Brenda Goodman, MA', 'By Brenda  Goodman, MA\n   '))
  t.notOk(bylineMatches('Erin', 'By Erin Cunningham'))
  t.notOk(bylineMatches(null, 'Erin'))
  t.notOk(bylineMatches(' ', ' '), 'an empty prediction never matches')
  t.end()
})

t.test('parseInstant reads the expected records the same on every machine', (t) => {
  t.equal(parseInstant('2021-11-01T10:52:50+0100'), Date.UTC(2021, 10, 1, 9, 52, 50), 'offset without colon')
  t.equal(parseInstant('2017-11-03 03:01:00.000000'), Date.UTC(2017, 10, 3, 3, 1), 'space and microseconds; no zone is UTC')
  t.equal(parseInstant('2018-04-05T06:00'), Date.UTC(2018, 3, 5, 6, 0), 'no seconds, no zone')
  t.equal(parseInstant('2019-01-03T07:00:02.000z'), Date.UTC(2019, 0, 3, 7, 0, 2))
  t.equal(parseInstant('2015-07-10T09:53:00-04:00'), Date.UTC(2015, 6, 10, 13, 53))
  t.equal(parseInstant('July 24, 2015 10:00 GMT'), Date.UTC(2015, 6, 24, 10, 0), 'other forms go to Date.parse')
  t.ok(Number.isNaN(parseInstant('yesterday')))
  t.end()
})

t.test('date: same instant, or same day when only a date is expected', (t) => {
  t.ok(dateMatches('2021-11-01T09:52:50Z', '2021-11-01T10:52:50+0100'))
  t.notOk(dateMatches('2021-11-01T10:52:50Z', '2021-11-01T10:52:50+0100'))
  t.ok(dateMatches('2018-04-05T06:00:00Z', '2018-04-05T06:00'))
  t.ok(dateMatches('2015-04-30T07:19:58Z', '2015-04-30'), 'date-only expected: the date part is compared')
  t.notOk(dateMatches('2015-05-01T00:10:00Z', '2015-04-30'))
  t.ok(dateMatches('April 30, 2015 12:00 GMT', '2015-04-30'), 'a non-ISO prediction is read as an instant')
  t.notOk(dateMatches('soon', '2015-04-30'))
  t.notOk(dateMatches('soon', '2015-04-30T10:00:00Z'))
  t.notOk(dateMatches(null, '2015-04-30'))
  t.notOk(dateMatches('', '2015-04-30'))
  t.end()
})

t.test('lang: primary subtag only', (t) => {
  t.ok(langMatches('en', 'en-US'))
  t.ok(langMatches('EN-gb', 'en'))
  t.ok(langMatches('pt_BR', 'pt-BR'))
  t.notOk(langMatches('fr', 'en'))
  t.notOk(langMatches(null, 'en'))
  t.notOk(langMatches('', ''))
  t.end()
})
