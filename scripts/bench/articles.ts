// `npm run bench:articles -- --db PATH`: how long GET /articles takes on a large database, in
// process, for the query shapes analysts use (the commonest word, a rare one, a phrase, a prefix,
// filters, facets, a deep page). Prints the median of --runs runs after one warm-up, as measured
// in the repository call and through app.inject() (routing, validation, serialization included).
// Build a database first, e.g. with 100,000 generated pages:
//   npx tsx scripts/bench/corpus.ts --seed 1 --pages 100000 --out /tmp/c100k
//   npx tsx src/cli.ts ingest /tmp/c100k/pages.jsonl --db /tmp/100k.db
import { parseArgs } from 'node:util'
import { buildApp } from '../../src/app.js'

const USAGE = 'usage: npm run bench:articles -- --db PATH [--runs N] [--json]'
const { values: args } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '7' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
if (args.help || !args.db) {
  console.log(USAGE)
  process.exit(args.help ? 0 : 2)
}
const runs = Number(args.runs)

const QUERIES: [string, string][] = [
  ['list, newest', ''],
  ['list, oldest', 'sort=oldest'],
  ['list, filtered', 'source=Reuters&lang=en&since=2018-01-01&until=2018-03-31&hasTitle=true'],
  ['commonest word (relevance)', 'q=the'],
  ['commonest word, newest', 'q=the&sort=newest'],
  ['rare word', 'q=volcano'],
  ['phrase', 'q=%22prime%20minister%22'],
  ['prefix', 'q=elect*'],
  ['commonest word, one source', 'q=the&source=Reuters'],
  ['commonest word, filtered', 'q=the&source=Reuters&since=2018-01-01'],
  ['rare word, filtered', 'q=volcano&publisher=Atlas%20Publishing&sort=oldest'],
  ['facets, no q', 'facets=source,publisher,month,lang'],
  ['facets, commonest word', 'q=the&facets=source,publisher,month,lang'],
  ['facets, rare word', 'q=volcano&facets=source,publisher,month,lang'],
  ['facet month, commonest word', 'q=the&facets=month'],
]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number

const app = await buildApp({ dbPath: args.db })
const results = []
for (const [name, query] of QUERIES) {
  const url = `/articles?${query}`
  const first = await app.inject(url)
  if (first.statusCode !== 200) throw new Error(`${url}: ${first.statusCode} ${first.body}`)
  const body = first.json() as { items: unknown[]; ranking?: unknown }
  // The repository call alone: the route's validated query, without HTTP.
  const parsed = (await import('../../src/schemas/articles.js')).ArticlesQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)))
  const repo: number[] = []
  const http: number[] = []
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now()
    app.articles.find(parsed)
    repo.push(performance.now() - t0)
    t0 = performance.now()
    await app.inject(url)
    http.push(performance.now() - t0)
  }
  results.push({ name, query, repositoryMs: +median(repo).toFixed(2), injectMs: +median(http).toFixed(2), items: body.items.length, ranking: body.ranking ?? null })
}
await app.close()

if (args.json) console.log(JSON.stringify(results, null, 2))
else {
  console.log(`median of ${runs} runs (ms)   repository   inject   query`)
  for (const r of results) {
    const ranking = r.ranking ? `  ${JSON.stringify(r.ranking)}` : ''
    console.log(`${r.name.padEnd(30)} ${r.repositoryMs.toFixed(1).padStart(8)} ${r.injectMs.toFixed(1).padStart(8)}   ${r.query}${ranking}`)
  }
}
