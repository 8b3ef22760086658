// Shortcuts that only skip work must not change a verdict. The NOISE patterns' `mayMatch` hints:
// a hint that said no to a line its pattern matches would change what is noise. anyOf: a joined
// regex must match exactly the lines one of its patterns matches. Likewise the byline, footer and
// relative-date shortcuts. Checked on every line of the shared corpus pages, as they are and with
// the case changes that /iu matching sees through (ſ for s, the Kelvin sign for k).
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import t from 'tap'
import { findDate } from '../../src/parse/dates.js'
import { mayEndWithName } from '../../src/parse/model/header-features.js'
import { quotesInside } from '../../src/parse/model/line-features.js'
import { anyOf, BYLINE_CI, bylineMatch, FOOTER_STARTS, NOISE, PROMPTS } from '../../src/parse/patterns.js'

const dirs = ['../../../shared/corpus/readability/', '../../../shared/seeds/'].map((d) => new URL(d, import.meta.url))
const lines = dirs.flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n')),
)
const variants = (line: string): string[] => [
  line,
  line.toUpperCase(),
  line.toLowerCase(),
  line.replace(/s/gu, 'ſ'),
  line.replace(/k/giu, '\u212A'),
]

t.test('a NOISE hint never rules out a line its pattern matches', (t) => {
  const hinted = NOISE.filter((n) => n.mayMatch !== undefined)
  t.ok(hinted.length > 0, 'some patterns have hints')
  for (const { pattern, mayMatch } of hinted) {
    const matched = lines.flatMap(variants).filter((line) => pattern.test(line))
    const missed = matched.filter((line) => !mayMatch?.(line, line.toLowerCase()))
    t.strictSame(missed, [], `${pattern.source.slice(0, 50)}: ${matched.length} matching lines, none missed`)
  }
  t.end()
})

t.test('NOISE hints: hand-made lines', (t) => {
  const cases = [
    'We use cookieſ to improve your experience',
    'By continuing you agree to our use of COO\u212AIES',
    'Photo: Shutterstoc\u212A',
    'Picture: Reuterſ)',
    'Home > News > World',
    'Subscribe to our NEWSLETTER today',
    'S\u212Aip to content',
    'caption | Photo by Jane Doe',
  ]
  for (const line of cases) {
    const missed = NOISE.filter(({ pattern, mayMatch }) => pattern.test(line) && mayMatch?.(line, line.toLowerCase()) === false)
    t.strictSame(missed.map((n) => n.pattern.source), [], line)
    t.ok(NOISE.some(({ pattern }) => pattern.test(line)), `${line}: is noise`)
  }
  t.end()
})

t.test('anyOf matches where one of its patterns does', (t) => {
  const unhinted = NOISE.filter((n) => n.mayMatch === undefined && n.pattern.flags === 'iu').map((n) => n.pattern)
  for (const patterns of [unhinted, PROMPTS]) {
    const joined = anyOf(patterns)
    const all = lines.flatMap(variants)
    const disagree = all.filter((line) => joined.test(line) !== patterns.some((p) => p.test(line)))
    t.strictSame(disagree, [], `${patterns.length} patterns joined, ${all.filter((l) => joined.test(l)).length} lines matched`)
  }
  t.end()
})

t.test('anyOf refuses what it cannot join', (t) => {
  t.throws(() => anyOf([]), /no patterns/u)
  t.throws(() => anyOf([/a/iu, /b/u]), /cannot join/u, 'different flags')
  t.throws(() => anyOf([/(?<name>a)/u]), /cannot join/u, 'a named group')
  t.throws(() => anyOf([/(a)\1/u]), /cannot join/u, 'a backreference')
  t.ok(anyOf([/(?<=a)b/u]).test('ab'), 'a lookbehind is no group of its own')
  t.end()
})

t.test('bylineMatch is BYLINE_CI, only skipped where it cannot match', (t) => {
  const all = lines.flatMap(variants)
  const differ = all.filter((line) => bylineMatch(line)?.groups?.name !== BYLINE_CI.exec(line)?.groups?.name)
  t.strictSame(differ, [], `${all.filter((l) => BYLINE_CI.test(l)).length} byline lines`)
  for (const line of ['By Jane Doe', 'PAR Sébastien Farcis', 'Le Monde | 04.05.2015 | Par Martin Untersinger', 'News • by: Laurie Oakes']) {
    t.equal(bylineMatch(line)?.groups?.name, BYLINE_CI.exec(line)?.groups?.name, line)
  }
  t.end()
})

t.test('every footer-start match begins with the phrase it is looked up by', (t) => {
  for (const { opens, pattern } of FOOTER_STARTS) {
    const all = lines.flatMap(variants)
    const missed = all.filter((line) => [...line.matchAll(pattern)].some((m) => !line.startsWith(opens, m.index)))
    t.strictSame(missed, [], `${opens}: ${all.filter((l) => l.includes(opens)).length} lines hold it`)
  }
  t.end()
})

t.test('relative dates are found in any case', (t) => {
  const crawled = Date.parse('2017-08-29T17:47:00Z')
  for (const line of ['Updated 2 hours ago', 'il y a 3 jours', 'hace una hora', 'vor 5 Minuten', 'před 2 hodinami']) {
    const date = findDate(line, crawled)
    t.ok(date, line)
    t.equal(findDate(line.toUpperCase(), crawled), date, line.toUpperCase())
  }
  t.end()
})

// The models' scans that replaced regexes (a regex that backtracked, or ran on every line): each
// must say what the regex it replaced said, on every corpus line and on generated lines made of
// the characters they look at (separators, quotes, ASCII and other spaces, a surrogate pair).
const naeb = new URL('../../../shared/corpus/naeb/', import.meta.url)
const pageLines = [
  ...lines,
  ...readdirSync(naeb).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(new URL(f, naeb), 'utf8').split('\n')),
]
const shaped = fc.array(fc.constantFrom('a', 'B', ' ', '\u00a0', '\u2009', '\t', '|', '-', '–', '—', '"', '“', '”', '«', '»', '„', 'é', '😀', '.'), { maxLength: 120 }).map((cs) => cs.join(''))

t.test("the 'Title | Site' scan rules out no line the pattern matches", (t) => {
  const titleSite = /^(.{10,200}?)\s+[|–—-]\s+[^|–—-]{2,40}$/u
  const missed = pageLines.filter((line) => titleSite.test(line) && !mayEndWithName(line))
  t.strictSame(missed, [], `${pageLines.filter((l) => titleSite.test(l)).length} corpus lines match, none ruled out`)
  fc.assert(fc.property(shaped, (line) => !titleSite.test(line) || mayEndWithName(line)), { numRuns: 20_000 })
  t.end()
})

t.test('the quotation scan says what the one-pass loop it replaced said', (t) => {
  // The loop before the scan: an opening quote after a space and before a non-space, then any
  // closing quote ten or more characters on.
  const loop = (text: string): boolean => {
    let open = -1
    for (let i = 1; i < text.length; i++) {
      const c = text[i] as string
      if (open === -1) {
        if ('"“«„'.includes(c) && /\s/u.test(text[i - 1] as string) && i + 1 < text.length && !/\s/u.test(text[i + 1] as string)) open = i
      } else if ('"”»'.includes(c) && i - open >= 10) return true
    }
    return false
  }
  const differ = pageLines.filter((line) => loop(line) !== quotesInside(line))
  t.strictSame(differ, [], `${pageLines.filter(quotesInside).length} corpus lines quote inside, every verdict the same`)
  fc.assert(fc.property(shaped, (line) => loop(line) === quotesInside(line)), { numRuns: 20_000 })
  t.end()
})
