// Field-by-field check of parsePage on one real crawled page (seed 000).
// Expected values were written by reading the page line by line, not from parser output.
import { readFileSync } from 'node:fs'
import t from 'tap'
import { parsePage } from '../../src/parse/index.js'

// Read in place from the shared seeds, never copied into the repo.
const SEED = new URL('../../../shared/seeds/000_998e60e0fad79041.txt', import.meta.url)
const text = readFileSync(SEED, 'utf8')
const lines = text.split('\n')

/** Line n of the page (1-based, as `cat -n` numbers it), trimmed. */
function line (n: number): string {
  const l = lines[n - 1]
  if (l === undefined) throw new Error(`seed page has no line ${n}`)
  return l.trim()
}
const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => line(from + i))

// Hard-coded so the test does not only mirror the file.
const FIRST = 'U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left operational commanders behind with diehard followers to fight the battle of Mosul, and is now hiding out in the desert, focusing mainly on his own survival.'
const LAST = '"There will be other commanders rising because the structure of the organisation remains," said Fadhil Abu Ragheef, an Iraqi security expert specialized in IS affairs'
const LINE_26 = '"The inevitability of their destruction just becomes really a matter of time," said Major General Rupert Jones, deputy commander for the U.S.-led anti-Islamic State coalition, adding that the group\'s leadership was now focused on little more than survival.'
const WIRE_CODE = 'L5N1GD7JK'

const SECTIONS = [
  { heading: null, paragraphs: range(1, 5) },
  { heading: 'ISOLATED', paragraphs: range(7, 14) },
  // Line 26 is the only body line whose text changes: its wire code moves to `references`.
  { heading: 'GAME IS UP', paragraphs: [...range(16, 25), LINE_26, ...range(27, 36)] },
]

// A timestamp dates the headline that FOLLOWS it (line 38 is a bare stamp; 39–45 are
// "headline" + next stamp; 46 is the last headline glued to the footer).
const HEADLINES = [
  { title: '1 killed, 5 Injured in southern Baghdad blast', publishedAt: '2017-08-29T15:47:00Z' },
  { title: '2 killed in suicide car bombing in Iraq', publishedAt: '2017-08-29T15:45:00Z' },
  { title: 'Fierce clashes between Popular mobilization', publishedAt: '2017-08-29T15:32:00Z' },
  { title: 'Daesh leader arrested in northern Baghdad', publishedAt: '2017-08-28T16:41:00Z' },
  { title: '2 killed, 6 wounded in car bombing in eastern Baghdad', publishedAt: '2017-08-28T16:38:00Z' },
  { title: 'Civil defense, police stations to take over duties in Tal Afar', publishedAt: '2017-08-28T16:29:00Z' },
  { title: '1 killed, 5 Injured in southern Baghdad blast', publishedAt: '2017-08-28T15:47:00Z' },
  { title: '2 killed in suicide car bombing in Iraq', publishedAt: '2017-08-28T15:06:00Z' },
]
const STAMPS = [
  'GMT 15:47 2017 Tuesday ,29 August', 'GMT 15:45 2017 Tuesday ,29 August',
  'GMT 15:32 2017 Tuesday ,29 August', 'GMT 16:41 2017 Monday ,28 August',
  'GMT 16:38 2017 Monday ,28 August', 'GMT 16:29 2017 Monday ,28 August',
  'GMT 15:47 2017 Monday ,28 August', 'GMT 15:06 2017 Monday ,28 August',
]
const MAINTAINED = 'Maintained and developed by Arabs Today Group SAL.'
const RIGHTS = 'All rights reserved to Arab Today Media Group 2021 ©'

/** The parser may keep or strip a heading's surrounding double quotes; compare without them. */
const unquote = (h: string | null): string | null => h?.replace(/^"(.*)"$/, '$1') ?? null
const count = (xs: readonly string[], x: string): number => xs.filter(y => y === x).length

/**
 * What is left of `raw` after cutting out every occurrence of every piece, whitespace ignored.
 * Longest pieces go first so a short one (a heading, a headline) cannot split a longer one.
 */
function leftover (raw: string, pieces: readonly string[]): string {
  const ordered = pieces.filter(p => p.trim() !== '').sort((a, b) => b.length - a.length)
  let rest = raw
  for (const p of ordered) rest = rest.split(p).join('')
  return rest.replace(/\s+/g, '')
}

const page = parsePage(text)
const paragraphs = page.sections.flatMap(s => s.paragraphs)

// Guards against the fixture changing under us: a failure here is not a parser bug.
t.test('seed page is the one this test was written from', t => {
  t.equal(lines.length, 51, '51 lines')
  t.notOk(text.startsWith('\uFEFF') || text.includes('\r'), 'plain LF text, no BOM')
  t.equal(line(1), FIRST)
  t.equal(line(6), 'ISOLATED')
  t.equal(line(15), '"GAME IS UP"')
  t.equal(line(26), `${LINE_26} [${WIRE_CODE}]`)
  t.equal(line(36), LAST)
  t.end()
})

t.test('no title line: title is null', t => {
  t.equal(page.title, null)
  t.end()
})

t.test('body: three sections, 34 paragraphs, each the text of its line', t => {
  t.equal(page.sections.length, 3, 'three sections')
  t.equal(paragraphs.length, 34, '34 paragraphs in all')
  SECTIONS.forEach((want, i) => {
    const got = page.sections[i]
    t.equal(unquote(got?.heading ?? null), want.heading, `section ${i} heading`)
    t.strictSame(got?.paragraphs, want.paragraphs, `section ${i} paragraphs`)
  })
  t.equal(page.sections[0]?.paragraphs[0], FIRST, 'the lead is line 1')
  t.equal(paragraphs.at(-1), LAST)
  t.equal(page.sections[2]?.paragraphs[10], LINE_26)
  t.end()
})

t.test('wire code on line 26 becomes a reference', t => {
  t.strictSame(page.references, [WIRE_CODE])
  t.notOk(paragraphs.some(p => p.includes(`[${WIRE_CODE}]`)), 'no paragraph keeps the code')
  t.end()
})

t.test('source and publisher', t => {
  t.strictSame(page.source, { name: 'Ahram online' })
  // Publisher may grow more fields later; only its name is pinned. Not "Arabs Today Group SAL".
  t.equal(page.publisher?.name, 'Arab Today Media Group')
  t.end()
})

t.test('related headlines: 8, in page order, dated by the stamp before each', t => {
  t.strictSame(page.relatedHeadlines, HEADLINES)
  t.end()
})

t.test('boilerplate is kept, repeated as on the page, and kept out of the body', t => {
  const bp = page.boilerplate
  for (const s of ['Source: Ahram online', 'Send your comments', 'Your comment as a visitor', MAINTAINED, RIGHTS, ...STAMPS]) {
    t.ok(bp.includes(s), `boilerplate has ${JSON.stringify(s)}`)
  }
  // Lines 46–49 repeat the footer; each repeat is kept, not deduplicated.
  t.equal(count(bp, RIGHTS), 2, 'copyright line twice')
  t.equal(count(bp, MAINTAINED), 2, 'maintained-by line twice')

  const headings = page.sections.map(s => s.heading)
  for (const b of bp) {
    t.notOk(paragraphs.includes(b) || headings.includes(b), `${JSON.stringify(b)} is not body`)
  }
  // Not a bare "comment": line 13 legitimately says "released any comment".
  for (const bad of ['GMT 1', 'Source:', 'All rights reserved', 'Maintained and developed', /your comment/i]) {
    t.notOk(paragraphs.some(p => (typeof bad === 'string' ? p.includes(bad) : bad.test(p))), `no paragraph contains ${String(bad)}`)
  }
  t.end()
})

t.test('no warnings: every weekday matches its date (29 Aug 2017 was a Tuesday)', t => {
  t.strictSame(page.warnings, [])
  t.end()
})

t.test('nothing lost: every character of every line lands in some field', t => {
  const headings = page.sections.flatMap(s => (s.heading === null ? [] : [s.heading, `"${s.heading}"`]))
  const pieces = [
    ...(page.title === null ? [] : [page.title]),
    ...headings,
    ...paragraphs,
    ...page.references.map(r => `[${r}]`),
    ...page.relatedHeadlines.map(h => h.title),
    ...page.boilerplate,
  ]
  const lost = lines.flatMap((raw, i) => {
    const rest = leftover(raw, pieces)
    return rest === '' ? [] : [`line ${i + 1}: ${rest}`]
  })
  t.strictSame(lost, [], 'no line has text left over')
  t.end()
})

t.test('pure and deterministic: same result again, with CRLF, with a BOM', t => {
  t.strictSame(parsePage(text), page, 'second parse')
  t.strictSame(parsePage(text.replace(/\n/g, '\r\n')), page, 'CRLF line endings')
  t.strictSame(parsePage(`\uFEFF${text}`), page, 'UTF-8 BOM')
  t.end()
})
