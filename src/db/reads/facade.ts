import type { ReadPool } from './pool.js'

type Method = (...args: never[]) => unknown

/** A repository whose methods answer asynchronously, wherever they run. */
export type Reads<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never }

/**
 * `repo`'s methods as async functions: on the pool when there is one, except `inline` methods,
 * which are bounded by design (a lookup by primary key) and cost less to run here than a round
 * trip to a worker. Without a pool (an in-memory database, which workers cannot share) every
 * method runs here.
 */
export function readFacade<T extends Record<string, Method>>(name: string, repo: T, pool: ReadPool | null, inline: readonly (keyof T)[] = []): Reads<T> {
  const facade: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
  for (const method of Object.keys(repo)) {
    const local = repo[method] as unknown as (...args: unknown[]) => unknown
    facade[method] = pool && !inline.includes(method)
      ? (...args) => pool.run(name, method, args)
      : async (...args) => local(...args)
  }
  return facade as Reads<T>
}
