// How long the heavier reads take on a database you built (see docs/performance.md, Other reads):
//   npx tsx scripts/bench/reads.ts --db /tmp/100k.db [--n 200]
// Requests go through app.inject, so the figures are the app's, without the network. A benchmark,
// not a test: it exits 0 whatever the figures.
import { parseArgs } from 'node:util'
import { buildApp } from '../../src/app.js'

const USAGE = 'usage: npx tsx scripts/bench/reads.ts --db PATH [--n REQUESTS]   (a database ingested beforehand)'
let args
try {
  args = parseArgs({ options: { db: { type: 'string' }, n: { type: 'string', default: '200' } } }).values
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`)
  process.exit(2)
}
const n = Number(args.n)
if (!args.db || !Number.isInteger(n) || n < 1) {
  console.error(USAGE)
  process.exit(2)
}

const app = await buildApp({ dbPath: args.db })
await app.ready()
const articles = (await app.inject('/health')).json().articles as number
// Spread over the whole id range, the same ids every run.
const ids = Array.from({ length: n }, (_, i) => 1 + ((i * 7919 + 13) % articles))

async function measure(label: string, urls: string[]) {
  const ms: number[] = []
  for (const url of urls) {
    const start = performance.now()
    const res = await app.inject(url)
    ms.push(performance.now() - start)
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  }
  ms.sort((a, b) => a - b)
  const at = (q: number) => (ms[Math.floor(q * (ms.length - 1))] as number).toFixed(1)
  console.log(`${label.padEnd(40)} n=${String(ms.length).padEnd(5)} median ${at(0.5).padStart(6)} ms  p90 ${at(0.9).padStart(6)} ms  max ${at(1).padStart(6)} ms`)
}

console.log(`${articles} articles in ${args.db}`)
await measure('/articles/{id}/similar (first time)', ids.map((id) => `/articles/${id}/similar`))
await measure('/articles/{id}/similar (again)', ids.map((id) => `/articles/${id}/similar`))
await measure('/articles/{id}/similar?limit=50', ids.slice(0, 50).map((id) => `/articles/${id}/similar?limit=50`))
await measure('/articles/{id}/raw', ids.map((id) => `/articles/${id}/raw`))
const repeat = (url: string) => Array.from({ length: 20 }, () => url)
await measure('/headlines', repeat('/headlines'))
await measure('/headlines?sort=oldest&hasDate=true', repeat('/headlines?sort=oldest&hasDate=true'))
await measure('/headlines?q=bank&sort=relevance', repeat('/headlines?q=bank&sort=relevance'))
await measure('/headlines?article={id}', ids.slice(0, 20).map((id) => `/headlines?article=${id}`))
await measure('/headlines/{id}', ids.slice(0, 20).map((id) => `/headlines/${1 + (id % 1000)}`))
await measure('/headlines/timeline (all, day)', repeat('/headlines/timeline'))
await measure('/headlines/timeline?interval=week', repeat('/headlines/timeline?interval=week'))
await measure('/headlines/timeline?q=bank', repeat('/headlines/timeline?q=bank'))
await app.close()
