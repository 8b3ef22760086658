// The figures of one way of running the parser over the corpus ("mode"): with the committed model
// (in-sample) or with models fitted without the scored sites (leave-site-out).
import type { SetName } from './corpus.js'
import { type WorstPage, worstPages } from './reasons.js'
import { type PageResult, type SetSummary, summarise } from './score.js'

/**
 * The sets the targets are judged on: crawled pages with their furniture and a gold record for
 * every field. bbc is clean text (its own target), the seed a single page (must parse exactly).
 */
export const TARGET_SETS: readonly SetName[] = ['readability', 'naeb']
/** Sets whose worst pages are listed; the seed is one page with its own exactness target. */
const WORST_SETS: readonly SetName[] = ['readability', 'naeb', 'bbc']
export const WORST_N = 10

export interface ModeReport {
  sets: Partial<Record<SetName, SetSummary>>
  /** readability+naeb together (the targets' figures); null when neither was run. */
  overallWithoutBbc: SetSummary | null
  overall: SetSummary
  worst: Partial<Record<SetName, WorstPage[]>>
}

export interface ScoredPage {
  set: SetName
  name: string
  site: string
  result: PageResult
}

export function summariseMode(scored: readonly ScoredPage[], sets: readonly SetName[]): ModeReport {
  const of = (s: SetName): ScoredPage[] => scored.filter((p) => p.set === s)
  const report: ModeReport = { sets: {}, overallWithoutBbc: null, overall: summarise(scored.map((p) => p.result)), worst: {} }
  for (const s of sets) {
    report.sets[s] = summarise(of(s).map((p) => p.result))
    if (WORST_SETS.includes(s)) report.worst[s] = worstPages(of(s), WORST_N)
  }
  const target = scored.filter((p) => TARGET_SETS.includes(p.set))
  if (target.length > 0) report.overallWithoutBbc = summarise(target.map((p) => p.result))
  return report
}

/** The table's rows: each set, then readability+naeb and overall when they add something. */
export function rows(mode: ModeReport): Array<[string, SetSummary]> {
  const out = Object.entries(mode.sets) as Array<[string, SetSummary]>
  const targetSets = TARGET_SETS.filter((s) => mode.sets[s] !== undefined)
  if (mode.overallWithoutBbc && targetSets.length > 1) out.push([targetSets.join('+'), mode.overallWithoutBbc])
  // overall only when it holds more than the rows above already sum up
  const others = Object.keys(mode.sets).filter((s) => !TARGET_SETS.includes(s as SetName))
  if (Object.keys(mode.sets).length > 1 && (others.length > 0 || targetSets.length < 2)) out.push(['overall', mode.overall])
  return out
}
