// Pure scoring functions for `npm run eval`. No I/O here, so each rule can be unit-tested on its own
// (test/eval/metrics.test.ts) and the eval script stays a loop over pages.

/** Collapse whitespace runs to one space and trim: crawl text and expected records differ in spacing only. */
export function normalizeWs(s: string): string {
  return s.replace(/\s+/gu, ' ').trim()
}

// Chinese and Japanese are written without spaces, so a "run of letters" would be a whole sentence;
// one token per Han/Hiragana/Katakana character keeps their token F1 comparable to other languages.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
// Combining marks are kept inside a run so decomposed accents (NFD text) do not split a word in two.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu

/** Lower-cased word tokens: runs of letters/digits, and single CJK characters. */
export function tokenize(s: string): string[] {
  return s.toLowerCase().replace(CJK_CHAR, ' $& ').match(WORD) ?? []
}

/** Overlap counts between a predicted and an expected bag; micro averages sum these over pages. */
export interface Counts {
  matched: number
  predicted: number
  expected: number
}

export interface Scores {
  p: number
  r: number
  f1: number
}

/** Multiset intersection: each expected item can be matched by at most one predicted item. */
export function multisetCounts(predicted: readonly string[], expected: readonly string[]): Counts {
  const bag = new Map<string, number>()
  for (const e of expected) bag.set(e, (bag.get(e) ?? 0) + 1)
  let matched = 0
  for (const p of predicted) {
    const left = bag.get(p) ?? 0
    if (left > 0) {
      matched++
      bag.set(p, left - 1)
    }
  }
  return { matched, predicted: predicted.length, expected: expected.length }
}

/**
 * Precision, recall and F1 that are defined for empty inputs: a page with nothing expected and
 * nothing predicted is perfect (1), and one empty side scores 0 rather than NaN, so averages stay numbers.
 */
export function scores(c: Counts): Scores {
  if (c.predicted === 0 && c.expected === 0) return { p: 1, r: 1, f1: 1 }
  if (c.predicted === 0 || c.expected === 0) return { p: 0, r: 0, f1: 0 }
  const p = c.matched / c.predicted
  const r = c.matched / c.expected
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

export function multisetF1(predicted: readonly string[], expected: readonly string[]): Counts & Scores {
  const c = multisetCounts(predicted, expected)
  return { ...c, ...scores(c) }
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { matched: a.matched + b.matched, predicted: a.predicted + b.predicted, expected: a.expected + b.expected }
}

// Expected titles are the page's <title>, which often carries the site or author before or after the
// headline; a parser that returns just the headline is right. `: ` is included because some sites
// use `Site: Headline`.
// `_` is how many Chinese sites join title, channel and site name (`标题_教育频道_中国青年网`).
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' / ', ': ', '_']

/**
 * The expected title and every version of it with parts cut off at separators: all prefixes ending
 * at a separator (the trailing parts removed, repeatedly) and all suffixes starting after one
 * (leading parts removed, for `Site | Title`).
 */
export function titleCandidates(expected: string): string[] {
  const t = normalizeWs(expected)
  const out = new Set<string>([t])
  for (const sep of TITLE_SEPARATORS) {
    for (let i = t.indexOf(sep); i !== -1; i = t.indexOf(sep, i + 1)) {
      const head = t.slice(0, i).trim()
      const tail = t.slice(i + sep.length).trim()
      if (head) out.add(head)
      if (tail) out.add(tail)
    }
  }
  return [...out]
}

/** Case-sensitive: a title that lost its capitalisation is not the page's title. */
export function titleMatches(predicted: string | null | undefined, expected: string): boolean {
  if (predicted == null) return false
  const p = plainQuotes(normalizeWs(predicted))
  return p !== '' && titleCandidates(expected).map(plainQuotes).includes(p)
}

/**
 * A gold headline (not a <title>) has no site or author parts to forgive: the whole of it, up to
 * spacing and quote style.
 */
export function headlineMatches(predicted: string | null | undefined, expected: string): boolean {
  if (predicted == null) return false
  const p = plainQuotes(normalizeWs(predicted))
  return p !== '' && p === plainQuotes(normalizeWs(expected))
}

/**
 * A page's h1 often uses typographic quotes where its <title> has straight ones
 * (`‘Star Wars’` / `'Star Wars'`): the same title.
 */
function plainQuotes(s: string): string {
  return s.replace(/[‘’‚′]/gu, "'").replace(/[“”„″]/gu, '"')
}

/** Lower case without accents (NFD, marks stripped), so `Vávra` in a byline matches gold `Vavra`. */
export function foldCase(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The last word of a name that has a letter in it, as written, without edge punctuation; null when none has. */
export function surname(name: string): string | null {
  const words = normalizeWs(name).split(' ').map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
  return words.filter((w) => /\p{L}/u.test(w)).at(-1) ?? null
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/**
 * Some gold author's surname is a whole word of the predicted byline. Names are written in many
 * ways (`By JOE HILDEBRAND`, `Brenda Goodman, MA`, two authors in one line), and the surname is what
 * says the parser found the right line.
 */
export function bylineMatches(predicted: string | null | undefined, authors: readonly string[]): boolean {
  if (predicted == null) return false
  const p = foldCase(normalizeWs(predicted))
  if (p === '') return false
  return authors.some((a) => {
    const s = surname(a)
    return s !== null && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(foldCase(s))}(?![\\p{L}\\p{N}])`, 'u').test(p)
  })
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u

/**
 * Date.parse after fixing the forms the expected records use that it reads differently by machine:
 * `2017-11-03 03:01:00.000000` (space, microseconds) and `+0100` offsets. A time with no zone is
 * read as UTC, not local time, so the result does not depend on the TZ of whoever runs the eval.
 */
export function parseInstant(s: string): number {
  const t = s.trim()
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/iu.exec(t)
  if (!iso) return Date.parse(t)
  const [, date, time, frac, zone] = iso
  const ms = frac ? frac.slice(0, 4) : ''
  const tz = !zone ? 'Z' : zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/u, '$1:$2')
  return Date.parse(`${date}T${time}${ms}${tz}`)
}

const leadingDate = (s: string): string | null => /^\d{4}-\d{2}-\d{2}/u.exec(s.trim())?.[0] ?? null

function utcDate(s: string): string | null {
  const ms = parseInstant(s)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10)
}

/**
 * Same calendar day. A page dates its article in its own zone, so a date the parser wrote with that
 * zone is compared as written (its leading YYYY-MM-DD), and one converted to UTC by its UTC day.
 * A bare gold date matches either; a gold time matches on its own local day or on the UTC day.
 */
export function dateMatches(predicted: string | null | undefined, expected: string): boolean {
  if (predicted == null || predicted.trim() === '') return false
  const e = expected.trim()
  const pLocal = leadingDate(predicted)
  const pUtc = utcDate(predicted)
  if (DATE_ONLY.test(e)) return pLocal === e || pUtc === e
  const eLocal = leadingDate(e)
  const eUtc = utcDate(e)
  return (eLocal !== null && eLocal === pLocal) || (eUtc !== null && eUtc === pUtc)
}

/** Primary language subtag only: `en-US` and `en` are the same language for a parser's purposes. */
export function langMatches(predicted: string | null | undefined, expected: string): boolean {
  const primary = (s: string): string => s.trim().toLowerCase().split(/[-_]/u)[0] ?? ''
  if (predicted == null) return false
  const p = primary(predicted)
  return p !== '' && p === primary(expected)
}
