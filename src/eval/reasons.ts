// The worst pages of a set and, for each, a one-line reason derived from its scores, so the eval's
// output says where to look first without opening every page.
import { surname } from './metrics.js'
import type { FieldResult, PageResult } from './score.js'

/**
 * How far a page is from perfect, 0–1: the mean loss over what its gold lets us score (token F1,
 * paragraph F1, and each of title, byline and date that the gold gives), so a page that lost half
 * its words and one that got every field wrong both rank as bad.
 */
export function loss(r: PageResult): number {
  const parts = [1 - r.tokens.f1, 1 - r.paragraphs.f1]
  for (const f of [r.title, r.byline, r.date]) if (f !== null) parts.push(f.correct ? 0 : 1)
  return parts.reduce((a, b) => a + b, 0) / parts.length
}

const clip = (s: string, n = 50): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`)
const pct = (x: number): string => `${Math.round(x * 100)}%`
const day = (s: string): string => /^\d{4}-\d{2}-\d{2}/u.exec(s.trim())?.[0] ?? s

/** Expected authors' surnames for a reason line: `Smith, Jones`. */
function surnames(f: FieldResult): string {
  return f.expected
    .split('; ')
    .map((a) => surname(a) ?? a)
    .join(', ')
}

interface Cause {
  weight: number
  text: string
}

function causes(r: PageResult): Cause[] {
  const out: Cause[] = []
  if (r.error !== undefined) out.push({ weight: 2, text: `parser threw: ${clip(r.error, 80)}` })
  const t = r.tokens
  if (t.expected > 0 && t.r < 1) out.push({ weight: 1 - t.r, text: `missed ${pct(1 - t.r)} of the article's words` })
  if (t.predicted > 0 && t.p < 1) out.push({ weight: 1 - t.p, text: `${pct(1 - t.p)} of kept words are not article` })
  // Words right but paragraphs wrong: the text is cut into paragraphs differently from the gold.
  const split = t.f1 - r.paragraphs.f1
  if (split > 0) out.push({ weight: split, text: `paragraphs split or joined unlike the gold (paragraph F1 ${r.paragraphs.f1.toFixed(2)})` })
  const { title, byline, date } = r
  if (title && !title.correct) {
    out.push({ weight: 1, text: title.predicted === null ? `no title (expected "${clip(title.expected)}")` : `title "${clip(title.predicted)}" ≠ "${clip(title.expected)}"` })
  }
  if (byline && !byline.correct) {
    const who = surnames(byline)
    out.push({ weight: 1, text: byline.predicted === null ? `no byline (expected ${who})` : `byline "${clip(byline.predicted, 40)}" names none of ${who}` })
  }
  if (date && !date.correct) {
    const [got, want] = [day(date.predicted ?? ''), day(date.expected)]
    // The same month and day in another year is most often the gold's year, not the page's.
    const otherYear = got.length === 10 && want.length === 10 && got.slice(4) === want.slice(4)
    out.push({
      weight: 1,
      text: date.predicted === null ? `no date (expected ${want})` : `date ${got} ≠ ${want}${otherYear ? ' (the same day in another year)' : ''}`,
    })
  }
  return out
}

/** The biggest causes of a page's loss, at most three; small word losses (< 2 %) only when nothing else is wrong. */
export function reason(r: PageResult): string {
  const all = causes(r).sort((a, b) => b.weight - a.weight)
  const big = all.filter((c) => c.weight >= 0.02)
  const shown = (big.length > 0 ? big : all).slice(0, 3)
  return shown.length > 0 ? shown.map((c) => c.text).join('; ') : 'exact'
}

export interface WorstPage {
  name: string
  site: string
  loss: number
  tokenF1: number
  paragraphF1: number
  reason: string
}

/** The n pages with the greatest loss (ties by name), leaving out pages with none. */
export function worstPages(entries: ReadonlyArray<{ name: string; site: string; result: PageResult }>, n: number): WorstPage[] {
  return entries
    .map((e) => ({ ...e, loss: loss(e.result) }))
    .filter((e) => e.loss > 0)
    .sort((a, b) => b.loss - a.loss || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, n)
    .map((e) => ({
      name: e.name,
      site: e.site,
      loss: e.loss,
      tokenF1: e.result.tokens.f1,
      paragraphF1: e.result.paragraphs.f1,
      reason: reason(e.result),
    }))
}
