// Timestamp formats of src/parse/patterns.ts, through findEmbeddedTimestamp and parseWholeTimestamp.
// Calendar facts used below: 29 Aug 2017 was a Tuesday, 29 Feb 2016 a Monday; 2017 had no 29 Feb.
import t from 'tap'
import { findEmbeddedTimestamp, parseWholeTimestamp } from '../../src/parse/timestamps.js'

const STAMP = 'GMT 15:45 2017 Tuesday ,29 August'

t.test('findEmbeddedTimestamp: a stamp glued after text', (t) => {
  const before = '1 killed, 5 Injured in southern Baghdad blast'
  const text = `${before}${STAMP}`
  const m = findEmbeddedTimestamp(text)
  t.ok(m, 'found')
  t.equal(m?.start, before.length, 'starts right after the glued text')
  t.equal(m?.end, text.length, 'ends at the end of the stamp')
  t.equal(m?.iso, '2017-08-29T15:45:00Z')
  t.strictSame(m?.warnings, [])
  t.equal(text.slice(m?.start, m?.end), STAMP, 'start/end cut out exactly the stamp')
  t.end()
})

t.test('findEmbeddedTimestamp: a stamp with text after it, and the first of two', (t) => {
  const text = `Before${STAMP} and after itGMT 16:41 2017 Monday ,28 August`
  const m = findEmbeddedTimestamp(text)
  t.equal(m?.start, 'Before'.length)
  t.equal(m?.end, 'Before'.length + STAMP.length)
  t.equal(m?.iso, '2017-08-29T15:45:00Z', 'the first stamp, not the second')
  t.end()
})

t.test('findEmbeddedTimestamp: abbreviated and differently spaced names', (t) => {
  t.equal(findEmbeddedTimestamp('GMT 9:05 2017 Tue, 29 Aug')?.iso, '2017-08-29T09:05:00Z')
  t.equal(findEmbeddedTimestamp('GMT15:45 2017 tuesday ,29 august')?.iso, '2017-08-29T15:45:00Z', 'case-insensitive')
  t.equal(findEmbeddedTimestamp('GMT 10:00 2016 Monday ,29 February')?.iso, '2016-02-29T10:00:00Z', 'leap day')
  t.end()
})

t.test('findEmbeddedTimestamp: weekday that does not match the date', (t) => {
  const m = findEmbeddedTimestamp('GMT 15:45 2017 Monday ,29 August')
  t.equal(m?.iso, '2017-08-29T15:45:00Z', 'the date and time still stand')
  t.equal(m?.warnings.length, 1, 'one warning')
  t.match(m?.warnings[0], /Monday/, 'names the weekday the page gave')
  t.match(m?.warnings[0], /is a Tuesday/, 'names the real weekday')
  t.end()
})

t.test('findEmbeddedTimestamp: impossible dates and times give iso null and a warning', (t) => {
  for (const s of [
    'GMT 25:61 2017 Tuesday ,31 February',
    'GMT 10:00 2017 Wednesday ,29 February',
    'GMT 24:00 2017 Tuesday ,29 August',
    'GMT 15:60 2017 Tuesday ,29 August',
    'GMT 15:45 2017 Tuesday ,32 August',
  ]) {
    const m = findEmbeddedTimestamp(s)
    t.ok(m, `${s}: still found, so it can be cut out of its line`)
    t.equal(m?.iso, null, `${s}: iso null`)
    t.equal(m?.warnings.length, 1, `${s}: one warning`)
    t.match(m?.warnings[0], /not a real date/, `${s}: says why`)
  }
  t.end()
})

t.test('findEmbeddedTimestamp: text without a stamp', (t) => {
  t.equal(findEmbeddedTimestamp(''), null)
  t.equal(findEmbeddedTimestamp('The city fell on 29 August 2017 at 15:45 GMT.'), null, 'a date in prose is not this format')
  t.equal(findEmbeddedTimestamp('2017-08-29T15:47:00Z'), null, 'whole-only formats are never embedded')
  t.end()
})

t.test('parseWholeTimestamp: formats that stand alone', (t) => {
  const cases: Array<[string, string]> = [
    ['2017-08-29T15:47:00Z', '2017-08-29T15:47:00Z'],
    ['2017-08-29T15:47Z', '2017-08-29T15:47:00Z'],
    ['2017-08-29 15:47:30 UTC', '2017-08-29T15:47:30Z'],
    ['2017-08-29T15:47:00.000+00:00', '2017-08-29T15:47:00Z'],
    ['29 August 2017 15:47', '2017-08-29T15:47:00Z'],
    ['29 August 2017 15:47 GMT', '2017-08-29T15:47:00Z'],
    ['Tuesday 29 August 2017 15:47', '2017-08-29T15:47:00Z'],
    ['Tue, 29 Aug. 2017, 9:05', '2017-08-29T09:05:00Z'],
    [STAMP, '2017-08-29T15:45:00Z'],
  ]
  for (const [text, iso] of cases) {
    const m = parseWholeTimestamp(text)
    t.equal(m?.iso, iso, text)
    t.strictSame(m?.warnings, [], `${text}: no warning`)
    t.strictSame([m?.start, m?.end], [0, text.length], `${text}: spans the whole text`)
  }
  t.end()
})

t.test('parseWholeTimestamp: a date inside a sentence or with extra text is not a timestamp', (t) => {
  for (const text of [
    'The city fell on 29 August 2017 15:47.',
    '29 August 2017 15:47 in Baghdad',
    'Updated 2017-08-29T15:47:00Z',
    `Baghdad blast${STAMP}`,
    `${STAMP} and more`,
    '2017-08-29T15:47:00+03:00',
    '29 August 2017',
    '',
  ]) {
    t.equal(parseWholeTimestamp(text), null, JSON.stringify(text))
  }
  t.end()
})

t.test('parseWholeTimestamp: checks the calendar and the weekday too', (t) => {
  const bad = parseWholeTimestamp('2017-02-29T10:00:00Z')
  t.equal(bad?.iso, null)
  t.equal(bad?.warnings.length, 1)
  const wrongDay = parseWholeTimestamp('Monday 29 August 2017 15:47')
  t.equal(wrongDay?.iso, '2017-08-29T15:47:00Z')
  t.match(wrongDay?.warnings, [/is a Tuesday/])
  t.end()
})
