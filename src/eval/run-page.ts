// Parses and scores one page. A parser that throws scores as an empty parse, so one bad page
// cannot hide the rest of the run.
import { parsePage } from '../parse/index.js'
import type { ParserModel } from '../parse/model/index.js'
import type { ParsedPage } from '../parse/types.js'
import type { EvalPage } from './corpus.js'
import { EMPTY_PARSE, type PageResult, scorePage } from './score.js'

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** `model` undefined = the committed model, as `parsePage(text, { url })` uses in production. */
export function runPage(page: EvalPage, model?: ParserModel): { parsed: ParsedPage; result: PageResult } {
  try {
    const parsed = parsePage(page.text, model === undefined ? { url: page.url } : { url: page.url, model })
    return { parsed, result: scorePage(page, parsed) }
  } catch (e) {
    return { parsed: EMPTY_PARSE, result: scorePage(page, EMPTY_PARSE, message(e)) }
  }
}

/** A page that could not be parsed at all because its fold's model failed to fit. */
export function unfitted(page: EvalPage, error: unknown): PageResult {
  return scorePage(page, EMPTY_PARSE, `fitting without this page's fold threw: ${message(error)}`)
}
