// Swagger UI at /docs, driven in a real headless Chromium against a listening server loaded with
// the sample pages, as `npm start` serves them: a reader who clicks "Try it out" and "Execute"
// without typing gets a 200 with real data. The inject tests check the examples on the API side;
// only a browser shows that the page itself prefills them, sends them and displays the answer
// (the CSP, the offline assets and the parameter styles all have to agree for that).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { ingestPaths } from '../../src/ingest/index.js'
import { executeWithExamples, screenshotExecuted } from './swagger-page.js'

// Debian's package, installed by scripts/ensure-chromium.mjs (which `npm test` runs first).
const CHROMIUM = '/usr/bin/chromium'
// No GPU on CI machines; nothing but the server under test on the network (no QUIC, updates,
// sync or first-run pings), so the test neither waits on nor depends on the outside world.
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]
const SAMPLES = fileURLToPath(new URL('../../data/samples', import.meta.url))
const RESULTS = fileURLToPath(new URL('../../test-results', import.meta.url))
// Generous: two cores shared with other test files, and Chromium's first start is slow.
const STEP_TIMEOUT_MS = 60_000

type Param = { name: string; in: string; example?: unknown; examples?: Record<string, { value?: unknown }>; schema?: { example?: unknown } }
type Spec = { paths: Record<string, { get: { operationId: string; parameters?: (Param | { $ref: string })[] } }> }

if (!existsSync(CHROMIUM)) {
  t.fail(`Chromium is missing at ${CHROMIUM}: run \`node scripts/ensure-chromium.mjs\` (npm test runs it first)`)
} else {
  // A database file, not :memory:, as the server uses; the sample pages loaded as `npm start` does.
  const app = await buildApp({ dbPath: join(t.testdir(), 'newsstand.db') })
  let browser: Browser | undefined
  // Browser first, so that no connection of its own holds the server open; both even on failure.
  t.teardown(async () => {
    await browser?.close()
    await app.close()
  })
  await ingestPaths(app.db, [SAMPLES])
  await app.listen({ host: '127.0.0.1', port: 0 })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: STEP_TIMEOUT_MS })
  const spec = (await (await fetch(`${base}/openapi.json`)).json()) as Spec
  const samples = readdirSync(SAMPLES).map((name) => readFileSync(join(SAMPLES, name)))

  async function openDocs(t: Test): Promise<Page> {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } })
    t.teardown(() => page.close())
    page.setDefaultTimeout(STEP_TIMEOUT_MS)
    await page.goto(`${base}/docs`)
    return page
  }

  /** The query parameters the document gives an example for, as Swagger UI should send them. */
  function exampleQuery(path: string): Record<string, string[]> {
    const params = (spec.paths[path]?.get.parameters ?? []).filter((p): p is Param => 'name' in p)
    // Swagger UI prefills the parameter's example, else the first of its named examples, else
    // the schema's; an empty value (the first cursor example: "start at page 1") is not sent.
    const prefilled = (p: Param) => p.example ?? Object.values(p.examples ?? {})[0]?.value ?? p.schema?.example
    return Object.fromEntries(params.filter((p) => p.in === 'query' && ![undefined, ''].includes(prefilled(p) as string))
      .map((p) => [p.name, [prefilled(p)].flat().map(String)]))
  }

  t.test('the article search runs with its prefilled examples and shows the matches', async (t) => {
    const page = await openDocs(t)
    const run = await executeWithExamples(page, 'articles', spec.paths['/articles']!.get.operationId)
    mkdirSync(RESULTS, { recursive: true })
    await screenshotExecuted(run, join(RESULTS, 'swagger-search.png'))

    t.equal(run.status, '200', 'the page shows a 200')
    const sent = Object.fromEntries([...new Set(run.requestUrl.searchParams.keys())].map((k) => [k, run.requestUrl.searchParams.getAll(k)]))
    t.same(sent, exampleQuery('/articles'), 'every documented example was sent, and nothing else')
    // Typed as possibly absent: a problem body must fail the assertions below, not crash them.
    const shown = JSON.parse(run.body) as { items?: { id: number; lead: string | null; snippet?: string }[] }
    t.same(shown, await (await fetch(run.requestUrl)).json(), 'the page shows the answer to the request it made')
    t.ok((shown.items?.length ?? 0) > 0, 'the examples find an article')
    const lead = shown.items?.[0]?.lead ?? ''
    t.ok(lead.length > 0 && samples.some((bytes) => bytes.toString('utf8').includes(lead)), 'its lead is text of a sample page')
    t.match(shown.items?.[0]?.snippet, /<em>.+<\/em>/, 'the snippet carries the example highlight markers')
  })

  t.test('one article by id runs with its prefilled example and shows that article', async (t) => {
    const page = await openDocs(t)
    const run = await executeWithExamples(page, 'articles', spec.paths['/articles/{id}']!.get.operationId)

    t.equal(run.status, '200', 'the page shows a 200')
    const id = run.requestUrl.pathname.split('/').at(-1)
    const shown = JSON.parse(run.body) as { id?: number; sha256?: string; sections?: unknown[] }
    t.equal(String(shown.id), id, 'the article asked for')
    const hashes = samples.map((bytes) => createHash('sha256').update(bytes).digest('hex'))
    t.ok(hashes.includes(shown.sha256 ?? ''), 'it is one of the sample pages, byte for byte')
    t.ok((shown.sections?.length ?? 0) > 0, 'with its sections')
  })
}
