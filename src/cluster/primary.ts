import cluster, { type Worker } from 'node:cluster'
import { SHUTDOWN_TIMEOUT_MS } from '../config.js'
import { RestartBudget } from './restarts.js'
import { isStartupFailure } from './worker.js'

export interface PrimaryOptions {
  workers: number
  /** Called once, when every worker listens, with the port they share and their pids. */
  onReady(port: number, pids: number[]): void
}

// The primary's lines are for the operator, like the CLI's; each names the worker it is about.
const log = (msg: string) => console.error(`newsstand: ${msg}`)

/**
 * Runs `workers` server processes under node:cluster: they all listen on the same port and the
 * primary hands each new connection to the next one in turn. Call it after migrations and
 * --ingest, so that workers only ever read the schema. The primary serves nothing itself; it
 * replaces a worker that dies (backing off, giving up on a crash loop, see restarts.ts), ends
 * with exit 1 when a worker cannot start (the others would fail alike), and on SIGINT or SIGTERM
 * stops the workers gracefully and exits 0, or 1 if they are not gone within 10 s.
 */
export function runPrimary(opts: PrimaryOptions): Promise<never> {
  const live = new Set<Worker>()
  const serving = new Set<Worker>()
  const replacing = new Map<Worker, number>()
  const failures = new Map<Worker, string>()
  const timers = new Set<NodeJS.Timeout>()
  const budget = new RestartBudget()
  let ready = false
  let stopping = false
  let exitCode = 0

  const fork = (replaces?: number) => {
    const worker = cluster.fork()
    live.add(worker)
    if (replaces !== undefined) replacing.set(worker, replaces)
  }

  const stop = (code: number) => {
    if (stopping) return
    stopping = true
    exitCode = code
    for (const timer of timers) clearTimeout(timer)
    if (live.size === 0) process.exit(exitCode)
    for (const worker of live) worker.process.kill('SIGTERM')
    setTimeout(() => {
      log(`${live.size} worker(s) still running ${SHUTDOWN_TIMEOUT_MS / 1000} s after shutdown began (pids ${pids([...live]).join(', ')}); killing them`)
      for (const worker of live) worker.process.kill('SIGKILL')
      process.exit(1)
    }, SHUTDOWN_TIMEOUT_MS).unref()
  }

  cluster.on('message', (worker, msg: unknown) => {
    if (isStartupFailure(msg)) failures.set(worker, msg.message)
  })

  cluster.on('listening', (worker, address) => {
    serving.add(worker)
    const replaced = replacing.get(worker)
    replacing.delete(worker)
    if (replaced !== undefined) log(`worker ${worker.process.pid} is serving in place of worker ${replaced}`)
    if (!ready && serving.size === opts.workers) {
      ready = true
      opts.onReady(address.port, pids([...serving]))
    }
  })

  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker)
    const served = serving.delete(worker)
    // Forgotten with the worker: a long-lived primary that replaces many keeps none of them.
    const failure = failures.get(worker)
    failures.delete(worker)
    replacing.delete(worker)
    if (stopping) {
      // Killed by our SIGTERM while still starting (no handler yet) is a clean stop too; once
      // serving, a worker must close gracefully and exit 0.
      if (code !== 0 && !(signal === 'SIGTERM' && !served)) exitCode = 1
      if (live.size === 0) process.exit(exitCode)
      return
    }
    const pid = worker.process.pid
    const how = `${signal ? `was killed by ${signal}` : `exited with code ${code}`}${failure !== undefined ? `: ${failure}` : ''}`
    if (!ready && !served) {
      // The others would fail the same way (port in use, unreadable database): no respawn loop.
      log(`could not start: ${failure ?? `worker ${pid} ${how} before listening`}`)
      stop(1)
      return
    }
    const delay = budget.died(Date.now())
    if (delay === null) {
      log(`worker ${pid} ${how}; workers keep dying (${budget.describe()}): stopping`)
      stop(1)
      return
    }
    log(`worker ${pid} ${how}; starting a replacement in ${delay} ms`)
    const timer = setTimeout(() => {
      timers.delete(timer)
      fork(pid)
    }, delay)
    timers.add(timer)
  })

  const onSignal = (signal: NodeJS.Signals) => {
    if (!stopping) log(`${signal}: stopping ${live.size} workers`)
    stop(0)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  for (let i = 0; i < opts.workers; i++) fork()
  return new Promise<never>(() => {}) // ends through process.exit above
}

const pids = (workers: Worker[]) => workers.map((w) => w.process.pid as number)
