// `newsstand search`, run as users run it: a child process whose stdout is a pipe (so JSON).
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { runCli } from './run-cli.js'
import { buildApp } from '../../src/app.js'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { SEED_PAGE } from '../helpers.js'


const page = (title: string, source: string, n: number) =>
  `${title}\nBy Staff Writer\nHeavy rain flooded the river road on day ${n}, and the council closed it to traffic, officials said.\n` +
  `Engineers were checking bridge number ${n} on Tuesday.\nSource: ${source}`

/** The seed page (it names a river too) and three river pages from two sources, in a database file of the test's own. */
async function database(t: Test): Promise<string> {
  const dir = t.testdir({})
  const files = [['a.txt', page('Floods close the river road', 'Example News', 1)], ['b.txt', page('River bridge checked', 'Other Daily', 2)],
    ['c.txt', page('River road open again', 'Example News', 3)]].map(([name, text]) => {
    writeFileSync(join(dir, name as string), text as string)
    return join(dir, name as string)
  })
  const path = join(dir, 'news.db')
  const db = openDatabase(path)
  migrate(db)
  await ingestPaths(db, [SEED_PAGE, ...files])
  db.close()
  return path
}

t.test('piped, it prints what GET /articles?q= answers', async (t) => {
  const db = await database(t)
  const res = await runCli(['search', 'river -Baghdadi', '--limit', '1', '--db', db])
  t.equal(res.code, 0, res.stderr)
  t.equal(res.stderr, '')
  t.equal(res.stdout.split('\n').length, 2, 'one line of JSON')
  const printed = JSON.parse(res.stdout)
  t.equal(printed.items.length, 1)
  t.match(printed.ranking, { scope: 'all', matches: 3 }, 'the three river pages, not the seed page (it names Baghdadi)')
  t.type(printed.next, 'string', 'a cursor: more match than the limit')
  const app = await buildApp({ dbPath: db })
  t.teardown(() => app.close())
  const api = (await app.inject('/articles?q=river%20-Baghdadi&limit=1')).json()
  t.same(printed, api, 'the same body as the API, items, cursor and ranking alike')
})

t.test('--source and --json narrow and choose the output', async (t) => {
  const db = await database(t)
  const res = await runCli(['search', 'river', '--source', 'Other Daily', '--json', '--db', db])
  t.equal(res.code, 0, res.stderr)
  const { items, next } = JSON.parse(res.stdout)
  t.same(items.map((a: { title: string; source: { name: string } }) => [a.title, a.source.name]), [['River bridge checked', 'Other Daily']])
  t.equal(next, null)
  const two = JSON.parse((await runCli(['search', 'river', '--source', 'Other Daily', '--source', 'example news', '--db', db])).stdout)
  t.equal(two.items.length, 3, 'a repeated --source is any of them, names matched as the API matches them')
  t.match(JSON.parse((await runCli(['search', 'Baghdadi', '--db', db])).stdout), { items: [{ id: 1 }] }, 'the seed page')
  const dash = await runCli(['search', '--db', db, '--', '-Baghdadi river'])
  t.equal(JSON.parse(dash.stdout).items.length, 3, 'a query starting with - after --')
})

t.test('a bad query or flag is one clear line on stderr and exit 1', async (t) => {
  const db = await database(t)
  const cases: [string[], RegExp][] = [
    [['search', '"" *', '--db', db], /^newsstand: the query: nothing to search for/u],
    [['search', 'river', '--limit', '0', '--db', db], /^newsstand: --limit: Too small/u],
    [['search', 'river', '--limit', 'ten', '--db', db], /^newsstand: --limit: /u],
    [['search', 'river', '--db', join(db, '..', 'missing.db')], /^newsstand: \S+missing\.db does not exist/u],
  ]
  for (const [args, message] of cases) {
    const res = await runCli(args)
    t.equal(res.code, 1, args.join(' '))
    t.match(res.stderr, message)
    t.equal(res.stderr.trim().split('\n').length, 1, 'no stack trace, no usage dump')
    t.equal(res.stdout, '', 'nothing on stdout for a pipe to mistake for results')
  }
  t.notOk(existsSync(join(db, '..', 'missing.db')), 'searching never creates a database')
  const noQuery = await runCli(['search', '--db', db])
  t.equal(noQuery.code, 1)
  t.match(noQuery.stderr, /search takes one query/u)
})

t.test('it only reads: a file that is not a newsstand database is left as it was', async (t) => {
  const empty = join(t.testdir({ 'empty.db': '' }), 'empty.db')
  const res = await runCli(['search', 'river', '--db', empty])
  t.equal(res.code, 1)
  t.match(res.stderr, /^newsstand: this is not a newsstand database, or an older one: run newsstand migrate/u)
  t.equal(statSync(empty).size, 0, 'no schema was created in it (a migrating open would have)')
})
