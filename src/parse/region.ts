import { closesArticle } from './patterns.js'
import type { LineFeatures } from './prose.js'
import type { Classified } from './types.js'

/**
 * How much a segment says "the article is here". Prose counts by its length; menus, prompts,
 * timestamps and above all footers count against.
 */
function weight(seg: Classified, f: LineFeatures | null): number {
  switch (seg.kind) {
    case 'footer':
      return -3
    case 'prompt':
      return -1.5
    case 'timestamp':
      return -1
    case 'attribution':
      return seg.keepText ? 2 : -0.5
    case 'text':
      {
        const end = closesArticle(seg.text)
        if (end) return end.hard ? HARD_END : END
      }
      if (!f || f.cls === 'noise') return -1
      if (f.cls === 'prose') return 1 + Math.min(seg.text.length, 400) / 100
      if (f.endsSentence || LIST_ITEM.test(seg.text)) return 0.2
      return SHORT
  }
}

/** A short line that is no sentence: a subhead inside an article, a link or menu item outside. */
const SHORT = -1.5

/** The weights of lines that close an article (see ARTICLE_END): no stretch survives a hard one. */
const END = -10
const HARD_END = -1000

const LIST_ITEM = /^(?:[-•*–·▪]|\d{1,2}[.)])\s/u

/**
 * Menus are runs of one- to three-word lines; list items and captions inside an article are
 * longer, so they do not cut it.
 */
function isGap(seg: Classified, f: LineFeatures | null, w: number): boolean {
  if (w > 0) return false
  return seg.kind !== 'text' || !f || f.cls === 'noise' || f.words < 4
}

/** Consecutive segments with no prose that end a block: menus and link lists, not subheads. */
export const BLOCK_GAP = 4

/** The best stretch of each block: inclusive bounds and total weight. */
export interface Stretch {
  start: number
  end: number
  sum: number
}

/**
 * Candidate article stretches: maximum-subarray runs of weight, so short lines such as subheads
 * are carried by the prose around them, ended where the sum falls to nothing or where BLOCK_GAP
 * or more non-prose segments in a row (menus, link lists, footers) open a gap.
 */
export function proseStretches(segments: readonly Classified[], features: readonly (LineFeatures | null)[]): Stretch[] {
  const out: Stretch[] = []
  let best: Stretch | null = null
  let sum = 0
  let start = 0
  let gap = 0
  segments.forEach((seg, i) => {
    const f = features[i] ?? null
    const w = weight(seg, f)
    gap = isGap(seg, f, w) ? gap + 1 : 0
    // A stretch ends where the running sum falls to nothing or a menu-sized gap opens.
    if (sum <= 0 || gap >= BLOCK_GAP) {
      if (best) out.push(best)
      best = null
      sum = 0
      start = i
    }
    sum += w
    if (sum > 0 && (best === null || sum > best.sum)) best = { start, end: i, sum }
  })
  if (best) out.push(best)
  return out
}
