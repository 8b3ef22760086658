import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { ROOT, runCli } from './run-cli.js'
import { parsePage } from '../../src/parse/index.js'
import { SEED_PAGE } from '../helpers.js'

const TSX = join(ROOT, 'node_modules/.bin/tsx')

t.test('parse prints the JSON contract and touches no database', async (t) => {
  const dir = t.testdir({})
  const res = await runCli(['parse', SEED_PAGE], { NEWSSTAND_DB: join(dir, 'never.db') })
  t.equal(res.code, 0)
  const printed = JSON.parse(res.stdout)
  t.same(Object.keys(printed), ['title', 'byline', 'publishedAt', 'lang', 'provenance', 'evidence', 'sections', 'references', 'source', 'publisher', 'relatedHeadlines', 'boilerplate', 'warnings'])
  t.same(printed, parsePage(readFileSync(SEED_PAGE, 'utf8')), 'same as the library')
  t.same(readdirSync(dir), [], 'no database file was created')
})

t.test('parse --url: the day the URL files the page under dates a page that prints none', async (t) => {
  // The example page prints no date of its own (its timestamps head related headlines).
  const url = 'https://english.ahram.example/News/2017/08/29/iraq-tal-afar'
  const res = await runCli(['parse', SEED_PAGE, '--url', url])
  t.equal(res.code, 0, res.stderr)
  const printed = JSON.parse(res.stdout)
  t.equal(printed.publishedAt, '2017-08-29T00:00:00Z')
  t.equal(printed.provenance.publishedAt, 'url')
  t.same(printed, parsePage(readFileSync(SEED_PAGE, 'utf8'), { url }), 'same as the library')
})

t.test('ingest twice: the second run changes nothing', async (t) => {
  const db = join(t.testdir({}), 'nested', 'news.db')
  const first = await runCli(['ingest', SEED_PAGE, '--db', db, '--json'])
  t.equal(first.code, 0, first.stderr)
  t.match(JSON.parse(first.stdout), { pagesRead: 1, articles: { new: 1, unchanged: 0 }, headlines: { new: 8, linked: 8 }, sources: { new: 1 }, publishers: { new: 1 }, errors: [] })
  const second = await runCli(['ingest', SEED_PAGE, '--db', db])
  t.equal(second.code, 0)
  t.match(second.stdout, /articles\s+0 new, 1 unchanged/)
  t.match(second.stdout, /headlines\s+0 new, 0 linked/)
})

t.test('ingest reports bad inputs and exits 2, keeping the good pages', async (t) => {
  const dir = t.testdir({ 'empty.txt': '', 'good.txt': readFileSync(SEED_PAGE, 'utf8') })
  const db = join(dir, 'news.db')
  const res = await runCli(['ingest', dir, join(dir, 'missing.txt'), '--db', db, '--json'])
  t.equal(res.code, 2)
  const summary = JSON.parse(res.stdout)
  t.equal(summary.articles.new, 1)
  t.same(summary.errors.map((e: { origin: string }) => e.origin.split('/').pop()).sort(), ['empty.txt', 'missing.txt'])
})

t.test('migrate, help and usage errors', async (t) => {
  const db = join(t.testdir({}), 'm.db')
  const first = await runCli(['migrate'], { NEWSSTAND_DB: db })
  t.match(first.stdout, /applied 001_initial\.sql/, 'NEWSSTAND_DB picks the database')
  t.match((await runCli(['migrate', '--db', db])).stdout, /already up to date/)
  // Every command the top-level usage lists, so a new command cannot ship without help.
  const top = await runCli(['--help'])
  t.equal(top.code, 0)
  const commands = [...top.stdout.matchAll(/^ {2}newsstand (\w+)/gmu)].map((m) => m[1] as string)
  t.ok(commands.length >= 8 && ['parse', 'ingest', 'serve', 'search', 'check'].every((c) => commands.includes(c)), `the commands are listed: ${commands.join(', ')}`)
  for (const command of commands) {
    const help = await runCli([command, '--help'])
    t.equal(help.code, 0)
    t.match(help.stdout, new RegExp(`^Usage: newsstand ${command} `, 'u'), `${command} --help shows its usage`)
    t.match(help.stdout, new RegExp(`Example:\\n {2}newsstand ${command} `, 'u'), `${command} --help shows an example of itself`)
  }
  const unknown = await runCli(['frobnicate'])
  t.equal(unknown.code, 1)
  t.match(unknown.stderr, /unknown command "frobnicate"/)
  t.equal((await runCli(['ingest', '--db', db])).code, 1, 'ingest without inputs is a usage error')
  t.match((await runCli(['serve'], { PORT: 'http' })).stderr, /PORT/, 'a bad environment names the variable')
})

t.test('ingest reads JSONL from standard input', async (t) => {
  const db = join(t.testdir({}), 'stdin.db')
  const page = JSON.stringify({ text: readFileSync(SEED_PAGE, 'utf8'), url: 'https://example.org/a' })
  const child = execFile(TSX, ['src/cli.ts', 'ingest', '-', '--db', db, '--json'], { cwd: ROOT })
  child.stdin?.end(`${page}\n{"broken"\n`)
  const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    let stdout = ''
    child.stdout?.on('data', (d: Buffer) => (stdout += d))
    child.on('close', (code) => resolve({ code, stdout }))
  })
  t.equal(out.code, 2, 'one line failed')
  t.match(JSON.parse(out.stdout), { pagesRead: 1, articles: { new: 1 }, errors: [{ origin: 'stdin:2' }] })
  t.equal((await runCli(['ingest', '--format', 'csv', '-', '--db', db])).code, 1, 'an unknown --format is a usage error')
})

t.test('records made by an older parser are pointed out, and reparse updates them', async (t) => {
  const db = join(t.testdir({}), 'stale.db')
  t.equal((await runCli(['ingest', SEED_PAGE, '--db', db])).code, 0)
  const { openDatabase } = await import('../../src/db/open.js')
  const conn = openDatabase(db)
  conn.exec('UPDATE documents SET parser_version = 0')
  conn.close()
  const again = await runCli(['ingest', SEED_PAGE, '--db', db])
  t.match(again.stderr, /1 stored pages were parsed by an older parser; run "npm run cli -- reparse"/)
  const reparse = await runCli(['reparse', '--db', db, '--json'])
  t.equal(reparse.code, 0)
  t.match(JSON.parse(reparse.stdout), { pagesRead: 1, articles: { unchanged: 1, changed: 0 }, errors: [] })
  t.notMatch((await runCli(['ingest', SEED_PAGE, '--db', db])).stderr, /older parser/, 'up to date after reparse')
})

t.test('ingest --threads N parser threads; --workers, its old name, warns; both is an error', async (t) => {
  const dir = t.testdir({})
  const help = await runCli(['ingest', '--help'])
  t.match(help.stdout, /--threads N/, 'help names --threads')
  t.notMatch(help.stdout, /--workers/, 'help no longer names --workers for ingest')

  const threads = await runCli(['ingest', SEED_PAGE, '--threads', '0', '--db', join(dir, 'a.db'), '--json'])
  t.equal(threads.code, 0, threads.stderr)
  t.match(JSON.parse(threads.stdout), { articles: { new: 1 }, errors: [] })
  t.notMatch(threads.stderr, /--workers/, 'no warning for --threads')
  const bad = await runCli(['ingest', SEED_PAGE, '--threads', '65', '--db', join(dir, 'a.db')])
  t.equal(bad.code, 1)
  t.match(bad.stderr, /--threads is a whole number of parser threads from 0 to 64/)

  const alias = await runCli(['ingest', SEED_PAGE, '--workers', '1', '--db', join(dir, 'b.db'), '--json'])
  t.equal(alias.code, 0, alias.stderr)
  t.match(JSON.parse(alias.stdout), { articles: { new: 1 }, errors: [] }, 'the old name still ingests')
  const warnings = alias.stderr.split('\n').filter((l) => l.includes('--workers'))
  t.same(warnings, ['newsstand: ingest --workers is now --threads (parser threads); --workers will be removed'], 'one line on stderr')
  t.match((await runCli(['ingest', SEED_PAGE, '--workers', 'x', '--db', join(dir, 'b.db')])).stderr, /--workers is a whole number of parser threads/, 'a bad value names the flag given')

  const both = await runCli(['ingest', SEED_PAGE, '--workers', '1', '--threads', '1', '--db', join(dir, 'c.db')])
  t.equal(both.code, 1)
  t.match(both.stderr, /--workers is the old name of --threads: give --threads only/)
  t.notOk(existsSync(join(dir, 'c.db')), 'refused before the database was opened')
})
