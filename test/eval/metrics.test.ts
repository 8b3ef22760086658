// The eval's scoring rules, checked on hand-made inputs so a change to a rule shows up here and not
// as an unexplained jump in `npm run eval` figures.
import t from 'tap'
import {
  addCounts,
  bylineMatches,
  dateMatches,
  foldCase,
  headlineMatches,
  langMatches,
  multisetCounts,
  multisetF1,
  normalizeWs,
  parseInstant,
  scores,
  surname,
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

t.test('surname: the last word with a letter, as written, edge punctuation dropped', (t) => {
  t.equal(surname('Erin Cunningham'), 'Cunningham')
  t.equal(surname('  Ben   Edwards. '), 'Edwards')
  t.equal(surname('Bruno (Henrique Zecchin) Rodrigues'), 'Rodrigues')
  t.equal(surname('Lucas Nolan 2016'), 'Nolan', 'a word without letters is not a name')
  t.equal(surname('Madonna'), 'Madonna')
  t.equal(surname('2016 — 12'), null)
  t.equal(surname(''), null)
  t.equal(foldCase('Aleš VÁVRA'), 'ales vavra')
  t.end()
})

t.test('byline: some gold surname is a whole word of the predicted byline', (t) => {
  t.ok(bylineMatches('By Erin Cunningham', ['Erin Cunningham']))
  t.ok(bylineMatches('by  JOE HILDEBRAND', ['Joe Hildebrand']), 'case-insensitive')
  t.ok(bylineMatches('E. Cunningham, Washington Post', ['Erin Cunningham']), 'the first name may differ')
  t.ok(bylineMatches('Stella Kim', ['Stella Kim', 'Jennifer Jett']), 'one of several authors is enough')
  t.ok(bylineMatches('Jennifer Jett and Stella Kim', ['Stella Kim']))
  t.ok(bylineMatches('Ales Vavra', ['Aleš Vávra']), 'accents folded on the gold side')
  t.ok(bylineMatches('Aleš Vávra', ['Ales Vavra']), 'and on the predicted side')
  t.ok(bylineMatches('Ale\u0161 Va\u0301vra', ['Aleš Vávra']), 'decomposed accents too')
  t.ok(bylineMatches('Por Ana Smith-Jones', ['Ana Smith-Jones']), 'a hyphenated surname is one word')
  t.notOk(bylineMatches('Jesa Marie CalaorDecember', ['Jesa Marie Calaor']), 'glued to the next word is not a whole word')
  t.notOk(bylineMatches('Tom Hardawary', ['Devindra Hardawar']), 'a longer word is not the surname')
  t.notOk(bylineMatches('Erin Smith', ['Erin Cunningham']), 'the first name alone is not enough')
  t.notOk(bylineMatches('Share Tweet', ['John Sexton']))
  t.notOk(bylineMatches(null, ['Erin Cunningham']))
  t.notOk(bylineMatches(' ', ['Erin Cunningham']), 'an empty prediction never matches')
  t.notOk(bylineMatches('Someone', []), 'no gold author: nothing can match')
  t.notOk(bylineMatches('2015', ['2015']), 'a gold "name" without letters has no surname')
  t.notOk(bylineMatches('by aab', ['X a+b']), 'regex characters in a name are literal')
  t.ok(bylineMatches('by a+b', ['X a+b']))
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

t.test('date, bare gold date: the predicted leading date or its UTC date', (t) => {
  t.ok(dateMatches('2015-04-30T07:19:58Z', '2015-04-30'))
  t.ok(dateMatches('2015-04-30', '2015-04-30'), 'a bare predicted date')
  t.ok(dateMatches('2023-12-17T23:30:00-05:00', '2023-12-17'), 'the page zone\'s own day, though UTC is the 18th')
  t.ok(dateMatches('2023-12-18T01:30:00+03:00', '2023-12-17'), 'the UTC day, though the page zone says the 18th')
  t.notOk(dateMatches('2023-12-18T04:30:00Z', '2023-12-17'), 'another day in every zone it gives')
  t.notOk(dateMatches('2024-12-17T00:00:00Z', '2023-12-17'), 'another year')
  t.ok(dateMatches('April 30, 2015 12:00 GMT', '2015-04-30'), 'a non-ISO prediction is read as an instant')
  t.notOk(dateMatches('soon', '2015-04-30'))
  t.notOk(dateMatches(null, '2015-04-30'))
  t.notOk(dateMatches('', '2015-04-30'))
  t.end()
})

t.test('date, gold with a time: its local day, or the same UTC day', (t) => {
  t.ok(dateMatches('2015-07-10T00:00:00Z', '2015-07-10T09:53:00-04:00'), 'a date-only parse of the page')
  t.ok(dateMatches('2021-11-01T09:52:50Z', '2021-11-01T10:52:50+0100'), 'the same instant')
  t.ok(dateMatches('2015-07-24T23:00:00Z', '2015-07-24T05:36:09+01:00'), 'same UTC day, another hour')
  t.ok(dateMatches('2016-12-23T02:00:00Z', '2016-12-22T20:00:00-08:00'), 'UTC day = gold UTC day (the 23rd)')
  t.notOk(dateMatches('2016-12-23', '2016-12-22T10:43:37-08:00'), 'neither the local nor the UTC day')
  t.ok(dateMatches('2019-04-28T06:01:00Z', '2019-04-28 06:01:07'), 'a gold time with no zone')
  t.notOk(dateMatches('2021-11-02T00:30:00Z', '2021-11-01T10:52:50+0100'))
  t.notOk(dateMatches('soon', '2015-04-30T10:00:00Z'))
  t.ok(dateMatches('2015-07-24', 'July 24, 2015 10:00 GMT'), 'a non-ISO gold is compared by its UTC day')
  t.end()
})

t.test('headline: the whole gold headline, up to spacing and quote style', (t) => {
  t.ok(headlineMatches('Biden pardons  thousands', 'Biden pardons thousands'))
  t.ok(headlineMatches('‘Star Wars’ returns', "'Star Wars' returns"))
  t.notOk(headlineMatches('Biden pardons', 'Biden pardons thousands | Site'), 'no part of a headline is forgiven')
  t.notOk(headlineMatches('Zimbabwe coup', 'Zimbabwe coup: Robert Mugabe insists'))
  t.notOk(headlineMatches('biden pardons thousands', 'Biden pardons thousands'), 'case-sensitive')
  t.notOk(headlineMatches(null, 'X'))
  t.notOk(headlineMatches('', ''))
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
