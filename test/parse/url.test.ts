// What a page's URL tells the parser: the day it was filed under and its slug's words. The URLs
// are the naeb records' own (../shared/corpus/naeb/NAME.expected.json, named beside each), and
// each expected value was read off the URL by hand.
import { existsSync, readFileSync } from 'node:fs'
import t from 'tap'
import { parsePage } from '../../src/parse/index.js'
import { isAddress } from '../../src/parse/model/header-features.js'
import { readUrl, slugWords, urlOverlap } from '../../src/parse/url.js'

const NAEB = new URL('../../../shared/corpus/naeb/', import.meta.url)

t.test('readUrl: the day in a path, in the forms news sites file under', (t) => {
  const cases: [string, string | null, string][] = [
    ['https://eu.telegram.com/story/news/local/2023/12/22/groton-mass-police-dog-bane-injured-hit-and-run/72011087007/', '2023-12-22', 'telegram-com-1: /YYYY/MM/DD/ before the slug, an id after it'],
    ['http://www.animenewsnetwork.com/news/2023-12-20/feat-pictures-to-open-totto-chan/.205663', '2023-12-20', 'animenewsnetwork-com-2: YYYY-MM-DD as one segment'],
    ['https://www.bloomberg.com/news/articles/2023-12-22/credit-card-debt-surge?srnd=premium-europe', '2023-12-22', 'bloomberg-com-1: the query is not read'],
    ['http://www.aljazeera.com/news/longform/2023/10/9/israel-hamas-war-in-maps-and-charts-live-tracker', null, 'aljazeera-com-1: a one-digit day is no whole date'],
    ['https://abcnews.go.com/business/wirestory/federal-agency-quashes-georgias-plan-pharmacies-sell-medical-105726154', null, 'abcnews-go-com-1: an id of nine digits is no date'],
    ['https://www.cnbc.com/2023/12/22/tebay-services.html', '2023-12-22', 'cnbc-com-2'],
    ['https://example.org/news/20231219-markets-close-higher', '2023-12-19', 'eight digits between separators'],
    ['https://example.org/news/2023/02/30/no-such-day', null, 'February has no 30th'],
    ['https://example.org/news/2023/13/01/no-such-month', null, 'nor a 13th month'],
    ['https://example.org/item/120231219450/', null, 'eight digits inside a longer number'],
  ]
  for (const [url, day, why] of cases) t.equal(readUrl(url)?.day, day, why)
  // medicalxpress-com-1 files under the month alone; a whole day gives its month too.
  t.equal(readUrl('https://medicalxpress.com/news/2023-12-statins-blood-clots-menopausal-hormone.html')?.month, '2023-12')
  t.equal(readUrl('https://medicalxpress.com/news/2023-12-statins-blood-clots-menopausal-hormone.html')?.day, null)
  t.equal(readUrl('https://www.cnbc.com/2023/12/22/tebay-services.html')?.month, '2023-12')
  t.equal(readUrl('https://example.org/item/2023-13-no-month')?.month, null)
  t.equal(readUrl('not a url'), null, 'an unreadable URL is no evidence, not an error')
  t.equal(readUrl(''), null)
  t.equal(readUrl(undefined), null)
  t.end()
})

t.test('slug words: lower-cased, apostrophes dropped as slugs drop them, bare numbers left out', (t) => {
  t.same(slugWords("Federal agency quashes Georgia's plan"), ['federal', 'agency', 'quashes', 'georgias', 'plan'])
  t.same(slugWords('2023 Mazda MX-5 Miata: $30,000'), ['mazda', 'mx', 'miata'])
  const url = readUrl('https://www.example.org/actualit%C3%A9s/%C3%A9lections-r%C3%A9gionales-2024')
  t.ok(url?.words.has('élections'), 'percent-encoded words are decoded')
  t.end()
})

t.test('urlOverlap: how much of the line the path holds, and how much of the path the line holds', (t) => {
  const url = readUrl('https://abcnews.go.com/business/wirestory/federal-agency-quashes-georgias-plan-pharmacies-sell-medical-105726154')
  // abcnews-go-com-1 line 11 (the headline) against line 12 (its standfirst)
  const headline = urlOverlap("Federal agency quashes Georgia's plan to let pharmacies sell medical marijuana", url)
  const standfirst = urlOverlap('Federal drug officials are warning Georgia to shelve its plans to be the first state to allow pharmacies to dispense medical marijuana', url)
  t.ok(headline.line > standfirst.line && headline.path > standfirst.path, 'the headline shares more with the slug than the standfirst does')
  t.equal(headline.path, 8 / 10, 'eight of the path\'s ten words: all but `business` and `wirestory`')
  t.same(urlOverlap('Any line at all', null), { line: 0, path: 0 }, 'no URL, no evidence')
  t.end()
})

t.test('a web address printed on the page is never its title', (t) => {
  t.ok(isAddress('https://www.nytimes.com/2023/12/22/opinion/same-sex-blessing-catholic-church.html'), 'nytimes-com-2 line 4')
  t.ok(isAddress('www.example.org/news/story'))
  t.notOk(isAddress('Visit https://example.org for more'), 'a sentence that holds an address is a sentence')
  t.notOk(isAddress('Opinion|I Know My Mother Loved Me.'))
  t.end()
})

t.test('the URL in a parse: the headline its slug names, the day when the page prints none', { skip: existsSync(NAEB) ? false : 'no naeb corpus' }, (t) => {
  const read = (name: string) => readFileSync(new URL(`${name}.txt`, NAEB), 'utf8')
  // abcnews-go-com-1: line 11 is the headline, line 12 a standfirst the slug shares fewer words with.
  const abc = parsePage(read('abcnews-go-com-1'), { url: 'https://abcnews.go.com/business/wirestory/federal-agency-quashes-georgias-plan-pharmacies-sell-medical-105726154' })
  t.equal(abc.title, "Federal agency quashes Georgia's plan to let pharmacies sell medical marijuana")
  t.equal(abc.evidence.title?.line, 11)
  t.equal(abc.provenance.publishedAt, 'page', 'the page prints its date (line 14): the page wins')
  t.equal(abc.evidence.publishedAt?.local, '2023-12-17T12:34:00')

  // techcrunch-com-1 prints no date at all: the day comes from the URL, and says so.
  const url = 'https://techcrunch.com/2023/12/22/proposed-new-rule-all-ai-output-must-rhyme/'
  const tc = parsePage(read('techcrunch-com-1'), { url })
  t.equal(tc.publishedAt, '2023-12-22T00:00:00Z')
  t.equal(tc.provenance.publishedAt, 'url')
  t.equal(tc.evidence.publishedAt, null, 'no page line holds it')
  t.equal(parsePage(read('techcrunch-com-1')).publishedAt, null, 'without the URL: no date, never a guess')

  // nytimes-com-2 prints its own URL on line 4, under the headline: the slug matches it word for
  // word, yet the headline is the title. The page prints it twice: on line 3 (its section glued
  // on with a bare bar) and on line 11.
  const ny = parsePage(read('nytimes-com-2'), { url: 'https://www.nytimes.com/2023/12/22/opinion/same-sex-blessing-catholic-church.html' })
  t.equal(ny.title, 'I Know My Mother Loved Me. The Church Could Have Helped Her Accept Me.')
  t.ok([3, 11].includes(ny.evidence.title?.line ?? 0), `read off line 3 or 11, not the address (line ${ny.evidence.title?.line})`)
  t.end()
})
