#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium, where the browser test
// (test/browser/) launches it through playwright-core. `npm test` runs this before tap.
// Present: returns at once. Missing: apt-get update + install, as root, or through sudo
// when it is there; otherwise it stops and prints the command to run.
// Debian's package, not `playwright install`: it gets the distribution's security updates
// and needs no download from a CDN outside the package mirrors CI already uses.
// All output goes to stderr: CI parses stdout as TAP.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const CHROMIUM = '/usr/bin/chromium'
const INSTALL = 'apt-get update && apt-get install -y --no-install-recommends chromium'

const log = (line) => process.stderr.write(`ensure-chromium: ${line}\n`)

function fail(why) {
  log(`${why}\nThe browser test needs Chromium at ${CHROMIUM}. Install it with:\n  sudo sh -c '${INSTALL}'`)
  process.exit(1)
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

function run(prefix, args) {
  const [cmd, ...rest] = [...prefix, ...args]
  // stdin closed (CI has none; sudo must not wait on a password prompt), apt's stdout to stderr.
  const res = spawnSync(cmd, rest, {
    stdio: ['ignore', 2, 2],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (res.error) fail(`${cmd} could not run: ${res.error.message}`)
  if (res.status !== 0) fail(`\`${[cmd, ...rest].join(' ')}\` exited with status ${res.status}`)
}

if (!existsSync(CHROMIUM)) {
  if (process.platform !== 'linux' || !hasCommand('apt-get')) fail('this is not a Debian-like system with apt-get')
  const root = process.getuid?.() === 0
  // -n: no password prompt; a sudo that needs one fails here with its own message.
  const prefix = root ? [] : hasCommand('sudo') ? ['sudo', '-n'] : null
  if (prefix === null) fail('not running as root, and sudo is not available')
  const started = Date.now()
  log(`${CHROMIUM} is missing; installing Debian's chromium package (${INSTALL})`)
  // Wait for the package lock rather than fail when another apt run holds it (a shared machine).
  const wait = ['-o', 'DPkg::Lock::Timeout=300']
  run(prefix, ['apt-get', ...wait, 'update'])
  run(prefix, ['apt-get', ...wait, 'install', '-y', '--no-install-recommends', 'chromium'])
  if (!existsSync(CHROMIUM)) fail(`the chromium package is installed but ${CHROMIUM} is still missing`)
  log(`installed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
