import { type Analysis, headsRelatedHeadline } from '../analyse.js'
import { isHeadingLike } from '../classify.js'
import { titleShaped } from '../header.js'
import { findDateOf, timestampLocal, type FoundDate } from '../dates.js'
import { bylineMatch } from '../patterns.js'
import { bylineText, listWord } from './byline-text.js'
import type { Classified } from '../types.js'
import { urlOverlap } from '../url.js'

/**
 * Candidates for the title, the date and the byline, each with the evidence a reader uses and
 * no site in it: where the line stands against the article's first paragraph, its shape, what
 * stands next to it, whether the page prints it twice. The fitted models weigh the evidence;
 * the best candidate wins.
 */
export interface Candidate {
  index: number
  row: Float64Array
}

/** How far above the article's first line the header is looked for, and how far into it. */
const ABOVE = 40
const INTO = 4

/**
 * A title can stand further up than a byline or date: above a gallery, a standfirst, share
 * buttons. Leave-site-out title accuracy with 40, 60 and 100 lines: 0.803, 0.805, 0.811.
 */
const TITLE_ABOVE = 100

export const TITLE_FEATURES = [
  'rule_pick', 'distance', 'inside', 'words', 'good_size', 'near_meta', 'repeated', 'lead_overlap', 'separator',
  'question', 'first', 'nearest', 'all_caps', 'capitalised', 'colon', 'then_prose', 'menu_before', 'prefix_of_other', 'position',
  'body', 'stopwords', 'long', 'above_byline', 'lower_start', 'digits_only', 'is_meta', 'furniture', 'full_stop',
  'url_words', 'url_cover',
] as const

export function titleCandidates(a: Analysis, start: number, meta: readonly number[], body: readonly boolean[], furniture: ReadonlySet<string> = new Set()): Candidate[] {
  const { segments, features, lang } = a
  const from = Math.max(0, start - TITLE_ABOVE)
  const lead = new Set<string>()
  for (let i = start; i < Math.min(segments.length, start + 6); i++) for (const w of contentWords(a, i)) lead.add(w)
  const indexes: number[] = []
  for (let i = from; i < Math.min(segments.length, start + INTO); i++) {
    const seg = segments[i] as Classified
    const f = features[i]
    // Below the article's start, a credit, a timestamp or a footer ends the article's head: what
    // follows is a related headline, never the title.
    if (i > start && seg.kind !== 'text') break
    // Headlines may end in a full stop (`Government technology is famously bad. It doesn't have
    // to be.`): a short line is a candidate whatever its end, and the model weighs the stop.
    if (seg.kind !== 'text' || !f || f.cls === 'noise' || isAddress(seg.text) || !(a.headingLike[i] === true || titleShaped(seg.text) || (f.words <= 20 && seg.text.length <= 160))) continue
    const size = lang.spaced ? f.words : seg.text.length / 2
    if (size >= 2) indexes.push(i)
  }
  const nearestAbove = [...indexes].reverse().find((i) => i < start)
  const starts = prefixes(a)
  return indexes.map((i) => {
    const seg = segments[i] as Classified
    const f = features[i]
    const words = lang.spaced ? (f?.words ?? 0) : seg.text.length / 2
    const own = new Set(contentWords(a, i))
    const overlap = own.size === 0 ? 0 : [...own].filter((w) => lead.has(w)).length / own.size
    const tokens = seg.text.split(/\s+/u)
    const capitalised = tokens.filter((w) => /^\p{Lu}/u.test(w)).length / tokens.length
    const slug = urlOverlap(seg.text, a.url)
    return {
      index: i,
      row: new Float64Array([
        a.article.header.title === i ? 1 : 0,
        Math.log1p(Math.abs(start - i)) / 4,
        i >= start ? 1 : 0,
        Math.min(words, 40) / 40,
        words >= 4 && words <= 25 ? 1 : 0,
        meta.some((m) => m > i && m - i <= 4) ? 1 : 0,
        (a.occurrences.get(seg.text) ?? 0) > 1 ? 1 : 0,
        overlap,
        /\s[|–—-]\s|\s::\s/u.test(seg.text) ? 1 : 0,
        /[?!]$/u.test(seg.text) ? 1 : 0,
        i === indexes[0] ? 1 : 0,
        i === nearestAbove ? 1 : 0,
        seg.text === seg.text.toUpperCase() && /\p{Lu}/u.test(seg.text) ? 1 : 0,
        capitalised,
        seg.text.includes(':') ? 1 : 0,
        features[i + 1]?.cls === 'prose' ? 1 : 0,
        shortLinesBefore(a, i) >= 3 ? 1 : 0,
        starts.has(seg.text) ? 1 : 0,
        segments.length > 1 ? i / (segments.length - 1) : 0,
        body[i] ? 1 : 0,
        f?.stopwordDensity ?? 0,
        words > 20 ? 1 : 0,
        meta.some((m) => m > i && m - i <= 2) && !meta.includes(i - 1) ? 1 : 0,
        /^\p{Ll}/u.test(seg.text) ? 1 : 0,
        /^[\d\s.,:%+$()-]+$/u.test(seg.text.replace(/\p{L}{1,3}/gu, '')) ? 1 : 0,
        meta.includes(i) ? 1 : 0,
        f === null || f === undefined || f.content.length === 0 ? 0 : f.content.filter((w) => furniture.has(w)).length / f.content.length,
        /[.;,…。]$/u.test(seg.text) ? 1 : 0,
        slug.line,
        slug.path,
      ]),
    }
  })
}

/**
 * A line that is a web address (a share link, the canonical URL printed under the headline) is
 * never the title, though its slug holds the title's words.
 */
export function isAddress(text: string): boolean {
  return /^(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S+$/iu.test(text.trim())
}

/** Lines that another line of the page repeats with a site name after a separator (`Title | Site`). */
function prefixes(a: Analysis): Set<string> {
  const out = new Set<string>()
  for (const s of a.segments) {
    if (!mayEndWithName(s.text)) continue
    const m = /^(.{10,200}?)\s+[|–—-]\s+[^|–—-]{2,40}$/u.exec(s.text)
    if (m?.[1] !== undefined) out.add(m[1])
  }
  return out
}

/**
 * `Title | Site` needs its last separator followed by a space and a short tail: most lines (long
 * prose with a hyphen somewhere) are ruled out here, not by the regex, which is slow on them.
 */
export function mayEndWithName(text: string): boolean {
  // Backwards from the end to the last separator, reading no further than a name can be long.
  let name = 0
  let spaces = 0
  for (let j = text.length - 1; j >= 10; j--) {
    const c = text.charCodeAt(j)
    if (c === 0x7c || c === 0x2d || c === 0x2013 || c === 0x2014) return spaces > 0 && text.length - j - 1 >= 3 && name <= 80
    // \s and trim() know the same spaces; 40 characters may take 80 UTF-16 units.
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/u.test(text[j] as string))) spaces++
    else {
      spaces = 0
      name = text.length - j
      if (name > 80) return false
    }
  }
  return false
}

function shortLinesBefore(a: Analysis, i: number): number {
  let n = 0
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if ((a.features[j]?.words ?? 0) <= 3) n++
  }
  return n
}


/** What segment i is about: its content words (see lineFeatures), or its characters in an unspaced script. */
function contentWords(a: Analysis, i: number): readonly string[] {
  const text = a.segments[i]?.text ?? ''
  return a.lang.spaced ? (a.features[i]?.content ?? []) : [...text.replace(/[^\p{L}\p{N}]/gu, '')]
}

export const DATE_FEATURES = [
  'rule_pick', 'distance', 'below_start', 'after_title', 'near_title', 'in_body', 'updated', 'published', 'short', 'timestamp',
  'has_time', 'earliest', 'latest', 'relative', 'byline_near', 'after_article', 'in_list', 'position', 'url_day',
  'url_month',
] as const

export interface DateCandidate extends Candidate, FoundDate {}

/** A date found on a line; `text` is the part of the line it stands in (see datesOf). */
type DateFound = FoundDate & { index: number; text: string }
/** Each page's dated lines, found once: the header is chosen in two passes that both need them. */
const datesFound = new WeakMap<Analysis, DateFound[]>()

function datesOf(a: Analysis): DateFound[] {
  let found = datesFound.get(a)
  if (found !== undefined) return found
  found = []
  a.segments.forEach((seg, i) => {
    if (seg.text.length > 200 || (seg.kind !== 'text' && seg.kind !== 'timestamp')) return
    if (seg.kind === 'timestamp' && seg.iso !== null) {
      found.push({ index: i, iso: seg.iso, local: timestampLocal(seg.text, seg.iso), relative: false, text: seg.text })
      return
    }
    // `Updated Dec. 23, 2023 / Published Dec. 22, 2023`: each field of a header line is its own
    // candidate, judged by its own words.
    const seen = new Set<string>()
    for (const part of seg.text.split(/\s+[|/•·]\s+|\s*\|\s*/u)) {
      const date = findDateOf(part, a.crawledAt)
      if (date && !seen.has(date.iso)) {
        seen.add(date.iso)
        found.push({ index: i, ...date, text: part })
      }
    }
  })
  datesFound.set(a, found)
  return found
}

export function dateCandidates(a: Analysis, start: number, title: number | null, body: readonly boolean[]): DateCandidate[] {
  const { segments } = a
  // A related headline's date is that headline's: the page files it with it (see assemble).
  const found = datesOf(a).filter((d) => !headsRelatedHeadline(a, body, d.index))
  if (found.length === 0) return []
  const times = found.map((d) => Date.parse(d.iso))
  const earliest = Math.min(...times)
  const latest = Math.max(...times)
  const bylines = segments.map((s, i) => Math.abs(i - start) <= ABOVE && isBylineLine(s.text))
  return found.map((d, k) => {
    const seg = segments[d.index] as Classified
    const lower = d.text.toLowerCase()
    const next = segments[d.index + 1]
    return {
      index: d.index,
      iso: d.iso,
      local: d.local,
      relative: d.relative,
      row: new Float64Array([
        a.article.header.date?.index === d.index ? 1 : 0,
        Math.log1p(Math.abs(start - d.index)) / 4,
        d.index >= start ? 1 : 0,
        title !== null && d.index > title ? 1 : 0,
        title !== null && Math.abs(d.index - title) <= 6 ? 1 : 0,
        body[d.index] ? 1 : 0,
        /updated|modified|edited|aktualisiert|mis à jour|actualizado|atualizado/u.test(lower) ? 1 : 0,
        /published|posted|publié|publicado|veröffentlicht|first/u.test(lower) ? 1 : 0,
        d.text.length <= 60 ? 1 : 0,
        seg.kind === 'timestamp' ? 1 : 0,
        /\d[:h.]\d\d/u.test(d.text) ? 1 : 0,
        times[k] === earliest ? 1 : 0,
        times[k] === latest ? 1 : 0,
        d.relative ? 1 : 0,
        bylines.slice(Math.max(0, d.index - 3), d.index + 4).some(Boolean) ? 1 : 0,
        d.index > a.article.hi ? 1 : 0,
        next !== undefined && isHeadingLike(next.text) && d.index > a.article.hi ? 1 : 0,
        segments.length > 1 ? d.index / (segments.length - 1) : 0,
        filedUnder(d, a.url?.day) ? 1 : 0,
        filedUnder(d, a.url?.month) ? 1 : 0,
      ]),
    }
  })
}

/** Whether a date is on the day (`2023-12-22`) or in the month (`2023-12`) a URL files its page under. */
function filedUnder(d: FoundDate, prefix: string | null | undefined): boolean {
  return prefix != null && (d.local.startsWith(prefix) || d.iso.startsWith(prefix))
}

function isBylineLine(text: string): boolean {
  return text.length <= 120 && (bylineMatch(text) !== null || /^by\s*\p{Lu}/iu.test(text))
}

/** A byline can stand below the first paragraph: after a photo and its caption, a standfirst. */
const BYLINE_INTO = 15

export const BYLINE_FEATURES = [
  'rule_pick', 'distance', 'below_start', 'by', 'glued_by', 'name_shape', 'words', 'near_title', 'near_date', 'keyword',
  'digits', 'in_body', 'repeated', 'and', 'not_name_words',
] as const

export interface BylineCandidate extends Candidate {
  name: string
}

export function bylineCandidates(
  a: Analysis,
  start: number,
  title: number | null,
  dates: readonly number[],
  body: readonly boolean[],
  notNames: ReadonlySet<string>,
): BylineCandidate[] {
  const { segments } = a
  const out: BylineCandidate[] = []
  for (let i = Math.max(0, start - ABOVE); i < Math.min(segments.length, start + BYLINE_INTO); i++) {
    const seg = segments[i] as Classified
    if (seg.kind !== 'text' || seg.text.length > 160 || i === title) continue
    const name = bylineAt(a, i)
    if (name === null) continue
    const words = name.split(/\s+/u)
    out.push({
      index: i,
      name,
      row: new Float64Array([
        a.article.header.byline?.index === i ? 1 : 0,
        Math.log1p(Math.abs(start - i)) / 4,
        i >= start ? 1 : 0,
        /^by\b/iu.test(seg.text) || bylineMatch(seg.text) !== null ? 1 : 0,
        /^by\p{Lu}/u.test(seg.text) ? 1 : 0,
        words.length >= 2 && words.length <= 4 && words.every((w) => /^(?:\p{Lu}|and$|&$|de$|van$|von$)/u.test(w)) ? 1 : 0,
        Math.min(words.length, 12) / 12,
        title !== null && i > title && i - title <= 5 ? 1 : 0,
        dates.some((d) => Math.abs(d - i) <= 2) ? 1 : 0,
        /^(?:written by|words by|author|reporter|by)\b/iu.test(seg.text) ? 1 : 0,
        /\d/u.test(name) ? 1 : 0,
        body[i] ? 1 : 0,
        (a.occurrences.get(seg.text) ?? 0) > 1 ? 1 : 0,
        /\band\b|&/u.test(name) ? 1 : 0,
        words.filter((w) => notNames.has(listWord(w))).length / words.length,
      ]),
    })
  }
  return out
}

/** Each page's byline texts by segment, worked out once (undefined: not yet). */
const bylinesFound = new WeakMap<Analysis, (string | null | undefined)[]>()

function bylineAt(a: Analysis, i: number): string | null {
  let found = bylinesFound.get(a)
  if (found === undefined) bylinesFound.set(a, (found = []))
  let name = found[i]
  if (name === undefined) found[i] = name = bylineText((a.segments[i] as Classified).text, a.segments[i + 1]?.text)
  return name
}

/**
 * Lines that may be a date (anywhere: a related headline's date marks its title too) or a byline
 * (near where the article starts): a title stands right above them, evidence for the title model.
 */
export function metaLines(a: Analysis, start: number): number[] {
  const out = datesOf(a).map((d) => d.index)
  for (let i = Math.max(0, start - ABOVE); i < Math.min(a.segments.length, start + BYLINE_INTO); i++) {
    const seg = a.segments[i] as Classified
    // Only lines that say they are a byline: a bare name reads like a short headline.
    if (seg.kind === 'text' && seg.text.length <= 160 && isBylineLine(seg.text) && bylineAt(a, i) !== null) out.push(i)
  }
  return out
}
