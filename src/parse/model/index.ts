import type { ParserModel } from './types.js'

export type { LabelledPage, LogisticModel, ParserModel } from './types.js'

const empty = { features: [], weights: [], bias: 0 }
/** The committed fit (weights.json); a placeholder until the first fit. */
export const DEFAULT_MODEL: ParserModel = { line: empty, title: empty, date: empty, byline: empty }
