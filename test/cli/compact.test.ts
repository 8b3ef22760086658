// The `compact` command as users run it (spawned through tsx, so apart from the in-process tests
// of test/db/compact*.test.ts for coverage: see test/coverage-map.mjs). The old databases are
// built by those files' builders.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { oldRawDatabase, oldSectionsDatabase, pages, sectionFiles } from '../db/old-databases.js'
import { SEED_PAGE } from '../helpers.js'
import { runCli } from './run-cli.js'

t.test('newsstand compact says what it converted, and --vacuum gives the space back', async (t) => {
  const dir = t.testdir()
  const path = join(dir, 'old.db')
  oldRawDatabase(path).close()
  const size = statSync(path).size
  const ran = await runCli(['compact', '--db', path, '--vacuum'])
  t.equal(ran.code, 0, ran.stderr)
  t.ok(statSync(path).size < size, `the file shrank: ${size} → ${statSync(path).size} bytes`)
  t.match(ran.stdout, new RegExp(`old\\.db: ${pages.length} raw pages compressed, [\\d.]+ MB → [\\d.]+ MB \\(\\d+ % saved\\); 0 left\\nvacuumed`, 'u'))
  const again = await runCli(['compact', '--db', path])
  t.match(again.stdout, /: 0 raw pages compressed, 0\.0 MB → 0\.0 MB; 0 left\n$/u, 'nothing left to do')
})

t.test('serve and ingest point out pages stored uncompressed', async (t) => {
  const dir = t.testdir({ 'page.txt': 'Dam opens after a year of repairs, officials in the city said on Monday.\n' })
  const path = join(dir, 'old.db')
  oldRawDatabase(path).close()
  const ran = await runCli(['ingest', join(dir, 'page.txt'), '--db', path])
  t.match(ran.stderr, new RegExp(`${pages.length} raw pages are stored uncompressed; run "npm run cli -- compact"`, 'u'))
})

t.test('newsstand compact reports the sections it converted', async (t) => {
  const path = join(t.testdir(), 'old.db')
  ;(await oldSectionsDatabase(path)).close()
  const hint = await runCli(['ingest', SEED_PAGE, '--db', path])
  t.match(hint.stderr, new RegExp(`${sectionFiles.length} articles store their sections in full; run "npm run cli -- compact"`, 'u'))
  const ran = await runCli(['compact', '--db', path])
  t.equal(ran.code, 0, ran.stderr)
  t.match(ran.stdout, new RegExp(`old\\.db: ${sectionFiles.length} articles' sections stored as their shape, 2 kept in full, [\\d.]+ MB → [\\d.]+ MB \\(\\d+ % saved\\); 0 left\\n`, 'u'))
  const again = await runCli(['ingest', SEED_PAGE, '--db', path])
  t.notMatch(again.stderr, /sections in full/u, 'ingest no longer points at them')
})
