// newsstand optimize on a database that row-by-row ingests left in several segments.
import { join } from 'node:path'
import t from 'tap'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { ingestSpecs, type PageSpec } from '../routes/article-pages.js'
import { runCli } from './run-cli.js'

const pages = (topic: string, from: number, n: number): PageSpec[] => Array.from({ length: n }, (_, i) => ({ topic, n: from + i }))

t.test('newsstand optimize says what it merged; a file that is not ours is an error', async (t) => {
  const dir = t.testdir({ 'other.db': '' })
  const path = join(dir, 'news.db')
  const db = openDatabase(path)
  migrate(db)
  await ingestSpecs(db, dir, pages('dam', 1, 3))
  for (const n of [10, 20]) await ingestSpecs(db, dir, pages('harbour', n, 2))
  db.close()
  const ran = await runCli(['optimize', '--db', path])
  t.equal(ran.code, 0, ran.stderr)
  const said = /news\.db: articles_fts (\d+) segment\(s\) → 1, headlines_fts 0 segment\(s\) → 0 \(\d+\.\d s\)\n$/u.exec(ran.stdout)
  t.ok(said && Number(said[1]) > 1, `before and after, and how long: ${ran.stdout}`)
  const foreign = await runCli(['optimize', '--db', join(dir, 'other.db')])
  t.equal(foreign.code, 1)
  t.match(foreign.stderr, /other\.db is not a newsstand database/)
  t.equal((await runCli(['optimize', '--db', join(dir, 'missing.db')])).code, 1, 'a missing file is not created')
})
