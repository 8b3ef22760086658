import { isHeadingLike } from './classify.js'
import { findDate } from './dates.js'
import { bylineMatch, closesArticle } from './patterns.js'
import { findHeader, type Header, type PageContext } from './header.js'
import type { Language } from './lang.js'
import { isSentenceLike, type LineFeatures } from './prose.js'
import { proseStretches, type Stretch } from './region.js'
import type { Classified } from './types.js'

export interface Article {
  /** Inclusive bounds of the article's segments. */
  lo: number
  hi: number
  header: Header
  /** Interruptions inside it (charts, share boxes, link boxes): their segments are not article text. */
  skipped: [number, number][]
  /** The text had no page furniture at all and is taken whole. */
  clean: boolean
}

/**
 * Which prose stretch is the article. Sheer volume is not enough: comment threads and live-blog
 * sidebars can outweigh a short article. The article is the stretch under a header (a title
 * with a byline or date right below it) and tends to come before the page's other prose.
 */
export function chooseArticle(
  segments: readonly Classified[],
  features: readonly (LineFeatures | null)[],
  ctx: PageContext,
): Article {
  const { lang } = ctx
  if (isCleanText(segments, features)) return wholeText(segments, features, ctx)
  let best: (Article & { score: number }) | null = null
  // A copyright footer closes the page: prose after it (a second footer, a comment widget) is not the article.
  const footer = segments.findIndex((s) => s.kind === 'footer')
  const stretches = proseStretches(segments, features)
  // Likewise a comment-thread header after prose ("There are 13 comments"): what comes after it
  // is comments.
  const closing = segments.findIndex((s, i) => s.kind === 'text' && closesArticle(s.text)?.hard === true && stretches.some((p) => p.end < i))
  for (const s of stretches) {
    const header = findHeader(segments, features, s.start, ctx)
    // Under its own header: a title about this text, with a byline or a date.
    const anchored = header.title !== null && header.titleOverlap >= 0.25 && (header.byline !== null || header.date !== null)
    const position = segments.length > 0 ? s.start / segments.length : 0
    const afterFooter = footer !== -1 && s.start > footer
    const afterClosing = closing !== -1 && s.start > closing
    const score = s.sum * (anchored ? 2 : 1) * (1 - 0.4 * position) * (afterFooter ? 0.25 : 1) * (afterClosing ? 0.3 : 1)
    if (!best || score > best.score) best = { lo: s.start, hi: s.end, header, skipped: [], clean: false, score }
  }
  if (best) {
    best.hi = extendAcrossInterruptions(segments, stretches, best.hi, footer, best.skipped)
    const lo = extendBack(segments, stretches, best.lo, footer, best.header.title ?? -1, best.skipped)
    if (lo !== best.lo) {
      const header = findHeader(segments, features, lo, ctx)
      // Keep the header found for the text proper if moving up lost it.
      best = { ...best, lo, header: header.title !== null ? header : best.header }
    }
  }
  if (best) {
    const start = headerInside(segments, features, best.lo, best.hi)
    if (start !== null) best = { ...best, lo: start, header: findHeader(segments, features, start, ctx) }
    best.hi = trimTrailingLinks(segments, features, best.lo, best.hi, lang)
  }
  return best ?? { lo: segments.length, hi: segments.length - 1, skipped: [], clean: false, header: findHeader(segments, features, segments.length, ctx) }
}

/**
 * Text that is already an article (datasets of extracted articles, a pasted story): no page
 * furniture at all and no menu-like run of short lines. All of it is the article; a heading-like
 * first line is its title.
 */
function isCleanText(segments: readonly Classified[], features: readonly (LineFeatures | null)[]): boolean {
  // At most a title above the first paragraph: a page has its menus and header lines there.
  if (features.findIndex((f) => f?.cls === 'prose') > 1) return false
  let shortRun = 0
  return segments.every((seg, i) => {
    const f = features[i]
    if (seg.kind !== 'text' || !f || f.cls === 'noise') return false
    shortRun = f.cls !== 'prose' && f.words < 4 ? shortRun + 1 : 0
    return shortRun < 3
  }) && segments.some((_, i) => features[i]?.cls === 'prose')
}

function wholeText(segments: readonly Classified[], features: readonly (LineFeatures | null)[], ctx: PageContext): Article {
  const first = segments[0]
  const titled = first !== undefined && segments.length > 1 && isHeadingLike(first.text)
  const header = findHeader(segments, features, titled ? 1 : 0, ctx)
  return { lo: titled ? 1 : 0, hi: segments.length - 1, skipped: [], clean: true, header: { ...header, title: titled ? 0 : null } }
}

/**
 * Sign-up blurbs and standfirsts can read as prose and pull a stretch's start above the article's
 * own header. A title-like line followed within three lines by a byline or date, near the top of
 * the stretch, is where the article really begins: the text starts after that header.
 */
function headerInside(segments: readonly Classified[], features: readonly (LineFeatures | null)[], lo: number, hi: number): number | null {
  for (let i = Math.min(hi, lo + 12); i > lo; i--) {
    const seg = segments[i] as Classified
    if (seg.kind !== 'text' || features[i]?.cls === 'prose' || !isHeadingLike(seg.text) || (features[i]?.words ?? 0) < 3) continue
    for (let j = i + 1; j <= Math.min(hi, i + 3); j++) {
      const next = segments[j] as Classified
      if (next.kind === 'timestamp' || bylineMatch(next.text) !== null || (next.text.length < 80 && findDate(next.text))) {
        let k = j + 1
        while (k <= hi && features[k]?.cls !== 'prose') k++
        return k <= hi ? k : null
      }
    }
  }
  return null
}

/** Segments an inline box (gallery, "Related" links) may take up inside an article. */
const MAX_INTERRUPTION = 15

/**
 * What may stand between two parts of one article: a short box, or a chart of any length, whose
 * labels are one or two words each ("$915", "billion", "’17"); at most a few longer lines.
 */
function isInterruption(between: readonly Classified[]): boolean {
  if (between.length <= MAX_INTERRUPTION) return true
  const wordy = between.filter((s) => s.text.split(/\s+/u).length >= 4).length
  return between.length <= 80 && wordy <= 3
}

/**
 * Articles are interrupted by charts, galleries and inline link boxes, which cut their prose into
 * stretches. A following stretch that starts soon after, carries real weight and is not past a
 * footer or a hard closing line continues the same article.
 */
function extendAcrossInterruptions(
  segments: readonly Classified[],
  stretches: readonly Stretch[],
  hi: number,
  footer: number,
  skipped: [number, number][],
): number {
  const weightOfArticle = stretches.filter((s) => s.end <= hi).reduce((max, s) => Math.max(max, s.sum), 0)
  for (const next of stretches) {
    if (next.start <= hi) continue
    const between = segments.slice(hi + 1, next.start)
    if (!isInterruption(between) || next.sum < 0.3 * weightOfArticle) break
    if ((footer > hi && footer < next.start) || between.some((s) => s.kind === 'text' && closesArticle(s.text)?.hard)) break
    skipped.push([hi + 1, next.start - 1])
    hi = next.end
  }
  return hi
}

/** The same, backwards: a stretch just above the chosen one, with no footer or closing line between. */
function extendBack(
  segments: readonly Classified[],
  stretches: readonly Stretch[],
  lo: number,
  footer: number,
  title: number,
  skipped: [number, number][],
): number {
  const chosen = stretches.find((s) => s.start === lo)?.sum ?? 0
  for (const prev of [...stretches].reverse()) {
    if (prev.end >= lo) continue
    const between = segments.slice(prev.end + 1, lo)
    // Prose between the article's title and its text (a standfirst, the first paragraphs before
    // a photo) belongs to it however light it is.
    const underTitle = title >= 0 && prev.start > title
    if (!isInterruption(between) || (prev.sum < 0.2 * chosen && !underTitle)) break
    if ((footer > prev.end && footer < lo) || between.some((s) => s.kind === 'text' && closesArticle(s.text)?.hard)) break
    skipped.push([prev.end + 1, lo - 1])
    lo = prev.start
  }
  return lo
}

/**
 * An article ends on a sentence. Short unpunctuated lines left at the end of a stretch are the
 * first links of a teaser list ("Seattle-area housing market splits…"), not its last words.
 */
function trimTrailingLinks(segments: readonly Classified[], features: readonly (LineFeatures | null)[], lo: number, hi: number, lang: Language): number {
  while (hi > lo) {
    const seg = segments[hi] as Classified
    const f = features[hi]
    if (seg.kind !== 'text' || !f || f.cls === 'prose' || isSentenceLike(seg.text, f, lang)) break
    hi--
  }
  return hi
}
