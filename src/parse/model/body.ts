import { ruleSaysBody, type Analysis } from '../analyse.js'
import { isHeadingLike } from '../classify.js'
import { contextRows, CONTEXT_FEATURES, LINE_FEATURES, lineRows } from './line-features.js'
import { probability } from './logistic.js'
import { treeProbability } from './trees.js'
import { fits, usesModel, wordSet, type ParserModel } from './index.js'

/**
 * Which segments are article text. Clean text is taken whole by the rules; on a page, the two
 * fitted line models decide, each line from its own evidence and then from its neighbours'
 * verdicts. Without a fitted model (or one fitted for other features) the rules decide alone.
 */
export function bodyVerdicts(a: Analysis, model: ParserModel): boolean[] {
  const rule = a.segments.map((_, i) => ruleSaysBody(a, i))
  if (!usesModel(a) || !fits(model.line, LINE_FEATURES) || !fits(model.lineContext, CONTEXT_FEATURES)) return rule
  const rows = lineRows(a, rule, wordSet(model, 'lineFurniture'))
  const p = rows.map((x) => treeProbability(model.line, x))
  const { keep, add } = model.lineCut
  const verdicts = contextRows(p, rows).map((x, i) => probability(model.lineContext, x) > (rule[i] ? keep : add))
  // Only text (and datelines kept in it) can be article text; the title is never a paragraph.
  const body = verdicts.map((v, i) => (v || creditedAbove(a, rule, i) || subheading(a, rule, verdicts, i)) && canBeBody(a, i))
  // A page has an article: when the models keep no line of it (a short brief among long teasers,
  // too unlike the fitted pages), the rules' article stands rather than none at all.
  return body.includes(true) ? body : rule
}

/**
 * A heading the rules kept between two paragraphs the models kept is the article's subheading
 * (`ISOLATED`): a section of the article starts there, whatever a lone short line looks like
 * elsewhere.
 */
function subheading(a: Analysis, rule: readonly boolean[], verdicts: readonly boolean[], i: number): boolean {
  const seg = a.segments[i]
  return rule[i] === true && verdicts[i - 1] === true && verdicts[i + 1] === true && seg !== undefined &&
    isHeadingLike(seg.text) && a.features[i + 1]?.cls === 'prose'
}

/**
 * A `Source:` line closes the article it credits, so the prose the rules kept right above it is
 * the article's last paragraph even when the crawl cut its full stop (too rare a layout in the
 * fitted pages for the models to learn).
 */
function creditedAbove(a: Analysis, rule: readonly boolean[], i: number): boolean {
  const next = a.segments[i + 1]
  return rule[i] === true && a.features[i]?.cls === 'prose' && next?.kind === 'attribution' && !next.keepText
}

function canBeBody(a: Analysis, i: number): boolean {
  const seg = a.segments[i]
  if (i === a.article.header.title || seg === undefined) return false
  return seg.kind === 'text' || (seg.kind === 'attribution' && seg.keepText)
}
