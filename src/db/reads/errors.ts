import { InvalidSearchError } from '../../search/query.js'

/**
 * Errors cross the thread boundary as plain data. Those the API answers as client errors are
 * rebuilt as their own class, so the error handler treats a pooled query like an inline one;
 * anything else stays a plain Error (a 500, logged).
 */
const KNOWN: Record<string, new (message: string) => Error> = { InvalidSearchError }

export interface SerializedError {
  name: string
  message: string
}

export function serializeError(err: unknown): SerializedError {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) }
}

export function deserializeError(e: SerializedError): Error {
  const Known = KNOWN[e.name]
  if (Known) return new Known(e.message)
  const err = new Error(e.message)
  err.name = e.name
  return err
}

/** A read that ran past its time budget (a 503 that says to narrow the query). */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError'
  constructor(readonly budgetMs: number) {
    super(`the query took longer than its ${budgetMs} ms budget`)
  }
}

/** More reads waiting than the pool will queue (a 503 that says to retry). */
export class ReadsOverloadedError extends Error {
  override name = 'ReadsOverloadedError'
}
