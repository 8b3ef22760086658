// findHeader on hand-made segments: how much of a title comes back in the lead (whole words for
// spaced scripts, characters for unspaced ones), and header dates from timestamp lines.
import t from 'tap'
import { classify } from '../../src/parse/classify.js'
import { findHeader } from '../../src/parse/header.js'
import { detectLanguage, type Language } from '../../src/parse/lang.js'
import { lineFeatures } from '../../src/parse/prose.js'

const P = 'Climate talks in Bonn collapsed on Friday after the delegates failed to agree on a text.'
const Q = 'The talks will resume in the spring, officials said, though few expect a deal by then.'

function header(lines: string[], firstProse: number, lang: Language, crawledAt?: number) {
  const segments = lines.map((text, i) => classify({ line: i + 1, text }))
  const features = segments.map((s) => (s.kind === 'text' ? lineFeatures(s.text, lang) : null))
  const occurrences = new Map<string, number>()
  for (const s of segments) occurrences.set(s.text, (occurrences.get(s.text) ?? 0) + 1)
  return findHeader(segments, features, firstProse, { lang, crawledAt, occurrences })
}

t.test('title words count when they stand in the lead as whole words', (t) => {
  const en = detectLanguage([P, Q])
  const title = 'Climate talks collapse in Bonn'
  // climate, talks, collapse, bonn: the lead has talks and bonn as words; "collapsed" and
  // "𝐀climate" (an astral letter glued on) are other words.
  const lead = `𝐀climate ${P.replace('Climate ', '')}`
  const h = header([title, lead, Q], 1, en)
  t.equal(h.title, 0)
  t.equal(h.titleOverlap, 2 / 4)
  t.equal(header([title, `${lead} Collapse, climate!`, Q], 1, en).titleOverlap, 4 / 4, 'after a comma or before a !, still whole words')
  t.end()
})

t.test('unspaced scripts: title characters that come back in the lead', (t) => {
  const zh = detectLanguage(['北京今天天气晴朗，气温回升到二十度。市民纷纷外出踏青，公园里人流如织。', '气象台预计明天将继续保持晴好天气。'])
  t.notOk(zh.spaced)
  const title = '北京天气晴朗温暖宜人'
  const lead = '北京今天天气晴朗，气温回升到二十度。市民纷纷外出踏青，公园里人流如织。'
  const chars = [...new Set(title)].filter((c) => !zh.stopwords.has(c))
  const expected = chars.filter((c) => lead.includes(c)).length / chars.length
  const h = header([title, lead], 1, zh)
  t.equal(h.title, 0)
  t.equal(h.titleOverlap, expected)
  t.ok(expected > 0 && expected < 1, 'some characters come back, not all')
  t.end()
})

t.test('a timestamp line above the article dates it, unless its time is not real', (t) => {
  const en = detectLanguage([P, Q])
  const crawled = Date.parse('2017-08-30T12:00:00Z')
  const good = header(['Climate talks collapse in Bonn', '29 August 2017 15:47 GMT', P, Q], 2, en, crawled)
  t.strictSame(good.date, { index: 1, iso: '2017-08-29T15:47:00Z', local: '2017-08-29T15:47:00+00:00', relative: false }, 'the zone the line names is kept')
  for (const crawledAt of [crawled, undefined]) {
    const bad = header(['Climate talks collapse in Bonn', '31 September 2017 15:47 GMT', P, Q], 2, en, crawledAt)
    t.equal(bad.date, null, `no date from an impossible timestamp (crawl time ${crawledAt === undefined ? 'unknown' : 'known'})`)
  }
  t.end()
})
