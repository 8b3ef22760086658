// Properties of parsePage on generated pages: it never throws, its result is well formed, and
// every character of the page ends up somewhere in the result (nothing is silently dropped).
// A fixed seed and bounded runs keep CI fast and a failure reproducible.
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import t from 'tap'
import { parsePage, type ParsedPage } from '../../src/parse/index.js'

const SEED = 20261126
const SHARED = new URL('../../../shared/', import.meta.url)

// Real pages: the seed page and the readability corpus (read in place, never copied).
const SEED_TEXT = readFileSync(new URL('seeds/000_998e60e0fad79041.txt', SHARED), 'utf8')
const CORPUS_PAGES: string[][] = (() => {
  const texts = [SEED_TEXT]
  const dir = new URL('corpus/readability/', SHARED)
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) texts.push(readFileSync(new URL(name, dir), 'utf8'))
  return texts.map((s) => s.split('\n').filter((l) => l.trim() !== ''))
})()
const CORPUS_LINES = CORPUS_PAGES.flat()

/** Our own copy of the wire-code pattern (patterns.ts): body lines lose these to `references`. */
const WIRE_CODE = /\s*\[(?:ID:)?n?(?<code>(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,12})\]/gu

// ---- generators -------------------------------------------------------------------------------

const corpusLine = fc.constantFrom(...CORPUS_LINES)
const hostile = fc.constantFrom(
  '\u0000', '\uFEFF', '\r', '\r\n', '\t', '\u00A0', '\u2028', '\u200B', '\uD800', '\uDFFF', '😀', 'é', '\u0301',
  '[L5N1GD7JK]', '[nL5N1GD7JK]', ' [ID:nL1N1GE0ZQ]', 'Source: Ahram online', 'By Jane Doe', 'All rights reserved',
  'Maintained and developed by', '© 2017 Reuters', 'GMT 15:45 2017 Tuesday ,29 August', 'Updated 2 hours ago',
  'Share this article', 'Advertisement', '"GAME IS UP"', 'ISOLATED', '', ' ', '...', '|', '•',
)
const junk = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  hostile,
)
/** Two pieces glued with no line break, as crawl text glues blocks (`…blastGMT 15:45 …`). */
const glued = fc.tuple(fc.oneof(corpusLine, hostile), fc.oneof(corpusLine, hostile, junk)).map(([a, b]) => a + b)
const longLine = fc.oneof(
  fc.string({ minLength: 2000, maxLength: 10_000 }),
  fc.array(corpusLine, { minLength: 5, maxLength: 40 }).map((ls) => ls.join(' ')),
)
const line = fc.oneof(
  { weight: 6, arbitrary: corpusLine },
  { weight: 3, arbitrary: junk },
  { weight: 2, arbitrary: glued },
  { weight: 1, arbitrary: fc.tuple(corpusLine, hostile).map(([l, h]) => l + h) },
  { weight: 1, arbitrary: fc.constant('') },
)
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\u0000', '\n\n')
/** A page: lines of real text, junk and hostile bits, joined by mixed line ends, maybe with a BOM. */
const page = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 60 }), fc.option(longLine, { freq: 8 }))
  .map(([bom, ls, long]) => (bom ? '\uFEFF' : '') + ls.map(([l, e]) => l + e).join('') + (long ?? ''))

/** A run of consecutive lines of one real page: real article structure, cut anywhere. */
const pageSlice = fc
  .tuple(fc.nat({ max: CORPUS_PAGES.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 120 }))
  .map(([p, from, n]) => {
    const ls = CORPUS_PAGES[p] as string[]
    const start = from % ls.length
    return ls.slice(start, start + n).join('\n')
  })

/**
 * The seed page (article, wire code, source, related headlines with timestamps, footer) with
 * lines inserted, deleted, replaced, glued to the next or given a wire code: the parser's every
 * kind of output is reached, in broken shapes.
 */
const edit = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('insert', 'delete', 'replace', 'glue', 'code', 'crlf', 'repeat'),
  text: fc.oneof(corpusLine, junk),
})
const mutatedSeed = fc.array(edit, { maxLength: 12 }).map((edits) => {
  const ls = SEED_TEXT.split('\n')
  for (const { at, op, text } of edits) {
    const i = at % Math.max(ls.length, 1)
    const cur = ls[i] ?? ''
    if (op === 'insert') ls.splice(i, 0, text)
    else if (op === 'delete') ls.splice(i, 1)
    else if (op === 'replace') ls[i] = text
    else if (op === 'glue') ls.splice(i, 2, cur + (ls[i + 1] ?? ''))
    else if (op === 'code') ls[i] = `${cur} [nL${String(at % 10)}N1GD7JK]`
    else if (op === 'crlf') ls[i] = `${cur}\r`
    else ls.splice(i, 0, cur)
  }
  return ls.join('\n')
})

const anyString = fc.oneof(
  fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), page, pageSlice,
  { weight: 3, arbitrary: mutatedSeed },
)

// ---- what the result must look like ------------------------------------------------------------

/** The page's non-empty lines, normalized as documented in normalize.ts (BOM, CR, NUL) and trimmed. */
function pageLines(raw: string): string[] {
  const text = (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r\n?/g, '\n').replaceAll('\u0000', '')
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
}

/** Every piece of page text the result holds, each once: where a line (or part of one) went. */
function placedText(r: ParsedPage): string[] {
  return [
    ...(r.title === null ? [] : [r.title]),
    ...r.sections.flatMap((s) => [...(s.heading === null ? [] : [s.heading]), ...s.paragraphs]),
    ...r.relatedHeadlines.map((h) => h.title),
    ...r.boilerplate,
  ]
}

const stripCodes = (s: string) => s.replace(WIRE_CODE, '')
const codesIn = (s: string) => [...s.matchAll(WIRE_CODE)].map((m) => m.groups?.code as string)

/** Non-white-space UTF-16 code units and how often each occurs. */
function charCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const s of texts) for (const c of s.replace(/\s/gu, '')) counts.set(c, (counts.get(c) ?? 0) + 1)
  return counts
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): string | null {
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    if ((a.get(k) ?? 0) !== (b.get(k) ?? 0)) return `${JSON.stringify(k)}: page ${a.get(k) ?? 0}, result ${b.get(k) ?? 0}`
  }
  return null
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?Z$/u
const isIso = (s: string | null) => s === null || (ISO.test(s) && !Number.isNaN(Date.parse(s)))
const nonEmptyTrimmed = (s: string) => typeof s === 'string' && s !== '' && s === s.trim()

function assertWellFormed(r: ParsedPage): void {
  const fail = (what: string) => {
    throw new Error(`${what}: ${JSON.stringify(r).slice(0, 500)}`)
  }
  if (r.title !== null && !nonEmptyTrimmed(r.title)) fail('title is a non-empty trimmed string or null')
  if (r.byline !== null && !nonEmptyTrimmed(r.byline)) fail('byline is a non-empty trimmed string or null')
  if (!isIso(r.publishedAt)) fail('publishedAt is ISO 8601 UTC or null')
  if (r.lang !== null && !/^[a-z]{2}$/u.test(r.lang)) fail('lang is an ISO 639-1 code or null')
  if ((r.title === null) !== (r.provenance.title === null)) fail('title and its provenance go together')
  if ((r.byline === null) !== (r.provenance.byline === null)) fail('byline and its provenance go together')
  if ((r.publishedAt === null) !== (r.provenance.publishedAt === null)) fail('publishedAt and its provenance go together')
  for (const field of ['title', 'byline', 'publishedAt'] as const) {
    const e = r.evidence[field]
    if ((r[field] === null) !== (e === null)) fail(`${field} and its evidence go together`)
    if (e !== null && !(Number.isInteger(e.line) && e.line >= 1 && e.confidence >= 0 && e.confidence <= 1)) fail(`${field} evidence is a line and a confidence`)
  }
  const local = r.evidence.publishedAt?.local
  // The page's own form of the date is the same moment, reading a time without a zone as UTC.
  if (local !== undefined && r.publishedAt !== null) {
    const asUtc = /(?:Z|[+-]\d\d:\d\d)$/u.test(local) ? local : local.length === 10 ? `${local}T00:00:00Z` : `${local}Z`
    if (!/^\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?)?$/u.test(local) || Date.parse(asUtc) !== Date.parse(r.publishedAt)) {
      fail('the date as the page gives it is ISO 8601 and the same moment as publishedAt')
    }
  }
  for (const s of r.sections) {
    if (s.heading === null && s.paragraphs.length === 0) fail('no empty section')
    if (s.heading !== null && !nonEmptyTrimmed(s.heading)) fail('headings are non-empty and trimmed')
    if (!s.paragraphs.every(nonEmptyTrimmed)) fail('paragraphs are non-empty and trimmed')
  }
  if (!r.references.every((c) => /^[A-Z0-9]{8,12}$/u.test(c))) fail('references are wire codes')
  if (new Set(r.references).size !== r.references.length) fail('each reference once')
  if (r.source !== null && !nonEmptyTrimmed(r.source.name)) fail('source name is non-empty')
  if (r.publisher !== null && !nonEmptyTrimmed(r.publisher.name)) fail('publisher name is non-empty')
  for (const h of r.relatedHeadlines) if (!nonEmptyTrimmed(h.title) || !isIso(h.publishedAt)) fail('related headlines are well formed')
  if (!r.boilerplate.every(nonEmptyTrimmed)) fail('boilerplate lines are non-empty and trimmed')
  if (!r.warnings.every((w) => typeof w === 'string' && w !== '')) fail('warnings are strings')
  // The result is the JSON contract of `newsstand parse`: it survives a round trip unchanged.
  if (JSON.stringify(JSON.parse(JSON.stringify(r))) !== JSON.stringify(r)) fail('JSON round trip')
}

/**
 * Nothing is silently dropped. What is guaranteed, precisely:
 * - title, headings, paragraphs, related-headline titles and boilerplate together hold every
 *   non-white-space character of the normalized page exactly once — except wire codes
 *   (`[nL5N1GD7JK]`) cut out of article lines, which must then be listed in `references`
 *   (bracket and `n`/`ID:` prefix go, and a code repeated on the page is listed once);
 * - each of those pieces is a piece of one page line (a glued line may be cut into several);
 * - byline, source, publisher and every date are read from a line that is itself kept in one of
 *   those places, so they are copies, not the only home of any text (a timestamp's text stays
 *   in boilerplate, a `Source:` line stays whole in boilerplate or in the article).
 * White space is not accounted for: lines are trimmed and a glued line's pieces are trimmed.
 */
function assertNothingDropped(raw: string, r: ParsedPage): void {
  const lines = pageLines(raw)
  const placed = placedText(r)
  const diff = sameCounts(charCounts(lines.map(stripCodes)), charCounts(placed.map(stripCodes)))
  if (diff !== null) throw new Error(`characters differ (${diff}) for page ${JSON.stringify(raw).slice(0, 800)}`)

  // Codes that are in the page but no longer in the placed text went to references.
  const left = new Map<string, number>()
  for (const c of lines.flatMap(codesIn)) left.set(c, (left.get(c) ?? 0) + 1)
  for (const c of placed.flatMap(codesIn)) left.set(c, (left.get(c) ?? 0) - 1)
  for (const [code, n] of left) {
    if (n > 0 && !r.references.includes(code)) throw new Error(`wire code ${code} was cut out but is not in references`)
  }
  const pageCodes = new Set(lines.flatMap(codesIn))
  for (const code of r.references) if (!pageCodes.has(code)) throw new Error(`reference ${code} is not on the page`)

  const bare = lines.map(stripCodes)
  const fromALine = (s: string) => bare.some((l) => l.includes(stripCodes(s)))
  for (const s of placed) if (!fromALine(s)) throw new Error(`${JSON.stringify(s)} is no piece of a page line`)
  for (const s of [r.byline, r.source?.name, r.publisher?.name]) {
    if (s != null && !lines.some((l) => l.includes(s))) throw new Error(`${JSON.stringify(s)} was not read from a page line`)
  }
}

// ---- the properties ------------------------------------------------------------------------------

t.test('parsePage never throws and returns a well-formed result', async (t) => {
  fc.assert(fc.property(anyString, (raw) => assertWellFormed(parsePage(raw))), { seed: SEED, numRuns: 600 })
  // With a crawl time, relative dates are resolved: the same guarantees hold.
  fc.assert(
    fc.property(page, fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), (raw, at) =>
      assertWellFormed(parsePage(raw, { crawledAt: at.toISOString() })),
    ),
    { seed: SEED, numRuns: 200 },
  )
  t.pass('600 strings and pages, 200 pages with a crawl time')
})

t.test('every non-empty line ends up in exactly one place of the result', async (t) => {
  fc.assert(fc.property(anyString, (raw) => assertNothingDropped(raw, parsePage(raw))), { seed: SEED, numRuns: 600 })
  t.pass('600 strings and pages')
})

t.test('the real pages keep every line too', async (t) => {
  const dir = new URL('corpus/readability/', SHARED)
  const pages = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
  for (const name of pages) {
    const raw = readFileSync(new URL(name, dir), 'utf8')
    t.doesNotThrow(() => assertNothingDropped(raw, parsePage(raw)), name)
  }
})

t.test('the accounting notices a dropped line', async (t) => {
  // The property itself is tested: a result that lost a line, or holds one twice, fails it.
  const raw = readFileSync(new URL('seeds/000_998e60e0fad79041.txt', SHARED), 'utf8')
  const r = parsePage(raw)
  t.ok(r.boilerplate.length > 0 && r.sections.length > 0, 'the seed page has both')
  t.doesNotThrow(() => assertNothingDropped(raw, r))
  t.throws(() => assertNothingDropped(raw, { ...r, boilerplate: r.boilerplate.slice(1) }), /characters differ/, 'a line lost')
  t.throws(() => assertNothingDropped(raw, { ...r, sections: r.sections.slice(1) }), /characters differ/, 'a section lost')
  t.throws(() => assertNothingDropped(raw, { ...r, boilerplate: [...r.boilerplate, r.boilerplate[0] as string] }), /characters differ/, 'a line twice')
  t.throws(() => assertNothingDropped(raw, { ...r, references: [] }), /not in references/, 'a wire code lost')
  t.throws(() => assertNothingDropped(raw, { ...r, boilerplate: [...r.boilerplate.slice(1), 'x'.repeat((r.boilerplate[0] as string).replace(/\s/gu, '').length)] }), /characters differ/, 'a line replaced')
})
