import { createRequire } from 'node:module'
import type { Analysis } from '../analyse.js'
import type { LogisticModel, ParserModel } from './types.js'

export type { LabelledPage, LogisticModel, ParserModel } from './types.js'

const require = createRequire(import.meta.url)

const empty: LogisticModel = { features: [], weights: [], bias: 0 }

/** The committed fit (weights.json, written by `npm run fit`); a model it lacks is empty and unused. */
export const DEFAULT_MODEL: ParserModel = {
  line: { features: [], base: 0, trees: [] }, lineContext: empty, lineCut: { keep: 0.5, add: 0.5 }, lineFurniture: [], title: empty, date: empty, byline: empty, headerCut: { date: 0.5, byline: 0.5 }, bylineRoles: [], bylineNotNames: [],
  ...(require('./weights.json') as Partial<ParserModel>),
}

/** Whether a model was fitted for exactly these features (an empty or stale one is not used). */
export function fits(model: { features: readonly string[] }, names: readonly string[]): boolean {
  return model.features.length === names.length && model.features.every((f, i) => f === names[i])
}

/**
 * The models were fitted on whole pages (all but one of the corpus pages have 29 segments or
 * more): on a fragment of a few lines their context features have nothing to go on, and the
 * rules decide alone.
 */
export const MIN_PAGE_SEGMENTS = 20

/**
 * Whether the fitted models decide on this page: a page with furniture, not clean text or a
 * fragment, in a script written with spaces. Word counts, stopwords and shared words mean little
 * in Chinese or Japanese, and the corpus has three such pages: too few to fit anything on.
 */
export function usesModel(a: Analysis): boolean {
  return !a.article.clean && a.segments.length >= MIN_PAGE_SEGMENTS && a.lang.spaced
}

/** A fitted word list of the model as a set, made once a model and list. */
const wordSets = new WeakMap<ParserModel, Map<WordList, ReadonlySet<string>>>()
type WordList = 'lineFurniture' | 'bylineNotNames'
export function wordSet(model: ParserModel, list: WordList): ReadonlySet<string> {
  let sets = wordSets.get(model)
  if (sets === undefined) wordSets.set(model, (sets = new Map()))
  let set = sets.get(list)
  if (set === undefined) sets.set(list, (set = new Set(model[list])))
  return set
}
