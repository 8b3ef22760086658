/**
 * The parser's learned numbers: logistic-regression weights, each over a fixed, named feature
 * list. Fitted by `npm run fit` (scripts/fit-parser.ts) on the shared corpus and committed as
 * weights.json; the eval refits them without the site it scores (leave-site-out).
 */
import type { TreeModel } from './trees.js'

export interface LogisticModel {
  /** Feature names, in the order of `weights`: a model fitted for other features is refused. */
  features: string[]
  weights: number[]
  bias: number
}

export interface ParserModel {
  /** Which lines are article text, from each line's own evidence and its neighbours'. */
  line: TreeModel
  /** The same, again, from the first model's verdicts on the line and its neighbours. */
  lineContext: LogisticModel
  /**
   * The second model's cut-offs: below `keep` a line the rules kept is dropped, above `add` a line
   * they left out is added. Fitted, like the weights, to the most article words right.
   */
  lineCut: { keep: number; add: number }
  /**
   * Content words found almost only outside article text, on many sites (`subscribe`, `getty`,
   * `advertisement`): the share of a line's words among them is one of the line model's features.
   */
  lineFurniture: string[]
  /** Which candidate line is the title. */
  title: LogisticModel
  /** Which candidate date is the publication date. */
  date: LogisticModel
  /** Which candidate line is the byline. */
  byline: LogisticModel
  /** Lower-cased words that bylines carry beside the names (roles, desks), trimmed off the name. */
  bylineRoles: string[]
  /** Lower-cased words of lines that read like names but are page furniture (`Getty Images`). */
  bylineNotNames: string[]
  /** Below these confidences the best date or byline candidate is no answer (null). */
  headerCut: { date: number; byline: number }
}

/** A page with its expected record: what fitting learns from (the eval's pages are this shape). */
export interface LabelledPage {
  text: string
  /** Where the page was crawled from, when known: the header models read its day and slug. */
  url?: string | null
  /** The page's site (host), so fitting can leave a site out. */
  site: string
  title: string | null
  /** The authors' names, one per entry; empty when the page names none. */
  authors: string[]
  publishedTime: string | null
  paragraphs: string[]
  headings: string[]
}
