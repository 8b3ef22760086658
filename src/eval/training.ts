// What the parser's models are fitted on: every labelled page of the shared corpus that is a page
// (readability, naeb and the example page). The BBC set is clean text, which the rules take
// whole, so it teaches the models nothing and is left out to keep fitting fast.
import { fitModel } from '../parse/model/fit.js'
import type { ParserModel } from '../parse/model/index.js'
import { loadSets, type SetName } from './corpus.js'

export const TRAINING_SETS: readonly SetName[] = ['readability', 'naeb', 'seed']

/** The fit `npm run fit` commits: the same corpus always gives the same numbers. */
export function fitOnCorpus(corpus: string): ParserModel {
  return fitModel(loadSets(corpus, TRAINING_SETS))
}

/** weights.json as written: sorted keys are not needed, the fit builds its objects in one order. */
export function weightsFile(model: ParserModel): string {
  return `${JSON.stringify(model, null, 1)}\n`
}
