// One eval run as a function: load the sets, score them with the committed model (in-sample) and
// with models refitted without each scored site (leave-site-out), and return everything that goes
// into eval-results/latest.json. The script prints it; the test checks its shape.
import { type EvalPage, loadSets, type SetName } from './corpus.js'
import { assignFolds, foldOfPage, leaveSiteOut } from './folds.js'
import { type ModeReport, type ScoredPage, summariseMode } from './modes.js'
import { runPage } from './run-page.js'
import type { PageResult } from './score.js'
import { type Target, targets } from './targets.js'

export const DEFAULT_FOLDS = 10

export interface EvalOptions {
  corpus: string
  sets: readonly SetName[]
  /** How many folds leave-site-out deals the sites into. */
  folds?: number
  /** false: score in-sample only (a quick run; no model is fitted). */
  loso?: boolean
}

export interface PageEntry {
  set: SetName
  name: string
  site: string
  /** The leave-site-out fold the page was scored in; null when the folds were skipped. */
  fold: number | null
  inSample: PageResult
  leaveSiteOut: PageResult | null
}

export interface EvalReport {
  generatedAt: string
  corpus: string
  sets: SetName[]
  /** Which sites each fold held out; null when the folds were skipped. */
  folds: { k: number; folds: Array<{ groups: string[]; pages: number }> } | null
  inSample: ModeReport
  leaveSiteOut: ModeReport | null
  targets: Target[]
  /** The only figures that change between identical runs, with generatedAt. */
  timings: { fitSeconds: number; totalSeconds: number }
  pages: PageEntry[]
}

const scored = (pages: readonly EvalPage[], results: readonly PageResult[]): ScoredPage[] =>
  pages.map((p, i) => ({ set: p.set, name: p.name, site: p.site, result: results[i] as PageResult }))

/**
 * Measures the parser on the chosen sets. The models of leave-site-out are fitted on the chosen
 * sets only (those the committed model is fitted on), so a run on fewer sets fits on fewer pages.
 */
export function runEval(options: EvalOptions): EvalReport {
  const started = performance.now()
  const k = options.folds ?? DEFAULT_FOLDS
  const pages = loadSets(options.corpus, options.sets)
  const inSample = pages.map((p) => runPage(p).result)
  const plan = options.loso === false ? null : assignFolds(pages, k)
  const loso = plan === null ? null : leaveSiteOut(pages, plan)
  const inSampleReport = summariseMode(scored(pages, inSample), options.sets)
  const losoReport = loso === null ? null : summariseMode(scored(pages, loso.results), options.sets)
  return {
    generatedAt: new Date().toISOString(),
    corpus: options.corpus,
    sets: [...options.sets],
    folds: plan === null ? null : { k: plan.k, folds: plan.folds },
    inSample: inSampleReport,
    leaveSiteOut: losoReport,
    targets: targets(inSampleReport, losoReport),
    timings: { fitSeconds: loso?.fitSeconds ?? 0, totalSeconds: (performance.now() - started) / 1000 },
    pages: pages.map((p, i) => ({
      set: p.set,
      name: p.name,
      site: p.site,
      fold: plan === null ? null : foldOfPage(plan, p),
      inSample: inSample[i] as PageResult,
      leaveSiteOut: loso === null ? null : (loso.results[i] as PageResult),
    })),
  }
}
