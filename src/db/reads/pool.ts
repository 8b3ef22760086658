import { Worker } from 'node:worker_threads'
import type { ReadOptions } from '../repositories/index.js'
import { BUDGET_EXCEEDED } from '../budget.js'
import { deserializeError, QueryTimeoutError, ReadsOverloadedError, type SerializedError } from './errors.js'

export interface ReadPoolOptions {
  dbPath: string
  /** Worker threads, each with its own read-only connection. */
  size: number
  /** A read still unanswered after this long (queueing included) fails with QueryTimeoutError. */
  budgetMs: number
  /** Reads allowed to wait for a free worker; more fail at once with ReadsOverloadedError. */
  maxQueue?: number
  /** What each worker builds its repositories with (plain data: it is copied to the thread). */
  options?: ReadOptions
}

interface Job {
  repo: string
  method: string
  args: unknown[]
  resolve: (value: unknown) => void
  reject: (err: Error) => void
  timer: NodeJS.Timeout
  /** When SQL's within_budget() starts failing on the worker (ms since the epoch). */
  deadlineAt: number
  slot: Slot | null
}

/**
 * How long a worker may take, past a read's budget, to give up by itself (within_budget() aborts
 * the statement) before it is terminated: replacing a thread costs far more than waiting briefly.
 */
const GRACE_MS = 250

/** The young generation of each read worker's heap, in MB (see spawn). */
const READ_WORKER_YOUNG_MB = 6

interface Slot {
  worker: Worker
  job: Job | null
  ready: boolean
}

type Reply = { ready: true } | { id: number; result: unknown } | { id: number; error: SerializedError }

/**
 * Runs read queries on worker threads, so a slow query never blocks the event loop: other
 * requests keep being answered while it runs. A read over its budget is answered at once with
 * QueryTimeoutError. Its worker is told the same deadline: the long-running statements check it
 * row by row (see ../budget.ts) and abort, which frees the worker. A worker still busy a grace
 * period later (a statement without the check) is terminated and replaced.
 */
export class ReadPool {
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private readonly maxQueue: number
  private closed = false
  private failure: Error | null = null
  private readonly started: Promise<void>
  private onStarted: { resolve: () => void; reject: (err: Error) => void } | null = null

  constructor(private readonly opts: ReadPoolOptions) {
    this.maxQueue = opts.maxQueue ?? 1024
    this.started = new Promise((resolve, reject) => { this.onStarted = { resolve, reject } })
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn())
    if (opts.size <= 0) this.onStarted?.resolve()
  }

  /** Resolves once every worker has opened the database; rejects if one could not. */
  ready(): Promise<void> {
    return this.started
  }

  run(repo: string, method: string, args: unknown[]): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the read pool is closed'))
    if (this.failure) return Promise.reject(this.failure)
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new ReadsOverloadedError(`${this.queue.length} reads are already waiting`))
    }
    return new Promise((resolve, reject) => {
      const job: Job = {
        repo, method, args, resolve, reject, slot: null,
        deadlineAt: Date.now() + this.opts.budgetMs,
        timer: setTimeout(() => this.expire(job), this.opts.budgetMs),
      }
      this.queue.push(job)
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) this.settle(job, new Error('the server is shutting down'))
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }

  /** Threads started so far, replacements included: a figure for monitoring and tests. */
  spawned = 0

  private spawn(): Slot {
    this.spawned++
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { dbPath: this.opts.dbPath, options: this.opts.options ?? {} },
      // A read's garbage is a few rows and their copy for the main thread: a small young
      // generation holds it. V8's default (16 MB semi-spaces) let each worker's heap swing by
      // 15 MB under bench:load. The old generation is left unbounded: a worker out of memory
      // would fail its read.
      resourceLimits: { maxYoungGenerationSizeMb: READ_WORKER_YOUNG_MB },
    })
    const slot: Slot = { worker, job: null, ready: false }
    worker.on('message', (msg: Reply) => {
      if ('ready' in msg) {
        slot.ready = true
        if (this.slots.every((s) => s.ready)) this.onStarted?.resolve()
      } else if (slot.job) {
        const job = slot.job
        slot.job = null
        // The worker's clock may pass the deadline a moment before our timer fires.
        const err = !('error' in msg) ? undefined
          : msg.error.name === BUDGET_EXCEEDED ? new QueryTimeoutError(this.opts.budgetMs)
          : deserializeError(msg.error)
        this.settle(job, err, 'error' in msg ? undefined : msg.result)
      }
      this.dispatch()
    })
    worker.on('error', (err) => this.lost(slot, err))
    worker.on('exit', () => this.lost(slot, new Error('a read worker exited')))
    return slot
  }

  /** A worker that died: its read fails (a 500), and a fresh worker takes its place. */
  private lost(slot: Slot, err: Error) {
    const i = this.slots.indexOf(slot)
    if (i === -1) return // already replaced (timeout) or closing
    this.slots.splice(i, 1)
    if (slot.job) this.settle(slot.job, err)
    if (this.closed) return
    if (!slot.ready) {
      // It never opened the database: a new one would fail the same way.
      this.failure = new Error(`read workers cannot start: ${err.message}`)
      this.onStarted?.reject(this.failure)
      for (const job of this.queue.splice(0)) this.settle(job, this.failure)
      return
    }
    this.slots.push(this.spawn())
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return
      if (!slot.ready || slot.job) continue
      const job = this.queue.shift() as Job
      job.slot = slot
      slot.job = job
      slot.worker.postMessage({ repo: job.repo, method: job.method, args: job.args, deadlineAt: job.deadlineAt })
    }
  }

  private expire(job: Job) {
    const queued = this.queue.indexOf(job)
    if (queued !== -1) this.queue.splice(queued, 1)
    const slot = job.slot
    this.settle(job, new QueryTimeoutError(this.opts.budgetMs))
    // Still running: the worker stays busy (slot.job) until it answers; if it has not given up
    // after the grace period, stop that thread and give the pool a fresh one.
    if (!slot) return
    setTimeout(() => {
      // A pool closed in the meantime has terminated the thread: a replacement started now would
      // never be stopped, and its open port would keep the process alive.
      if (this.closed || slot.job !== job) return
      const i = this.slots.indexOf(slot)
      if (i !== -1) this.slots.splice(i, 1, this.spawn())
      slot.job = null
      void slot.worker.terminate()
    }, GRACE_MS).unref()
  }

  private settle(job: Job, err: Error | undefined, result?: unknown) {
    clearTimeout(job.timer)
    if (err) job.reject(err)
    else job.resolve(result)
  }
}
