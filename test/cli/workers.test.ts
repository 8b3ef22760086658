// `serve --workers N` for real: the CLI under tsx forks its workers, they share one port, a worker
// killed is replaced, SIGTERM stops the whole tree, and what cannot work fails fast with exit 1.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { request } from 'node:http'
import { createServer, type Server } from 'node:net'
import { renameSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { ROOT, runCli, TSX_CLI } from './run-cli.js'
import { SEED_PAGE } from '../helpers.js'


/** A port free a moment ago: workers of a cluster listen on the primary's port, so it is chosen first. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address() as { port: number }
  probe.close()
  await once(probe, 'close')
  return port
}

/** A GET on a connection of its own, so the cluster hands each request to the next worker. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: { connection: 'close' } }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (s: string) => { body += s })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject).end()
  })
}

interface Served { child: ChildProcess; output: () => string; exited: Promise<number | null>; waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray> }

/** The CLI's serve in its own process group (for the teardown), its stdout (JSON logs) and stderr kept. */
function serve(args: string[], env: NodeJS.ProcessEnv): Served {
  const child = spawn(process.execPath, [TSX_CLI, 'src/cli.ts', 'serve', ...args], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOST: '127.0.0.1', NEWSSTAND_READ_WORKERS: '1', NEWSSTAND_RATE_LIMIT: '0', ...env },
  })
  let output = ''
  const listeners = new Set<() => void>()
  const onData = (chunk: Buffer) => {
    output += String(chunk)
    for (const l of listeners) l()
  }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const waitFor = (re: RegExp, ms = 60_000) => new Promise<RegExpExecArray>((resolve, reject) => {
    const check = () => {
      const m = re.exec(output)
      if (m) { listeners.delete(check); clearTimeout(timer); resolve(m) }
    }
    const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`no ${re} within ${ms} ms:\n${output}`)) }, ms)
    listeners.add(check)
    check()
  })
  return { child, output: () => output, exited, waitFor }
}

const killGroup = (s: Served) => { try { process.kill(-(s.child.pid as number), 'SIGKILL') } catch { /* gone */ } }

const alive = (pid: number) => { try { process.kill(pid, 0); return true } catch { return false } }

/** The pids in the workers' request logs (pino writes one JSON object a line, with the pid). */
function answeredBy(output: string): Set<number> {
  const pids = new Set<number>()
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue
    const entry = JSON.parse(line) as { msg?: string; pid?: number; res?: { statusCode: number } }
    if (entry.msg === 'request completed' && entry.res?.statusCode === 200 && entry.pid) pids.add(entry.pid)
  }
  return pids
}

t.test('serve --workers 2: two processes answer, a killed worker is replaced, SIGTERM stops them all', { timeout: 120_000 }, async (t) => {
  const db = join(t.testdir({}), 'cluster.db')
  const port = await freePort()
  const s = serve(['--db', db, '--ingest', SEED_PAGE, '--workers', '2'], { PORT: String(port), LOG_LEVEL: 'info' })
  t.teardown(() => killGroup(s))
  const ready = await s.waitFor(/on http:\/\/127\.0\.0\.1:(\d+) with 2 workers, pids (\d+) (\d+) /u)
  t.equal(Number(ready[1]), port, 'listening on PORT')
  const pids = [Number(ready[2]), Number(ready[3])]
  t.not(pids[0], pids[1])
  t.match(s.output(), /articles\s+1 new/, 'the primary ingested before forking')

  for (let i = 0; i < 6; i++) {
    const res = await get(port, '/health')
    t.equal(res.status, 200)
    t.equal((JSON.parse(res.body) as { articles: number }).articles, 1, 'every worker reads the ingested page')
  }
  // pino writes asynchronously: the last lines may follow the answers by a moment.
  for (let i = 0; i < 50 && s.output().split('"msg":"request completed"').length <= 6; i++) await new Promise((r) => setTimeout(r, 100))
  t.same([...answeredBy(s.output())].sort(), [...pids].sort(), 'the requests were answered by both workers, named by pid in the logs')

  const [victim, survivor] = pids as [number, number]
  process.kill(victim, 'SIGKILL')
  await s.waitFor(new RegExp(`worker ${victim} was killed by SIGKILL; starting a replacement in \\d+ ms`, 'u'))
  const replaced = await s.waitFor(new RegExp(`worker (\\d+) is serving in place of worker ${victim}`, 'u'))
  const replacement = Number(replaced[1])
  t.notOk(alive(victim), 'the killed worker is gone')
  let seen = false
  for (let i = 0; i < 50 && !seen; i++) {
    t.equal((await get(port, '/health')).status, 200, 'still serving')
    await new Promise((r) => setTimeout(r, 100))
    seen = answeredBy(s.output()).has(replacement)
  }
  t.ok(seen, `the replacement ${replacement} answers requests`)

  const started = Date.now()
  s.child.kill('SIGTERM') // the CLI process only: the primary must pass it on
  t.equal(await s.exited, 0, 'SIGTERM exits 0')
  // Exit 0 says the workers stopped within the primary's 10 s deadline (past it, it kills them and
  // exits 1); the wall clock, stretched by a loaded machine, only catches a hang.
  t.ok(Date.now() - started < 30_000, 'exited, not hung')
  t.match(s.output(), /SIGTERM: stopping 2 workers/)
  for (const pid of [survivor, replacement]) t.notOk(alive(pid), `worker ${pid} is gone`)
})

t.test('SIGTERM to the whole process group (Ctrl-C, systemd) reaches each worker twice and still exits 0', { timeout: 60_000 }, async (t) => {
  const db = join(t.testdir({}), 'group.db')
  const s = serve(['--db', db, '--workers', '2'], { PORT: String(await freePort()), LOG_LEVEL: 'info' })
  t.teardown(() => killGroup(s))
  const ready = await s.waitFor(/with 2 workers, pids (\d+) (\d+) /u)
  process.kill(-(s.child.pid as number), 'SIGTERM')
  t.equal(await s.exited, 0, 'exit 0')
  t.equal(s.output().split('"msg":"shutting down"').length, 3, 'each worker shut down once')
  t.notMatch(s.output(), /was killed by|exited with code/, 'no worker died of the second signal')
  for (const pid of [ready[1], ready[2]]) t.notOk(alive(Number(pid)), `worker ${pid} is gone`)
})

t.test('replacements that cannot start back off, then the server gives up with exit 1', { timeout: 120_000 }, async (t) => {
  const dir = t.testdir({ 'garbage.db': 'not a database '.repeat(300) })
  const db = join(dir, 'doomed.db')
  const s = serve(['--db', db, '--workers', '2'], { PORT: String(await freePort()), LOG_LEVEL: 'warn' })
  t.teardown(() => killGroup(s))
  const ready = await s.waitFor(/with 2 workers, pids (\d+) (\d+) /u)
  // The file is damaged under the running server: the workers keep their open file, new ones fail.
  renameSync(join(dir, 'garbage.db'), db)
  process.kill(Number(ready[1]), 'SIGKILL')
  t.equal(await s.exited, 1, 'exit 1 instead of an endless respawn loop')
  const delays = [...s.output().matchAll(/starting a replacement in (\d+) ms/gu)].map((m) => Number(m[1]))
  t.same(delays, [250, 500, 1000, 2000, 4000], 'each replacement waited twice as long')
  t.match(s.output(), /exited with code 1: file is not a database; starting a replacement/, 'the reason is logged')
  t.match(s.output(), /workers keep dying \(6 deaths within 60 s\): stopping/)
  t.notOk(alive(Number(ready[2])), 'the surviving worker was stopped too')
})

t.test('bad worker counts are refused before anything starts', async (t) => {
  for (const value of ['0', 'abc', '1.5', '65']) {
    const res = await runCli(['serve', '--workers', value, '--db', join(t.testdir({}), 'never.db')])
    t.equal(res.code, 1, `--workers ${value}`)
    t.match(res.stderr, /--workers is a whole number of server processes from 1 to 64/)
    t.match(res.stderr, /Usage:/)
  }
  const env = await runCli(['serve'], { NEWSSTAND_WORKERS: 'abc' })
  t.equal(env.code, 1)
  t.match(env.stderr, /NEWSSTAND_WORKERS/, 'a bad environment names the variable')
  const memory = await runCli(['serve', '--workers', '2', '--db', ':memory:'])
  t.equal(memory.code, 1)
  t.match(memory.stderr, /in-memory database cannot be shared/)
})

t.test('a port in use ends the server with exit 1, once, with and without workers', { timeout: 90_000 }, async (t) => {
  const taken: Server = createServer().listen(0, '127.0.0.1')
  await once(taken, 'listening')
  t.teardown(() => taken.close())
  const port = (taken.address() as { port: number }).port
  const db = join(t.testdir({}), 'busy.db')
  for (const workers of ['2', '1']) {
    const s = serve(['--db', db, '--workers', workers], { PORT: String(port), LOG_LEVEL: 'warn' })
    t.teardown(() => killGroup(s))
    t.equal(await s.exited, 1, `--workers ${workers}: exit 1, no respawn loop, no hang`)
    t.match(s.output(), /EADDRINUSE/, 'says why')
    t.notMatch(s.output(), /starting a replacement/, 'no worker replaced')
    if (workers === '2') t.equal(s.output().split('could not start').length, 2, 'said once, not by every worker')
  }
})
