// The real server as a child process, as it runs in production: the CLI's `serve`, its own
// process and event loop, the default number of read threads.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

export interface BenchServer {
  base: string
  pid: number
  /** Waits until the server uses almost no CPU; resolves to the seconds that took. */
  idle(): Promise<number>
  stop(): Promise<void>
}

const TICKS_PER_SECOND = 100 // USER_HZ: 100 on every Linux architecture Node supports

/** CPU seconds used so far by every process in the group (all their threads included). */
function groupCpuSeconds(pgid: number): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try { stat = readFileSync(`/proc/${entry}/stat`, 'utf8') } catch { continue } // exited meanwhile
    // Fields after the command name, which is in brackets and may hold spaces: state ppid pgrp … utime stime.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12])
  }
  return ticks / TICKS_PER_SECOND
}

async function freePort(): Promise<number> {
  const probe = createServer()
  probe.listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address() as { port: number }
  probe.close()
  await once(probe, 'close')
  return port
}

/** Signals the server's whole process group, so that nothing it started outlives the benchmark. */
function signal(child: ChildProcess, sig: NodeJS.Signals) {
  try { if (child.pid) process.kill(-child.pid, sig) } catch { /* already gone */ }
}

/**
 * Starts `newsstand serve --db db`, or with `argv` another server script run by node (it must
 * listen on $HOST:$PORT and answer /health), and waits until /health answers.
 */
export async function startServer(root: string, db: string, env: Record<string, string> = {}, argv?: string[]): Promise<BenchServer> {
  const port = await freePort()
  // node --import tsx as `npm start` runs it: tsx's own launcher would SIGKILL a busy server on SIGTERM.
  const child = spawn(process.execPath, argv ?? ['--import', 'tsx', 'src/cli.ts', 'serve', '--db', db], {
    cwd: root,
    detached: true, // its own process group, which the CPU and memory samplers read
    stdio: ['ignore', 'ignore', 'pipe'],
    // One server process unless a caller asks for more: the figures (RSS of `pid` included) are
    // those of one process, comparable with runs from before `serve --workers`.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NEWSSTAND_WORKERS: '1', ...env },
  })
  let tail = ''
  child.stderr?.setEncoding('utf8').on('data', (s: string) => { tail = (tail + s).slice(-4000) })
  let exited: number | null = null
  child.on('exit', (code) => { exited = code ?? 1 })
  // Whatever happens to the benchmark from here on, the server does not outlive it.
  const kill = () => signal(child, 'SIGKILL')
  process.on('exit', kill)

  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (exited !== null) throw new Error(`the server exited (code ${exited}) before answering /health\n--- stderr (tail) ---\n${tail}`)
    if (Date.now() > deadline) { kill(); throw new Error(`the server did not answer /health within 60 s\n--- stderr (tail) ---\n${tail}`) }
    try {
      if ((await fetch(`${base}/health`)).ok) break
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200))
  }

  const pgid = child.pid as number
  return {
    base,
    pid: pgid,
    /**
     * A read over its budget is answered with a 503 at once, but its thread cannot interrupt
     * SQLite and runs the query to the end: after a load of slow queries the server can stay busy
     * for seconds. The next load must not pay for the previous one, so wait for quiet (under a
     * tenth of a core for half a second), at most 60 s.
     */
    async idle() {
      const t0 = performance.now()
      let before = groupCpuSeconds(pgid)
      while (performance.now() - t0 < 60_000) {
        await new Promise((r) => setTimeout(r, 500))
        const now = groupCpuSeconds(pgid)
        if (now - before < 0.05) break
        before = now
      }
      return (performance.now() - t0) / 1000 - 0.5
    },
    async stop() {
      if (exited !== null) return
      const gone = once(child, 'exit')
      signal(child, 'SIGTERM') // graceful: in-flight requests finish, the database is closed
      const timer = setTimeout(kill, 10_000)
      await gone
      clearTimeout(timer)
      process.off('exit', kill)
    },
  }
}
