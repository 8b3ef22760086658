import type { Db } from './open.js'

/**
 * A time budget that SQL itself checks. better-sqlite3 cannot interrupt a running statement, so
 * the queries that can run long (full-text matches over many rows) call `within_budget()` in
 * their WHERE clause (through `budgetCheck`, on one candidate row in 256), and once the thread's
 * deadline has passed it throws, which aborts the statement. The thread is then free at once, instead of
 * running a query nobody waits for. Outside a budget (the CLI, inline reads) it always passes.
 */
let deadline = Number.POSITIVE_INFINITY

/** The error `within_budget()` aborts a statement with; the read pool knows it by name. */
export const BUDGET_EXCEEDED = 'QueryBudgetExceeded'

export function registerBudget(db: Db): void {
  db.function('within_budget', { deterministic: false }, () => {
    if (Date.now() <= deadline) return 1
    const err = new Error('the query ran past its time budget')
    err.name = BUDGET_EXCEEDED
    throw err
  })
}

/**
 * The SQL term that checks the budget, for a statement walking rows by `id`. One row in 256 (by
 * id) calls within_budget(): a call from SQLite into JavaScript for every row cost 2–10% of a
 * search's time, and 256 rows take well under a millisecond, so an over-budget read still stops
 * within about a millisecond. Ids are dense, so a statement walking many rows checks often.
 */
export const budgetCheck = (id: string): string => `((${id} & 255) <> 0 OR within_budget())`

/** Runs `fn` with SQL's `within_budget()` failing after `deadlineAt` (ms since the epoch). */
export function withDeadline<T>(deadlineAt: number, fn: () => T): T {
  deadline = deadlineAt
  try {
    return fn()
  } finally {
    deadline = Number.POSITIVE_INFINITY
  }
}
