// Operations for real: a served database is backed up and checked by other processes, and
// SIGTERM stops the server cleanly.
import { spawn } from 'node:child_process'
import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { ROOT, runCli, TSX_CLI } from './run-cli.js'
import { SEED_PAGE } from '../helpers.js'

t.test('serve, write, back up and check while serving, then SIGTERM exits 0', async (t) => {
  const dir = t.testdir({ 'second.txt': readFileSync(SEED_PAGE, 'utf8').replace(/Baghdad/gu, 'Basra') })
  const db = join(dir, 'live.db')
  t.equal((await runCli(['ingest', SEED_PAGE, '--db', db])).code, 0)

  const server = spawn(process.execPath, [TSX_CLI, 'src/cli.ts', 'serve', '--db', db], {
    cwd: ROOT, env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', NEWSSTAND_READ_WORKERS: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)))
  t.teardown(() => { server.kill('SIGKILL') })
  const base = await new Promise<string>((resolve, reject) => {
    server.stderr.on('data', (chunk: Buffer) => {
      stderr += String(chunk)
      const m = /on (http:\/\/\S+:\d+)/u.exec(stderr)
      if (m?.[1]) resolve(m[1])
    })
    void exited.then(() => reject(new Error(`server exited: ${stderr}`)))
  })
  const first = await fetch(`${base}/articles`)
  t.equal(first.status, 200, 'serving')
  t.equal(first.headers.get('ratelimit-limit'), '600', 'rate limited by default')
  t.equal(first.headers.get('x-content-type-options'), 'nosniff')

  t.equal((await runCli(['ingest', join(dir, 'second.txt'), '--db', db])).code, 0, 'a write while serving')
  const backup = join(dir, 'backup.db')
  const made = await runCli(['backup', backup, '--db', db])
  t.equal(made.code, 0, made.stderr)
  t.match(made.stdout, /pages copied/)
  const again = await runCli(['backup', backup, '--db', db])
  t.equal(again.code, 1, 'an existing file is not overwritten')
  t.match(again.stderr, /already exists; pass --force/)
  t.equal((await runCli(['backup', backup, '--db', db, '--force'])).code, 0, '--force replaces it')

  const checked = await runCli(['check', '--db', backup])
  t.equal(checked.code, 0, checked.stdout)
  t.match(checked.stdout, /: ok$/m)
  const total = (await (await fetch(`${base}/health`)).json()) as { articles: number }
  t.equal(total.articles, 2, 'the server sees both writes')

  const corrupt = join(dir, 'corrupt.db')
  copyFileSync(backup, corrupt)
  truncateSync(corrupt, 4096 * 3)
  const bad = await runCli(['check', '--db', corrupt])
  t.equal(bad.code, 1, 'a damaged copy fails the check')
  t.match(bad.stdout, /problem/)
  writeFileSync(join(dir, 'empty.db'), '')
  t.equal((await runCli(['check', '--db', join(dir, 'empty.db')])).code, 1, 'an empty file is not a newsstand database')

  const started = Date.now()
  server.kill('SIGTERM')
  t.equal(await exited, 0, 'SIGTERM exits 0')
  // Exit 0 says it finished within the server's own 10 s deadline (past it, it exits 1); the wall
  // clock, stretched by a loaded machine, only catches a hang.
  t.ok(Date.now() - started < 30_000, 'exited, not hung')
  t.equal((await runCli(['check', '--db', db])).code, 0, 'the live database is sound after shutdown')
})

t.test('help for backup and check shows an example', async (t) => {
  for (const command of ['backup', 'check']) {
    const res = await runCli([command, '--help'])
    t.equal(res.code, 0)
    t.match(res.stdout, new RegExp(`Usage: newsstand ${command}[\\s\\S]*Example:\\n  newsstand ${command} `, 'u'))
  }
  t.equal((await runCli(['check', '--db', '/nonexistent/x.db'])).code, 1, 'a missing database is an error, not created')
})
