import { bylineMatches, dateMatches, foldCase, titleMatches } from '../../eval/metrics.js'
import { analyse, type Analysis, ruleSaysBody } from '../analyse.js'
import { bodyVerdicts } from './body.js'
import { headerStart } from './header.js'
import {
  BYLINE_FEATURES, bylineCandidates, type Candidate, DATE_FEATURES, dateCandidates, metaLines, TITLE_FEATURES, titleCandidates,
} from './header-features.js'
import { CONTEXT_FEATURES, contextRows, LINE_FEATURES, lineRows } from './line-features.js'
import { fitChoice, fitLogistic, probability } from './logistic.js'
import { fitTrees, treeProbability } from './trees.js'
import { DEFAULT_MODEL, usesModel, wordSet } from './index.js'
import type { LabelledPage, LogisticModel, ParserModel } from './types.js'

const ws = (s: string): string => s.replace(/\s+/gu, ' ').trim()

/**
 * Fits every model of the parser on labelled pages. Deterministic: the same pages in the same
 * order give the same numbers. Clean text (no page furniture) and fragments of a few lines are
 * left to the rules when parsing, so they teach the models nothing and are left out.
 */
export function fitModel(pages: readonly LabelledPage[]): ParserModel {
  const analysed = pages.map((page) => ({ page, a: analyse(page.text, undefined, page.url) })).filter(({ a }) => usesModel(a))
  const rows: Float64Array[] = []
  const labels: number[] = []
  const pageRows: Float64Array[][] = []
  const pageLabels = analysed.map(({ page, a }) => lineLabels(page, a))
  const lineFurniture = fitFurniture(analysed, pageLabels)
  const furniture = new Set(lineFurniture)
  analysed.forEach(({ a }, k) => {
    const r = lineRows(a, undefined, furniture)
    pageRows.push(r)
    rows.push(...r)
    labels.push(...(pageLabels[k] as number[]))
  })
  const line = fitTrees(LINE_FEATURES, rows, labels, { weights: pageWeights(pageRows) })
  const context = pageRows.flatMap((r) => contextRows(r.map((x) => treeProbability(line, x)), r))
  const lineContext = fitLogistic(CONTEXT_FEATURES, context, labels)
  const p = context.map((x) => probability(lineContext, x))
  const rule = analysed.flatMap(({ a }) => a.segments.map((_, i) => ruleSaysBody(a, i)))
  const size = analysed.flatMap(({ a }) => a.segments.map((s) => s.text.split(/\s+/u).length))
  const lines = { ...DEFAULT_MODEL, line, lineContext, lineCut: fitCut(p, rule, labels, size), lineFurniture }
  return { ...lines, ...fitHeader(analysed, lines) }
}

/**
 * Sites a furniture word must be seen on outside article text, and the least share of its lines
 * that are not article. Leave-site-out, against no list: token F1 0.872 → 0.875, paragraph F1
 * 0.730 → 0.732, title unchanged (0.787), byline 0.776 → 0.768.
 */
const FURNITURE_SITES = 5
const FURNITURE_SHARE = 0.95

/**
 * Content words (see lineFeatures) that stand almost only in lines that are not article text, on
 * many sites: menus, share rows, photo credits, newsletter and cookie pleas. Sorted, so a fit is
 * the same text whatever the order words were met in.
 */
function fitFurniture(analysed: readonly { page: LabelledPage; a: Analysis }[], labels: readonly (readonly number[])[]): string[] {
  const seen = new Map<string, { article: number; other: number; sites: Set<string> }>()
  analysed.forEach(({ page, a }, k) => {
    a.features.forEach((f, i) => {
      if (f === null) return
      for (const w of new Set(f.content)) {
        let s = seen.get(w)
        if (s === undefined) seen.set(w, (s = { article: 0, other: 0, sites: new Set() }))
        if (labels[k]?.[i]) s.article++
        else {
          s.other++
          s.sites.add(page.site)
        }
      }
    })
  })
  return [...seen]
    .filter(([, s]) => s.sites.size >= FURNITURE_SITES && s.other >= FURNITURE_SHARE * (s.article + s.other))
    .map(([w]) => w)
    .sort()
}

/**
 * Rows weighed by one over the square root of their page's line count (mean weight 1): the eval
 * scores pages, not lines, and a page of a thousand menu lines should not outweigh thirty pages
 * of fifty. Leave-site-out, against equal weights: token F1 0.869 → 0.872, title 0.781 → 0.787,
 * byline 0.764 → 0.776, date 0.788 → 0.793; a full 1/n gained less.
 */
function pageWeights(pageRows: readonly (readonly unknown[])[]): number[] {
  const raw = pageRows.flatMap((r) => r.map(() => 1 / Math.sqrt(Math.max(r.length, 1))))
  const mean = raw.reduce((s, w) => s + w, 0) / Math.max(raw.length, 1)
  return raw.map((w) => w / mean)
}

/**
 * The cut-offs that get the most article words right (F1 over words, a line weighing its word
 * count): a grid, so the same rows always give the same cut-offs.
 */
function fitCut(p: readonly number[], rule: readonly boolean[], labels: readonly number[], size: readonly number[]): ParserModel['lineCut'] {
  let best = { keep: 0.5, add: 0.5, f1: -1 }
  for (let keep = 0.05; keep < 0.96; keep += 0.05) {
    for (let add = 0.05; add < 0.96; add += 0.05) {
      let tp = 0
      let fp = 0
      let fn = 0
      for (let i = 0; i < p.length; i++) {
        const yes = (p[i] as number) > (rule[i] ? keep : add)
        const w = size[i] as number
        if (yes && labels[i]) tp += w
        else if (yes) fp += w
        else if (labels[i]) fn += w
      }
      const f1 = (2 * tp) / (2 * tp + fp + fn)
      if (f1 > best.f1 + 1e-9) best = { keep: Math.round(keep * 100) / 100, add: Math.round(add * 100) / 100, f1 }
    }
  }
  return { keep: best.keep, add: best.add }
}

/**
 * The title, date and byline models, fitted on the candidates each page offers once its body is
 * decided by the freshly fitted line models (as parsing will decide it).
 */
function fitHeader(analysed: readonly { page: LabelledPage; a: Analysis }[], lines: ParserModel): Pick<ParserModel, 'title' | 'date' | 'byline' | 'headerCut' | 'bylineRoles' | 'bylineNotNames'> {
  const roles = new WordSites(2)
  // Furniture needs more sites than roles: a name that stood wrongly on two pages is still a name.
  const notNames = new WordSites(3)
  const title = new Rows()
  const date = new Rows()
  const byline: { page: LabelledPage; a: Analysis; start: number; gold: number | null; dates: number[]; body: boolean[] }[] = []
  for (const { page, a } of analysed) {
    const body = bodyVerdicts(a, lines)
    const start = headerStart(a, body)
    const rule = a.article.header.title
    const dates = dateCandidates(a, start, rule, body)
    const meta = metaLines(a, start)
    const titles = titleCandidates(a, start, meta, body, wordSet(lines, 'lineFurniture'))
    const gold = titles.find((c) => page.title !== null && titleMatches(a.segments[c.index]?.text, page.title))?.index ?? rule
    // A page with its URL is learned from twice, with the URL and without: pages come from files
    // with no URL as often as from crawl records with one, and the models must decide well on
    // both. Fitted with the URL alone, naeb title accuracy without URLs fell from 350 to 342.
    for (const view of a.url === null ? [a] : [a, { ...a, url: null }]) {
      if (page.title !== null) title.add(view === a ? titles : titleCandidates(view, start, meta, body, wordSet(lines, 'lineFurniture')), (c) => titleMatches(a.segments[c.index]?.text, page.title as string))
      if (page.publishedTime !== null) date.add(dateCandidates(view, start, gold, body), (c) => dateMatches(c.local, page.publishedTime as string))
    }
    for (const author of page.authors) notNames.never(author)
    if (page.authors.length === 0) continue
    const context = { page, a, start, gold, dates: dates.map((d) => d.index), body }
    byline.push(context)
    // First pass, without the fitted word list: which words stand in right bylines, and in wrong ones.
    for (const c of bylineCandidates(a, start, gold, context.dates, body, new Set())) (isRight(page, c.name) ? roles : notNames).add(page.site, c.name)
  }
  const notNameList = notNames.list()
  const notNameSet = new Set(notNameList)
  const bylines = new Rows()
  for (const { page, a, start, gold, dates, body } of byline) {
    bylines.add(bylineCandidates(a, start, gold, dates, body, notNameSet), (c) => isRight(page, c.name))
  }
  for (const author of analysed.flatMap(({ page }) => page.authors)) roles.never(author)
  const fitted = { title: fitChoice(TITLE_FEATURES, title.pages), date: date.fit(DATE_FEATURES), byline: bylines.fit(BYLINE_FEATURES) }
  return {
    ...fitted,
    headerCut: { date: date.cut(fitted.date), byline: bylines.cut(fitted.byline) },
    bylineRoles: roles.list(),
    bylineNotNames: notNameList,
  }
}

/** Whether a byline candidate names one of the page's authors, as the eval judges it. */
function isRight(page: LabelledPage, name: string): boolean {
  return bylineMatches(name, page.authors)
}

/**
 * Word lists the fit learns from the corpus rather than a hand-written list: words that stand in
 * byline candidates of at least `minSites` sites and in no author's name. From right bylines,
 * the roles and desks printed beside names (`Staff Writer`, `USA TODAY`); from wrong ones, the
 * furniture that reads like a name (`Getty Images`, `Share Tweet`, `Key Points`).
 */
class WordSites {
  constructor(readonly minSites: number) {}
  sites = new Map<string, Set<string>>()
  names = new Set<string>()
  never(name: string): void {
    for (const w of words(name)) this.names.add(w)
  }
  add(site: string, text: string): void {
    for (const w of words(text)) {
      if (!this.sites.has(w)) this.sites.set(w, new Set())
      this.sites.get(w)?.add(site)
    }
  }
  list(): string[] {
    return [...this.sites].filter(([w, s]) => s.size >= this.minSites && !this.names.has(w) && w.length > 2).map(([w]) => w).sort()
  }
}

const words = (s: string): string[] => foldCase(s).split(/[^\p{L}]+/u).filter((w) => w !== '')

/** Candidate rows and labels, and each page's candidates apart, for the cut-off. */
class Rows {
  rows: Float64Array[] = []
  labels: number[] = []
  pages: { rows: Float64Array[]; labels: number[] }[] = []
  add<C extends Candidate>(candidates: readonly C[], right: (c: C) => boolean): void {
    const page = { rows: candidates.map((c) => c.row), labels: candidates.map((c) => (right(c) ? 1 : 0)) }
    this.rows.push(...page.rows)
    this.labels.push(...page.labels)
    this.pages.push(page)
  }

  /**
   * The confidence below which the best candidate is no answer: the cut-off that gets the most
   * pages right less those it gets wrong (a wrong byline or date misleads; none does not). The
   * score is flat over a wide range, so the lowest cut-off within 1% of the pages of the best
   * is taken: where answering costs as much as it gains, answer. (Without the margin, one page
   * more or less moved the cut-off from 0.15 to 0.45.)
   */
  cut(model: LogisticModel): number {
    const tops = this.pages.map(({ rows, labels }) => {
      let top = { p: -1, right: 0 }
      rows.forEach((row, i) => {
        const p = probability(model, row)
        if (p > top.p) top = { p, right: labels[i] as number }
      })
      return top
    })
    const grid = Array.from({ length: 19 }, (_, k) => Math.round((k + 1) * 5) / 100)
    const scores = grid.map((c) => tops.reduce((s, t) => s + (t.p >= c ? (t.right ? 1 : -1) : 0), 0))
    const top = Math.max(...scores)
    return grid[scores.findIndex((s) => s >= top - 0.01 * tops.length)] as number
  }

  fit(names: readonly string[]) {
    return fitLogistic(names, this.rows, this.labels)
  }
}


/**
 * 1 for a segment that is article text: it is one of the expected paragraphs or headings, holds
 * one that makes up most of it, or is a long piece of one (crawl text sometimes splits a paragraph).
 */
export function lineLabels(page: LabelledPage, a: Analysis): number[] {
  const gold = [...page.paragraphs, ...page.headings].map(ws).filter((p) => p !== '')
  const exact = new Set(gold)
  return a.segments.map((s) => {
    const t = ws(s.text)
    if (exact.has(t)) return 1
    if (t.length < 20) return 0
    return gold.some((g) => (t.includes(g) && g.length >= 0.6 * t.length) || (g.includes(t) && t.length >= 40)) ? 1 : 0
  })
}
