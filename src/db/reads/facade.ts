import { InvalidSearchError } from '../../search/query.js'
import { QueryTimeoutError, ReadsOverloadedError } from './errors.js'
import type { ReadPool } from './pool.js'

type Method = (...args: never[]) => unknown

/** A repository whose methods answer asynchronously, wherever they run. */
export type Reads<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never }

/** `invalid`: the search text compiled to nothing (a 400); `error`: anything unexpected (a 500). */
export type ReadOutcome = 'ok' | 'invalid' | 'timeout' | 'overloaded' | 'error'

/** One read as the caller waited for it: on the pool, queueing and the trip between threads included. */
export interface ReadTiming {
  repo: string
  method: string
  where: 'pool' | 'inline'
  outcome: ReadOutcome
  seconds: number
}

const outcomeOf = (err: unknown): ReadOutcome =>
  err instanceof InvalidSearchError ? 'invalid'
    : err instanceof QueryTimeoutError ? 'timeout'
    : err instanceof ReadsOverloadedError ? 'overloaded'
    : 'error'

/**
 * `repo`'s methods as async functions: on the pool when there is one, except `inline` methods,
 * which are bounded by design (a lookup by primary key) and cost less to run here than a round
 * trip to a worker. Without a pool (an in-memory database, which workers cannot share) every
 * method runs here. Each call is timed for `observe` (the metrics): two clock reads, so cheap
 * beside any query.
 */
export function readFacade<T extends Record<string, Method>>(
  name: string, repo: T, pool: ReadPool | null, inline: readonly (keyof T)[] = [], observe: (timing: ReadTiming) => void = () => {},
): Reads<T> {
  const facade: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const method of Object.keys(repo)) {
    const local = repo[method] as unknown as (...args: unknown[]) => unknown
    const where = pool && !inline.includes(method) ? 'pool' : 'inline'
    const run = pool && where === 'pool' ? (args: unknown[]) => pool.run(name, method, args) : async (args: unknown[]) => local(...args)
    facade[method] = async (...args) => {
      const start = performance.now()
      let outcome: ReadOutcome = 'ok'
      try {
        return await run(args)
      } catch (err) {
        outcome = outcomeOf(err)
        throw err
      } finally {
        observe({ repo: name, method, where, outcome, seconds: (performance.now() - start) / 1000 })
      }
    }
  }
  return facade as Reads<T>
}
