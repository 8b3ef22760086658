// Leave-site-out evaluation: every learned number the parser uses is refitted without the sites
// being scored, so the figures say how the parser does on a site nobody fitted it to, the case
// that matters for crawled pages from the open web.
import { fitModel } from '../parse/model/fit.js'
import type { EvalPage } from './corpus.js'
import { runPage, unfitted } from './run-page.js'
import type { PageResult } from './score.js'
import { foldGroup } from './sites.js'
import { TRAINING_SETS } from './training.js'

export interface FoldPlan {
  k: number
  /** Per fold: its site groups (in assignment order) and how many pages they hold. */
  folds: Array<{ groups: string[]; pages: number }>
  /** Site group → fold index. */
  foldOf: Map<string, number>
}

// Code-unit order, not localeCompare: the assignment must not depend on the machine's locale.
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Deals site groups to k folds so the folds hold about as many pages each: the biggest group
 * first (ties by name), each to the fold with the fewest pages so far (ties to the lowest index).
 */
export function assignFolds(pages: readonly Pick<EvalPage, 'site'>[], k: number): FoldPlan {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`leave-site-out needs at least 2 folds, got ${k}`)
  const counts = new Map<string, number>()
  for (const p of pages) {
    const g = foldGroup(p.site)
    counts.set(g, (counts.get(g) ?? 0) + 1)
  }
  const folds = Array.from({ length: k }, () => ({ groups: [] as string[], pages: 0 }))
  const foldOf = new Map<string, number>()
  for (const [group, n] of [...counts].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0]))) {
    let best = 0
    for (let i = 1; i < k; i++) if ((folds[i]?.pages ?? 0) < (folds[best]?.pages ?? 0)) best = i
    const fold = folds[best]
    if (fold === undefined) continue
    fold.groups.push(group)
    fold.pages += n
    foldOf.set(group, best)
  }
  return { k, folds, foldOf }
}

export const foldOfPage = (plan: FoldPlan, page: Pick<EvalPage, 'site'>): number => plan.foldOf.get(foldGroup(page.site)) ?? -1

/**
 * For each fold, fits a model on the pages of the other folds and scores the fold's pages with it.
 * It fits on the sets the committed model is fitted on (TRAINING_SETS), so the two modes differ
 * only in the held-out sites. Returns results in the order of `pages`, and the seconds spent fitting.
 */
export function leaveSiteOut(pages: readonly EvalPage[], plan: FoldPlan): { results: PageResult[]; fitSeconds: number } {
  const results: PageResult[] = new Array<PageResult>(pages.length)
  const fold = pages.map((p) => foldOfPage(plan, p))
  let fitMs = 0
  for (let f = 0; f < plan.k; f++) {
    const held = pages.flatMap((_, i) => (fold[i] === f ? [i] : []))
    if (held.length === 0) continue // more folds than site groups: nothing to score here
    const started = performance.now()
    let fitted: ReturnType<typeof fitModel> | { error: unknown }
    try {
      fitted = fitModel(pages.filter((p, i) => fold[i] !== f && TRAINING_SETS.includes(p.set)))
    } catch (error) {
      fitted = { error }
    }
    fitMs += performance.now() - started
    for (const i of held) {
      const page = pages[i] as EvalPage
      results[i] = 'error' in fitted ? unfitted(page, fitted.error) : runPage(page, fitted).result
    }
  }
  return { results, fitSeconds: fitMs / 1000 }
}
