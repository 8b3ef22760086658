// A read worker: one read-only connection and the read repositories on it. The main thread sends
// { id, repo, method, args } and gets back the method's result, or the error it threw, by name.
import { parentPort, workerData } from 'node:worker_threads'
import { withDeadline } from '../budget.js'
import { openDatabase } from '../open.js'
import { createReadRepositories, type ReadOptions } from '../repositories/index.js'
import { serializeError } from './errors.js'

const { dbPath, options } = workerData as { dbPath: string; options: ReadOptions }
const db = openDatabase(dbPath, { readonly: true })
// 16 MB of page cache instead of SQLite's 2 MB: searches go back to the same FTS index pages and
// docsize rows, and on the 100,000-page benchmark the mixed searches took 11% less CPU with it.
// A bounded cost: one cache per read thread.
db.pragma('cache_size = -16384')
const repos = createReadRepositories(db, options) as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>

parentPort?.on('message', ({ id, repo, method, args, deadlineAt }: { id: number; repo: string; method: string; args: unknown[]; deadlineAt: number }) => {
  try {
    const fn = repos[repo]?.[method]
    if (!fn) throw new Error(`no read method ${repo}.${method}`)
    parentPort?.postMessage({ id, result: withDeadline(deadlineAt, () => fn(...args)) })
  } catch (err) {
    parentPort?.postMessage({ id, error: serializeError(err) })
  }
})
parentPort?.postMessage({ ready: true })
