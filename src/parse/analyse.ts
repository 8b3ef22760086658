import { chooseArticle, type Article } from './choose.js'
import { classify, isHeadingLike, isHeadlineLike } from './classify.js'
import { headerMemo } from './header.js'
import { detectLanguage, type Language } from './lang.js'
import { normalize } from './normalize.js'
import { WIRE_CODE } from './patterns.js'
import { lineFeatures, type LineFeatures } from './prose.js'
import { splitGlued, splitLines } from './segment.js'
import type { Classified } from './types.js'
import { readUrl, type UrlEvidence } from './url.js'

/**
 * What the parser knows of a page before any learned weight is applied: its segments, each
 * one's features, the language and the rule-based article guess. Parsing and fitting both start
 * here, so the model is fitted on exactly what it later sees.
 */
export interface Analysis {
  segments: Classified[]
  /** lineFeatures of text segments (and datelines kept in the text); null for the rest. */
  features: (LineFeatures | null)[]
  lang: Language
  /** How often each segment text occurs on the page. */
  occurrences: Map<string, number>
  article: Article
  /** isHeadingLike of each segment's text, asked by several of the models' features. */
  headingLike: boolean[]
  warnings: string[]
  crawledAt: number | undefined
  /** What the page's URL says (its day, its slug's words); null when the page came without one. */
  url: UrlEvidence | null
}

export function analyse(raw: string, crawledAt?: number, url?: string | null): Analysis {
  const { text, warnings } = normalize(raw)
  const segments = splitLines(text).flatMap(splitGlued).map(classify)
  const lang = detectLanguage(segments.filter((s) => s.kind === 'text').map((s) => s.text))
  // Lines are judged without their wire codes: `…officials said. [nL5N1GD7JK]` ends a sentence.
  const features = segments.map((s) =>
    s.kind === 'text' || (s.kind === 'attribution' && s.keepText) ? lineFeatures(withoutWireCodes(s.text), lang) : null,
  )
  // Text a page prints twice (gallery captions, "Wait 1 second to continue.", a repeated
  // standfirst) is page furniture: an article does not repeat its own paragraphs. Repeats also
  // mark a title (printed as h1 and og).
  const occurrences = new Map<string, number>()
  for (const s of segments) occurrences.set(s.text, (occurrences.get(s.text) ?? 0) + 1)
  const article = chooseArticle(segments, features, { lang, crawledAt, occurrences, memo: headerMemo() })
  return { segments, features, lang, occurrences, article, headingLike: segments.map((s) => isHeadingLike(s.text)), warnings, crawledAt, url: readUrl(url) }
}

/** A wire code is in brackets: a line without `[` (nearly all) is not searched for one. */
function withoutWireCodes(text: string): string {
  return (text.includes('[') ? text.replace(WIRE_CODE, '') : text).trim()
}

/**
 * The rule-based verdict on segment i: inside the chosen article, not furniture, not printed
 * twice (unless the page is clean text). The line model starts from this and corrects it.
 */
export function ruleSaysBody(a: Analysis, i: number): boolean {
  const { lo, hi, skipped, clean, header } = a.article
  if (i < lo || i > hi || i === header.title || skipped.some(([x, y]) => i >= x && i <= y)) return false
  const seg = a.segments[i] as Classified
  if (seg.kind === 'attribution') return seg.keepText
  if (seg.kind !== 'text') return false
  return a.features[i]?.cls !== 'noise' && (clean || (a.occurrences.get(seg.text) ?? 0) < 2)
}

/**
 * Whether segment i is the timestamp of a related headline: after the rules' article, right above
 * a headline-like line that is not article text. Its date is that headline's, never the article's.
 */
export function headsRelatedHeadline(a: Analysis, body: readonly boolean[], i: number): boolean {
  const next = a.segments[i + 1]
  return a.segments[i]?.kind === 'timestamp' && i > a.article.hi && next?.kind === 'text' && body[i + 1] !== true && isHeadlineLike(next.text)
}
