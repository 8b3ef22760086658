// Helpers for the ingest benchmark: run a child under GNU time for its peak RSS, and install the
// tools it needs from Debian when missing (CI and fresh machines have neither sqlite-utils nor,
// sometimes, /usr/bin/time; the benchmark must bring them itself).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const TIME = '/usr/bin/time'
const log = (msg: string) => process.stderr.write(`${msg}\n`)

export interface Timed { code: number; stdout: string; stderrTail: string; seconds: number; peakRssMb: number }

/** Runs `cmd` to completion under GNU time; wall time is ours (finer than time's %e), RSS is time's %M. */
export async function timed(cmd: string, args: readonly string[], cwd: string): Promise<Timed> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'))
  const out = join(scratch, 'time.txt')
  const t0 = performance.now()
  const child = spawn(TIME, ['-f', '%M %e', '-o', out, cmd, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s })
  // Only the tail is shown on failure; keeping all of it could grow without bound on a long run.
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr = (stderr + s).slice(-4000) })
  const code = await new Promise<number>((done, fail) => {
    child.on('error', fail)
    child.on('close', (c) => done(c ?? 1))
  })
  const seconds = (performance.now() - t0) / 1000
  // GNU time writes "Command exited with non-zero status N" before the figures; the figures are last.
  const figures = readFileSync(out, 'utf8').trim().split('\n').at(-1) ?? ''
  rmSync(scratch, { recursive: true, force: true })
  const kb = Number(figures.split(' ')[0])
  return { code, stdout, stderrTail: stderr.trim(), seconds, peakRssMb: Number.isFinite(kb) ? kb / 1024 : NaN }
}

const onPath = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0
let aptUpdated = false

/** Installs a Debian package when `present()` says the tool is missing; throws when that fails. */
export function ensureTool(what: string, pkg: string, present: () => boolean): void {
  if (present()) return
  if (!onPath('apt-get')) throw new Error(`${what} is missing and there is no apt-get to install it: install the "${pkg}" package`)
  const run = (args: string[]) => {
    log(`$ apt-get ${args.join(' ')}`)
    // apt's chatter goes to our stderr so that --json output on stdout stays clean.
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 2, 2], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status}); are you root? install "${pkg}" by hand`)
  }
  log(`${what} not found: installing the Debian package "${pkg}"`)
  if (!aptUpdated) run(['update'])
  aptUpdated = true
  run(['install', '-y', pkg])
  if (!present()) throw new Error(`installed "${pkg}" but ${what} is still missing`)
}

export const hasTime = () => spawnSync(TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0
export const hasCommand = (cmd: string) => () => onPath(cmd)

/** Size in bytes of whichever of `paths` exist (a database and its -wal). */
export function sizeOf(...paths: string[]): number {
  return paths.reduce((sum, p) => sum + (statSync(p, { throwIfNoEntry: false })?.size ?? 0), 0)
}
