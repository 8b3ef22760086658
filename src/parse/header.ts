import { isHeadingLike } from './classify.js'
import { findDateOf, timestampLocal, type FoundDate } from './dates.js'
import type { Language } from './lang.js'
import { bylineMatch } from './patterns.js'
import type { LineFeatures } from './prose.js'
import type { Classified } from './types.js'

/** What is known about the page beyond its text. */
export interface PageContext {
  lang: Language
  /** When the page was crawled (ms since the epoch), for relative dates like `2 hours ago`. */
  crawledAt?: number | undefined
  /** How often each segment text occurs on the page, counted once per page. */
  occurrences: ReadonlyMap<string, number>
  /** findHeader's findings about this page's segments, kept between its calls; made when absent. */
  memo?: HeaderMemo
}

/**
 * What findHeader found out about each segment, by index: chooseArticle weighs every prose
 * stretch of the page (nine on an average readability page) and their 25-line header windows
 * overlap, so the same lines were searched for bylines and dates again and again. `undefined`:
 * not looked at yet. Only for the segments, language and crawl time of one page.
 */
export interface HeaderMemo {
  byline: (string | null | undefined)[]
  date: (FoundDate | null | undefined)[]
  titleLike: (boolean | undefined)[]
  contentWords: (string[] | undefined)[]
}

export function headerMemo(): HeaderMemo {
  return { byline: [], date: [], titleLike: [], contentWords: [] }
}

/** `found[i]`, worked out by `find` the first time it is asked for. */
function remembered<T>(found: (T | undefined)[], i: number, find: () => T): T {
  let value = found[i]
  if (value === undefined) {
    value = find()
    found[i] = value
  }
  return value
}

export interface Header {
  title: number | null
  /** Share of the title's words that come back in the text's lead: a real title's are many. */
  titleOverlap: number
  byline: { index: number; name: string } | null
  /** `relative`: counted back from the crawl time (`Updated 2 hours ago`). */
  date: ({ index: number } & FoundDate) | null
}

/** How far above the article the title, byline and date are looked for. */
const WINDOW = 25

/**
 * Title, byline and date from the lines just above the article (and its own leading short
 * lines). The title is the heading-like line that best looks like one: several words, followed
 * closely by a byline or date, often repeated on the page (og/h1/breadcrumb), near the text.
 */
export function findHeader(
  segments: readonly Classified[],
  features: readonly (LineFeatures | null)[],
  firstProse: number,
  { lang, crawledAt, occurrences, memo = headerMemo() }: PageContext,
): Header {
  const inLead = wordFinder(segments.slice(firstProse, firstProse + 6).map((s) => s.text).join(' '), lang)
  const from = Math.max(0, firstProse - WINDOW)
  const header: Header = { title: null, titleOverlap: 0, byline: null, date: null }

  for (let i = from; i < firstProse; i++) {
    const seg = segments[i] as Classified
    if (seg.kind !== 'text' && seg.kind !== 'timestamp') continue
    if (!header.byline) {
      const name = remembered(memo.byline, i, () => bylineName(seg.text, segments[i + 1]?.text))
      if (name) header.byline = { index: i, name }
    }
    if (!header.date && seg.text.length <= 160) {
      const date = remembered(memo.date, i, () =>
        seg.kind === 'timestamp' ? timestampDate(seg.iso, seg.text, crawledAt) : findDateOf(seg.text, crawledAt),
      )
      if (date) header.date = { index: i, ...date }
    }
  }

  let bestScore = 0
  for (let i = from; i < firstProse; i++) {
    const seg = segments[i] as Classified
    const f = features[i]
    if (seg.kind !== 'text' || !f || f.cls === 'noise' || !remembered(memo.titleLike, i, () => isTitleLike(seg.text))) continue
    if (i === header.byline?.index || i === header.date?.index) continue
    const size = lang.spaced ? f.words : seg.text.length / 2
    if (size < 3) continue
    let score = 1 + (size >= 4 && size <= 25 ? 0.5 : 0) - 0.04 * (firstProse - i)
    const nearMeta = [header.byline?.index, header.date?.index].some((m) => m !== undefined && m > i && m - i <= 4)
    if (nearMeta) score += 2
    if ((occurrences.get(seg.text) ?? 0) > 1) score += 1.5
    // A title announces what the text is about: its words come back in the lead.
    const words = remembered(memo.contentWords, i, () => [...contentWords(seg.text, lang)])
    const overlap = words.length > 0 ? words.filter(inLead).length / words.length : 0
    score += 3 * overlap
    if (score > bestScore) {
      bestScore = score
      header.title = i
      header.titleOverlap = overlap
    }
  }
  return header
}

/** A timestamp line's own time; one that is no real time may still hold a date, taken as relative. */
function timestampDate(iso: string | null, text: string, crawledAt: number | undefined): FoundDate | null {
  if (iso !== null) return { iso, local: timestampLocal(text, iso), relative: false }
  const found = crawledAt === undefined ? null : findDateOf(text, crawledAt)
  return found === null ? null : { ...found, relative: true }
}

/** Titles run longer than subheads (up to 30 words) but, like them, end in no full stop. */
export function isTitleLike(text: string): boolean {
  return isHeadingLike(text) || titleShaped(text)
}

/** The part of isTitleLike beyond isHeadingLike, for callers that know a line's headingLike already. */
export function titleShaped(text: string): boolean {
  return text.length <= 220 && !/[.;,…。]$/u.test(text) && text.split(/\s+/u).length <= 30
}

/** Lower-cased words that are not stopwords; single characters for unspaced scripts. */
function contentWords(text: string, lang: Language): Set<string> {
  const tokens = lang.spaced ? (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []) : [...text.replace(/[^\p{L}\p{N}]/gu, '')]
  return new Set(tokens.filter((t) => !lang.stopwords.has(t)))
}

/**
 * Whether a content word (see contentWords) is one of the lead's: a whole word of the lower-cased
 * lead (spaced scripts) or a character of it (unspaced). Content words are never stopwords, so
 * this is what a set of the lead's content words would say, without cutting a lead of six
 * paragraphs into words to look up a title's few.
 */
function wordFinder(lead: string, lang: Language): (word: string) => boolean {
  if (!lang.spaced) return (char) => lead.includes(char)
  const lower = lead.toLowerCase()
  return (word) => {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      if (!letterOrDigitBefore(lower, at) && !letterOrDigitAt(lower, at + word.length)) return true
    }
    return false
  }
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** Whether the code point that ends at `at` is a letter or digit (a surrogate pair counts whole). */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false
  const pair = at >= 2 && (text.codePointAt(at - 2) as number) > 0xffff
  return LETTER_OR_DIGIT.test(text.slice(pair ? at - 2 : at - 1, at))
}

/** Whether the code point that starts at `at` is a letter or digit. */
function letterOrDigitAt(text: string, at: number): boolean {
  return at < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) as number))
}

/** `By Jane Doe`, or `By` alone on its line with the name on the next. */
function bylineName(text: string, next: string | undefined): string | null {
  if (/^(?:by|par|por|von)\s*:?$/iu.test(text) && next && next.split(/\s+/u).length <= 5) return next
  const name = bylineMatch(text)?.groups?.name
  if (!name) return null
  // `by Laura June Topolsky July 10, 2015`, `By Erin Cunningham March 18 at 3:57 PM Follow @…`
  const cut = name.split(/\s+(?=(?:\d|@|on\b|updated\b|published\b|[-–—|•]))|\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu)[0] ?? name
  // `Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)`: the writer, not the photographer.
  const writer = cut.split(/\s*\((?:reporting|text|words|story)\)/iu)[0] ?? cut
  const clean = writer.replace(/[,;:]+$/u, '').trim()
  return clean.split(/\s+/u).length <= 12 ? clean : null
}
