// Scores one page's parse against its expected record, and sums page results into set figures.
// The shapes here are what eval-results/latest.json holds, so runs can be compared later.
import type { ParsedPage } from '../parse/types.js'
import type { EvalPage } from './corpus.js'
import {
  addCounts,
  bylineMatches,
  type Counts,
  dateMatches,
  langMatches,
  multisetF1,
  normalizeWs,
  type Scores,
  scores,
  titleMatches,
  tokenize,
} from './metrics.js'

/** One metadata field: skipped (null) when nothing is expected; `predicted` undefined = parser lacks the field. */
export interface FieldResult {
  expected: string
  predicted: string | null | undefined
  correct: boolean
}

export interface PageResult {
  set: string
  name: string
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

export const predictedParagraphs = (parsed: ParsedPage): string[] => parsed.sections.flatMap((s) => s.paragraphs)

// byline, publishedAt and lang are being added to ParsedPage by someone else; read them loosely so
// the eval works before and after, and a field the parser does not have yet scores as "n/a", not wrong.
function optionalField(parsed: ParsedPage, key: string): string | null | undefined {
  const v = (parsed as unknown as Record<string, unknown>)[key]
  return v === undefined ? undefined : typeof v === 'string' ? v : null
}

function field(
  expected: string | null,
  predicted: string | null | undefined,
  match: (p: string | null | undefined, e: string) => boolean,
): FieldResult | null {
  if (expected === null || expected.trim() === '') return null
  return { expected, predicted, correct: predicted !== undefined && match(predicted, expected) }
}

/** An empty parse, so a page the parser throws on scores 0 instead of stopping the whole run. */
export const EMPTY_PARSE: ParsedPage = {
  title: null, byline: null, publishedAt: null, lang: null,
  provenance: { title: null, byline: null, publishedAt: null },
  sections: [], references: [], source: null, publisher: null, relatedHeadlines: [], boilerplate: [], warnings: [],
}

export function scorePage(page: EvalPage, parsed: ParsedPage, error?: string): PageResult {
  const predicted = predictedParagraphs(parsed)
  const result: PageResult = {
    set: page.set,
    name: page.name,
    paragraphs: multisetF1(predicted.map(normalizeWs), page.paragraphs.map(normalizeWs)),
    tokens: multisetF1(tokenize(predicted.join('\n')), tokenize(page.paragraphs.join('\n'))),
    // title is a required ParsedPage field, so a null there is a (wrong) prediction, never "n/a".
    title: field(page.title, parsed.title ?? null, titleMatches),
    byline: field(page.byline, optionalField(parsed, 'byline'), bylineMatches),
    date: field(page.publishedTime, optionalField(parsed, 'publishedAt'), dateMatches),
    lang: field(page.lang, optionalField(parsed, 'lang'), langMatches),
  }
  if (error !== undefined) result.error = error
  if (page.set === 'seed') {
    result.exact =
      error === undefined && parsed.title === null &&
      predicted.length === page.paragraphs.length && predicted.every((p, i) => p === page.paragraphs[i])
  }
  return result
}

/** correct/total over pages where the field was expected AND predicted; `missing` = parser lacked it. */
export interface Accuracy {
  correct: number
  total: number
  missing: number
}

export interface SetSummary {
  pages: number
  errors: number
  paragraphs: Counts & Scores & { macroF1: number }
  tokens: Counts & Scores & { macroF1: number }
  title: Accuracy
  byline: Accuracy
  date: Accuracy
  lang: Accuracy
  exact?: boolean
}

function accuracy(fields: Array<FieldResult | null>): Accuracy {
  const acc = { correct: 0, total: 0, missing: 0 }
  for (const f of fields) {
    if (f === null) continue
    if (f.predicted === undefined) acc.missing++
    else {
      acc.total++
      if (f.correct) acc.correct++
    }
  }
  return acc
}

function micro(parts: Array<Counts & Scores>): Counts & Scores & { macroF1: number } {
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
