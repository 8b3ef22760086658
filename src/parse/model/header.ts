import type { Analysis } from '../analyse.js'
import type { FoundDate } from '../dates.js'
import { asOnThePage, listWord } from './byline-text.js'
import { probability, score } from './logistic.js'
import { fits, usesModel, wordSet, type LogisticModel, type ParserModel } from './index.js'
import {
  BYLINE_FEATURES, bylineCandidates, type Candidate, DATE_FEATURES, dateCandidates, metaLines, TITLE_FEATURES, titleCandidates,
} from './header-features.js'

export interface Found {
  index: number
  /** The fitted model's probability that this candidate is the field. */
  confidence: number
}

export interface ChosenHeader {
  title: Found | null
  byline: (Found & { name: string }) | null
  date: (Found & FoundDate) | null
}

/**
 * Title, byline and date, each the best-scoring candidate of its fitted model. Without fitted
 * models the rules' header is kept, at an unknown confidence.
 */
export function chooseHeader(a: Analysis, body: readonly boolean[], model: ParserModel): ChosenHeader {
  const rule = a.article.header
  if (!usesModel(a) || !fits(model.title, TITLE_FEATURES) || !fits(model.date, DATE_FEATURES) || !fits(model.byline, BYLINE_FEATURES)) {
    const date = rule.date === null ? null : { ...rule.date, confidence: 0.5 }
    return {
      title: rule.title === null ? null : { index: rule.title, confidence: 0.5 },
      byline: rule.byline === null ? null : { ...rule.byline, confidence: 0.5 },
      date,
    }
  }
  const start = headerStart(a, body)
  const meta = metaLines(a, start)
  const title = likeliest(titleCandidates(a, start, meta, body, wordSet(model, 'lineFurniture')), model.title)
  const t = title?.index ?? null
  const date = best(dateCandidates(a, start, t, body), model.date, model.headerCut.date)
  const byline = best(bylineCandidates(a, start, t, date ? [date.index] : [], body, wordSet(model, 'bylineNotNames')), model.byline, model.headerCut.byline)
  return { title, byline: byline === null ? null : asPrinted(a, byline, model.bylineRoles), date }
}

/** Where the article's text begins: its first body line, or the rules' start when none was kept. */
export function headerStart(a: Analysis, body: readonly boolean[]): number {
  const first = body.indexOf(true)
  return first === -1 ? a.article.lo : first
}

function best<C extends Candidate>(candidates: readonly C[], model: LogisticModel, min: number): (C & { confidence: number }) | null {
  let top: (C & { confidence: number }) | null = null
  for (const c of candidates) {
    const confidence = probability(model, c.row)
    if (confidence >= min && (top === null || confidence > top.confidence)) top = { ...c, confidence }
  }
  return top
}

/**
 * The title model is a choice among the page's candidates (see fitChoice): the winner is the one
 * with the highest score, and its confidence is its share of the softmax over all of them.
 */
function likeliest<C extends Candidate>(candidates: readonly C[], model: LogisticModel): (C & { confidence: number }) | null {
  if (candidates.length === 0) return null
  const scores = candidates.map((c) => score(model, c.row))
  const max = Math.max(...scores)
  const total = scores.reduce((s, v) => s + Math.exp(v - max), 0)
  const at = scores.indexOf(max)
  return { ...(candidates[at] as C), confidence: 1 / total }
}

/** The chosen byline's names without roles, as the page prints them; no byline when none is left. */
function asPrinted<B extends { index: number; name: string }>(a: Analysis, byline: B, roles: readonly string[]): B | null {
  const name = asOnThePage(a.segments[byline.index]?.text ?? '', a.segments[byline.index + 1]?.text, withoutRoles(byline.name, roles))
  return name === null ? null : { ...byline, name }
}

/** `Deborah Netburn Staff Writer` → `Deborah Netburn`: role words trimmed off either end of the name. */
export function withoutRoles(name: string, roles: readonly string[]): string {
  if (roles.length === 0) return name
  const words = name.split(/\s+/u)
  const isRole = (w: string): boolean => roles.includes(listWord(w))
  let lo = 0
  let hi = words.length
  while (hi > lo + 1 && isRole(words[hi - 1] as string)) hi--
  while (hi > lo + 1 && isRole(words[lo] as string)) lo++
  return words.slice(lo, hi).join(' ')
}
