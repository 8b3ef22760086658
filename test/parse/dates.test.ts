// findDate on real article-header lines, copied from the shared readability corpus
// (../shared/corpus/readability/NAME.txt; the page is named in a comment beside each line).
// Every expected value was worked out by hand from the line: a named zone is applied
// (PST = UTC−8, EST = UTC−5), and a time with no zone is read as UTC, as findDate documents.
import t from 'tap'
import { findDate, findDateOf } from '../../src/parse/dates.js'
import { parsePage } from '../../src/parse/index.js'

t.test('findDate: month-name dates, English', (t) => {
  // cnet.txt — 11:00 PM PST on the 18th is 07:00 UTC on the 19th.
  t.equal(findDate('by Steven Musil January 18, 2017 11:00 PM PST'), '2017-01-19T07:00:00Z', 'zone applied across midnight')
  // bbc-1.txt — a date with no time is midnight UTC.
  t.equal(findDate('24 July 2015'), '2015-07-24T00:00:00Z')
  // herald-sun-1.txt — `9:00PM` with no space before PM, no zone.
  t.equal(findDate('March 13, 2015 9:00PM'), '2015-03-13T21:00:00Z')
  // guardian-1.txt — a dotted time `02.00` and EST; the first date, not the "Last modified" one.
  t.equal(findDate('Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST'), '2019-01-03T07:00:00Z')
  // nytimes-2.txt — an upper-case month after the byline.
  t.equal(findDate('By STEVEN DAVIDOFF SOLOMON JULY 29, 2016'), '2016-07-29T00:00:00Z')
  // article-author-tag.txt
  t.equal(findDate('by Laura June Topolsky July 10, 2015'), '2015-07-10T00:00:00Z')
  t.end()
})

t.test('findDate: a time after a separator belongs to the date', (t) => {
  // aclu.txt — `6:00 PM` after ` | ` is the publication time.
  const aclu = findDate('April 5, 2018 | 6:00 PM')
  t.equal(aclu?.slice(0, 10), '2018-04-05', 'the day is right')
  t.equal(aclu, '2018-04-05T18:00:00Z', 'the time after " | " is read')
  // cnn.txt — `2016: 12:41 PM ET`; ET in February is EST (UTC−5).
  const cnn = findDate('by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET')
  t.equal(cnn?.slice(0, 10), '2016-02-01', 'the day is right')
  t.equal(cnn, '2016-02-01T17:41:00Z', 'the time after "2016:" is read, ET as US Eastern', {
  })
  t.end()
})

t.test('findDate: numeric and ISO dates', (t) => {
  // heise.txt — day.month.year, German order.
  t.equal(findDate('08.04.2015 12:46'), '2015-04-08T12:46:00Z')
  // youth.txt — the date part of the header line, alone and in place.
  t.equal(findDate('2017-03-10 08:42:00'), '2017-03-10T08:42:00Z')
  t.equal(findDate('发稿时间：2017-03-10 08:42:00 来源： 人民日报海外版 中国青年网'), '2017-03-10T08:42:00Z')
  t.end()
})

t.test('findDate: French dates', (t) => {
  // liberation-1.txt — the first date (published), not the "Mis à jour" one.
  t.equal(findDate('AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)'), '2015-04-30T07:19:00Z')
  // liberation-1.txt — the masthead date, no time.
  t.equal(findDate('Journal numérique 30 avril 2015'), '2015-04-30T00:00:00Z')
  // lemonde-1.txt — `04.05.2015 à 13h36`: 4 May, the `h` time separator; the update comes later.
  t.equal(
    findDate('Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)'),
    '2015-05-04T13:36:00Z',
  )
  t.end()
})

t.test('findDate: CJK dates', (t) => {
  // qq.txt — 2016年10月14日07:17 (year, month, day markers).
  t.equal(findDate('TNW中文站2016年10月14日07:17'), '2016-10-14T07:17:00Z', 'a 年月日 date')
  t.end()
})

t.test('findDate: lines without a date', (t) => {
  const lines = [
    'Tech Industry', // cnet.txt
    'Facebook Is Tracking Me Even Though I’m Not on Facebook', // aclu.txt
    'From: Herald Sun', // herald-sun-1.txt
    'reader comments 75 with 51 posters participating', // ars-1.txt
    'Le séisme a fait près de 5 500 morts et touche huit des 28 millions d’habitants du Népal. Des dizaines de milliers de personnes sont sans abri.', // liberation-1.txt
    'by: Laurie Oakes', // herald-sun-1.txt
  ]
  for (const line of lines) t.equal(findDate(line), null, line)
  t.end()
})

t.test('findDate: out-of-range fields are not dates', (t) => {
  // Real lines with one field pushed out of range (bbc-1.txt, heise.txt, youth.txt).
  t.equal(findDate('32 July 2015'), null, 'day 32')
  t.equal(findDate('13.13.2015'), null, 'month 13, numeric')
  t.equal(findDate('2017-13-10 08:42:00'), null, 'month 13, ISO')
  t.equal(findDate('0 July 2015'), null, 'day 0')
  // A real leap day stays a date.
  t.equal(findDate('29 February 2016'), '2016-02-29T00:00:00Z', 'leap day')
  // Days that do not exist in their month must not roll over into the next one.
  for (const line of ['31 June 2015', '29 February 2015', '30.02.2015', 'April 31, 2018', '2017-02-30']) {
    t.equal(findDate(line), null, line)
  }
  t.end()
})

t.test('findDate: Arabic month names and digits', (t) => {
  t.equal(findDate('الثلاثاء 29 أغسطس 2017'), '2017-08-29T00:00:00Z', 'Egyptian month name')
  t.equal(findDate('٢٩ آب ٢٠١٧'), '2017-08-29T00:00:00Z', 'Levantine month name, Arabic-Indic digits')
  t.equal(findDate('3 كانون الثاني 2018 15:30'), '2018-01-03T15:30:00Z', 'a two-word month and a time')
  t.end()
})

t.test('findDate: relative times count back from the crawl time, and only with one', (t) => {
  const crawled = Date.parse('2017-08-29T17:47:30Z')
  t.equal(findDate('Updated 2 hours ago', crawled), '2017-08-29T15:47:00Z')
  t.equal(findDate('il y a 3 jours', crawled), '2017-08-26T17:47:00Z')
  t.equal(findDate('před 2 hodinami', crawled), '2017-08-29T15:47:00Z', 'aktualne.txt line 36')
  t.equal(findDate('hace una hora', crawled), '2017-08-29T16:47:00Z')
  t.equal(findDate('vor 5 Minuten', crawled), '2017-08-29T17:42:00Z')
  t.equal(findDate('15:47 GMT', crawled), '2017-08-29T15:47:00Z', 'a bare time is on the crawl day')
  t.equal(findDate('Updated: 19:05 GMT', crawled), '2017-08-28T19:05:00Z', 'or the day before when later than the crawl')
  t.equal(findDate('15:47 GMT'), null, 'a bare time without a crawl time is no date')
  t.equal(findDate('Updated 2 hours ago'), null, 'no crawl time, no date')
  t.equal(findDate('an hour or two ago we spoke', crawled), null, 'not a count of units')
  t.end()
})

t.test('findDateOf: the date as the page gives it, with the zone it names', (t) => {
  // The same lines as above: `local` keeps the page's clock and zone, `iso` is that moment in UTC.
  const local = (line: string, crawledAt?: number) => findDateOf(line, crawledAt)?.local
  t.equal(local('by Steven Musil January 18, 2017 11:00 PM PST'), '2017-01-18T23:00:00-08:00', 'cnet.txt: PST is UTC−8, the day stays the 18th')
  t.equal(local('by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET'), '2016-02-01T12:41:00-05:00', 'cnn.txt: ET in February')
  t.equal(local('Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST'), '2019-01-03T02:00:00-05:00', 'guardian-1.txt')
  t.equal(local('24 July 2015'), '2015-07-24', 'bbc-1.txt: a day without a time is the day alone')
  t.equal(local('08.04.2015 12:46'), '2015-04-08T12:46:00', 'heise.txt: no zone named, so no offset is made up')
  t.equal(local('2017-03-10T08:42:00+08:00'), '2017-03-10T08:42:00+08:00', 'an ISO offset is kept')
  t.equal(local('2017-03-10T08:42:00Z'), '2017-03-10T08:42:00+00:00', 'Z is UTC')
  t.equal(local('Updated 2 hours ago', Date.parse('2017-08-29T17:47:30Z')), '2017-08-29T15:47:00Z', 'counted back from the crawl: the crawl time, in UTC')
  // Whatever the form, `local` and `iso` are one moment when the page names a zone.
  for (const line of ['by Steven Musil January 18, 2017 11:00 PM PST', 'Thu 3 Jan 2019 02.00 EST', '2017-03-10T08:42:00+08:00']) {
    const d = findDateOf(line)
    t.equal(Date.parse(d?.local ?? ''), Date.parse(d?.iso ?? ''), `${line}: one moment`)
  }
  t.end()
})

t.test('parsePage: the date a header gives, and where it came from', (t) => {
  const paragraphs = [
    'Iraqi forces pushed deeper into the old city on Tuesday, officials said, as fighting went on.',
    'Residents said the fighting was the heaviest in weeks, and many had fled their homes overnight.',
    'The coalition says its victory is now inevitable, which would end the caliphate in Iraq for good.',
  ]
  const page = ['Home', 'World', 'Iraqi forces close in on the old city of Mosul', 'Updated 2 hours ago', ...paragraphs].join('\n')
  const relative = parsePage(page, { crawledAt: '2017-08-29T17:47:30Z' })
  t.equal(relative.title, 'Iraqi forces close in on the old city of Mosul')
  t.equal(relative.publishedAt, '2017-08-29T15:47:00Z')
  t.same(relative.provenance, { title: 'page', byline: null, publishedAt: 'page, relative to the crawl time' })
  const unknown = parsePage(page)
  t.equal(unknown.publishedAt, null, 'without a crawl time a relative date stays unknown')
  t.same(unknown.provenance, { title: 'page', byline: null, publishedAt: null })
  const absolute = parsePage(page.replace('Updated 2 hours ago', 'By Jane Doe | August 29, 2017 3:47 PM GMT'))
  t.equal(absolute.publishedAt, '2017-08-29T15:47:00Z')
  t.equal(absolute.byline, 'Jane Doe')
  t.same(absolute.provenance, { title: 'page', byline: 'page', publishedAt: 'page' })
  t.equal(absolute.evidence.publishedAt?.local, '2017-08-29T15:47:00+00:00', 'the evidence gives the date as the page does')
  t.equal(absolute.evidence.publishedAt?.line, 4, 'and the line it is on')
  const eastern = parsePage(page.replace('Updated 2 hours ago', 'By Jane Doe | August 29, 2017 11:47 AM EDT'))
  t.equal(eastern.publishedAt, '2017-08-29T15:47:00Z')
  t.equal(eastern.evidence.publishedAt?.local, '2017-08-29T11:47:00-04:00')
  t.end()
})

// Header lines from naeb pages (../shared/corpus/naeb), read off the page.
t.test('findDate: a date glued to the byline link before it', (t) => {
  t.equal(findDate('By Jesa Marie CalaorDecember 21, 2023'), '2023-12-21T00:00:00Z', 'allure-com-1 line 18')
  t.equal(findDate('By Cassidy GeorgeDecember 21, 2023'), '2023-12-21T00:00:00Z', 'gq-com-1 line 31')
  t.equal(findDate('Dec. 21, 2023 11:00 pm EST'), '2023-12-22T04:00:00Z', 'glam-com-1 line 19, the byline cut off: EST is UTC-5')
  t.end()
})

t.test('findDate: slashed numeric dates, month first unless the first number cannot be a month', (t) => {
  t.equal(findDate('12/14/2023'), '2023-12-14T00:00:00Z', 'billboard-com-1 line 67')
  t.equal(findDate('14/12/2023'), '2023-12-14T00:00:00Z', 'a day over 12 comes first')
  t.equal(findDate('2023/12/14'), '2023-12-14T00:00:00Z', 'year first')
  t.equal(findDate('13/13/2023'), null, 'no month 13 either way')
  t.end()
})

t.test('findDate: numeric dates with dashes or a two-digit year, a month or day glued to what stands before it', (t) => {
  t.equal(findDate('12-19-2023'), '2023-12-19T00:00:00Z', 'cbn-com-1: month-day-year with dashes')
  t.equal(findDate('12-05-23'), '2023-12-05T00:00:00Z', 'fastcompany-com-1: a two-digit year is this century')
  t.equal(findDate('By Nhari Djan • 12/11/23 4:23pm'), '2023-12-11T16:23:00Z', 'observer-com-2')
  t.equal(findDate('Mike Coppinger, ESPNDec 22, 2023, 06:21 AM ET'), '2023-12-22T11:21:00Z', 'espn-com-2: ESPN glued to Dec')
  t.equal(findDate('Nate Saunders, General Editor, F1Dec 19, 2023, 05:30 PM'), '2023-12-19T17:30:00Z', 'espn-co-uk-1 line 84: F1 glued to Dec')
  t.equal(findDate('By Hannah Jackson24 December 2023'), '2023-12-24T00:00:00Z', 'vogue-co-uk-1 line 21: the day glued to the name')
  t.equal(findDate('COVID19 cases'), null, 'a letter before a number alone makes no date')
  t.equal(findDate('12/5-23'), null, 'mixed separators are no date')
  t.equal(findDate('Call 555-12-34 now'), null, 'a phone number is no date')
  t.end()
})
