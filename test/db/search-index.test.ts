// The full-text indexes in one segment each: after a first load, and again after `optimize`
// once row-by-row writes have added segments. Searches answer the same either way. The command
// itself is tested in test/cli/optimize.test.ts (spawned processes count apart for coverage).
import { join } from 'node:path'
import t from 'tap'
import { checkDatabase, optimizeDatabase } from '../../src/db/maintenance.js'
import { migrate } from '../../src/db/migrate.js'
import { openDatabase } from '../../src/db/open.js'
import { createArticlesRepository } from '../../src/db/repositories/articles.js'
import { createSearchIndexRepository } from '../../src/db/repositories/search-index.js'
import { ingestSpecs, type PageSpec } from '../routes/article-pages.js'

const pages = (topic: string, from: number, n: number): PageSpec[] => Array.from({ length: n }, (_, i) => ({ topic, n: from + i }))

t.test('a first load ends merged; later writes add segments, which optimize merges', async (t) => {
  const dir = t.testdir({})
  const db = openDatabase(join(dir, 'news.db'))
  t.teardown(() => db.close())
  migrate(db)
  const index = createSearchIndexRepository(db)
  await ingestSpecs(db, dir, pages('dam', 1, 40))
  // (These pages list no headlines: that index stays empty, no segment at all.)
  t.same(index.segments(), { articles_fts: 1, headlines_fts: 0 }, 'the first load was indexed in bulk, then merged')

  // Later ingests are indexed row by row: each commit adds a segment, which FTS5 merges only in part.
  for (const [i, topic] of ['harbour', 'bridge'].entries()) await ingestSpecs(db, dir, pages(topic, 100 * (i + 1), 5))
  const before = index.segments()
  t.ok(before.articles_fts > 1, `row-by-row writes added segments (${before.articles_fts})`)
  const find = createArticlesRepository(db).find
  const queries = ['dam', 'harbour OR tunnel', '"the bridge talks"', 'talk*', 'dam -harbour']
  const answers = queries.map((q) => find({ q, sort: 'relevance', limit: 100 }))

  const result = optimizeDatabase(db)
  t.same(result.before, before)
  t.same(result.after, { articles_fts: 1, headlines_fts: 0 }, 'one segment')
  t.same(index.segments(), result.after)
  t.same(queries.map((q) => find({ q, sort: 'relevance', limit: 100 })), answers, 'the same answers, snippets and ranking included')
  t.same(checkDatabase(db), [], 'and the indexes still check against their tables')
  t.same(optimizeDatabase(db).after, result.after, 'optimizing again changes nothing')
})
