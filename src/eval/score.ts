// Scores one page's parse against its expected record, and sums page results into set figures.
// The shapes here are what eval-results/latest.json holds, so runs can be compared later.
import type { ParsedPage } from '../parse/types.js'
import type { EvalPage } from './corpus.js'
import {
  addCounts,
  bylineMatches,
  type Counts,
  dateMatches,
  headlineMatches,
  langMatches,
  multisetF1,
  normalizeWs,
  type Scores,
  scores,
  titleMatches,
  tokenize,
} from './metrics.js'

/** One metadata field; the page's FieldResult is null when its gold gives nothing to score. */
export interface FieldResult {
  expected: string
  predicted: string | null
  correct: boolean
}

/** One page's scores under one model; eval-results/latest.json holds one per page and mode. */
export interface PageResult {
  error?: string
  paragraphs: Counts & Scores
  tokens: Counts & Scores
  title: FieldResult | null
  byline: FieldResult | null
  date: FieldResult | null
  lang: FieldResult | null
  /** Seed only: paragraphs identical (text and order) and title null. */
  exact?: boolean
}

/**
 * The parser's article text as the gold lists it: paragraphs only when the gold keeps headings
 * apart, and each section's heading before its paragraphs when the gold mixes them in.
 */
export function predictedParagraphs(parsed: ParsedPage, headingsMarked: boolean): string[] {
  return parsed.sections.flatMap((s) => (headingsMarked || s.heading === null ? s.paragraphs : [s.heading, ...s.paragraphs]))
}

function field(expected: string | null, predicted: string | null, match: (p: string | null, e: string) => boolean): FieldResult | null {
  if (expected === null || expected.trim() === '') return null
  return { expected, predicted, correct: match(predicted, expected) }
}

/** An empty parse, so a page the parser throws on scores 0 instead of stopping the whole run. */
export const EMPTY_PARSE: ParsedPage = {
  title: null, byline: null, publishedAt: null, lang: null,
  provenance: { title: null, byline: null, publishedAt: null },
  evidence: { title: null, byline: null, publishedAt: null },
  sections: [], references: [], source: null, publisher: null, relatedHeadlines: [], boilerplate: [], warnings: [],
}

export function scorePage(page: EvalPage, parsed: ParsedPage, error?: string): PageResult {
  const predicted = predictedParagraphs(parsed, page.headingsMarked)
  const result: PageResult = {
    paragraphs: multisetF1(predicted.map(normalizeWs), page.paragraphs.map(normalizeWs)),
    tokens: multisetF1(tokenize(predicted.join('\n')), tokenize(page.paragraphs.join('\n'))),
    title: field(page.title, parsed.title, page.titleKind === 'headline' ? headlineMatches : titleMatches),
    // scored only when the gold names someone; `expected` lists the names for whoever reads the file
    byline:
      page.authors.length === 0
        ? null
        : { expected: page.authors.join('; '), predicted: parsed.byline, correct: bylineMatches(parsed.byline, page.authors) },
    // The page's own form of the date (its zone, its calendar day) when it was read off the page:
    // the gold is the day the publisher printed, and UTC can be the next day.
    date: field(page.publishedTime, parsed.evidence.publishedAt?.local ?? parsed.publishedAt, dateMatches),
    lang: field(page.lang, parsed.lang, langMatches),
  }
  if (error !== undefined) result.error = error
  if (page.set === 'seed') {
    result.exact =
      error === undefined && parsed.title === null &&
      predicted.length === page.paragraphs.length && predicted.every((p, i) => p === page.paragraphs[i])
  }
  return result
}

/** correct/total over the pages whose gold gives the field. */
export interface Accuracy {
  correct: number
  total: number
}

export type Micro = Counts & Scores & { macroF1: number }

export interface SetSummary {
  pages: number
  errors: number
  paragraphs: Micro
  tokens: Micro
  title: Accuracy
  byline: Accuracy
  date: Accuracy
  lang: Accuracy
  exact?: boolean
}

function accuracy(fields: Array<FieldResult | null>): Accuracy {
  const scored = fields.filter((f): f is FieldResult => f !== null)
  return { correct: scored.filter((f) => f.correct).length, total: scored.length }
}

function micro(parts: Array<Counts & Scores>): Micro {
  const sum = parts.reduce<Counts>(addCounts, { matched: 0, predicted: 0, expected: 0 })
  const macroF1 = parts.length === 0 ? 0 : parts.reduce((s, c) => s + c.f1, 0) / parts.length
  return { ...sum, ...scores(sum), macroF1 }
}

export function summarise(results: readonly PageResult[]): SetSummary {
  const s: SetSummary = {
    pages: results.length,
    errors: results.filter((r) => r.error !== undefined).length,
    paragraphs: micro(results.map((r) => r.paragraphs)),
    tokens: micro(results.map((r) => r.tokens)),
    title: accuracy(results.map((r) => r.title)),
    byline: accuracy(results.map((r) => r.byline)),
    date: accuracy(results.map((r) => r.date)),
    lang: accuracy(results.map((r) => r.lang)),
  }
  const exact = results.filter((r) => r.exact !== undefined)
  if (exact.length > 0) s.exact = exact.every((r) => r.exact === true)
  return s
}

/** Accuracy as a rate; null when no page of the set gives the field. */
export const rate = (a: Accuracy): number | null => (a.total === 0 ? null : a.correct / a.total)
