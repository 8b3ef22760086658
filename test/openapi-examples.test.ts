// "Try it out works without typing": every GET in openapi.yaml, sent with its parameters' examples
// to the app over the database `npm start` builds (data/samples), answers as documented, and its
// documented examples are what it really answers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import t, { type Test } from 'tap'
import { parse } from 'yaml'
import { buildApp, type App } from '../src/app.js'
import { migrate } from '../src/db/migrate.js'
import { openDatabase } from '../src/db/open.js'
import { ingestPaths } from '../src/ingest/index.js'
import { buildTestApp, TEST_KEY } from './helpers.js'

const SAMPLES = fileURLToPath(new URL('../data/samples', import.meta.url))

interface Example { value?: unknown }
interface Parameter { name: string; in: string; example?: unknown; examples?: Record<string, Example> }
interface Media { schema?: object; example?: unknown }
interface Response { content?: Record<string, Media>; $ref?: string }
interface Operation { operationId: string; parameters?: (Parameter | { $ref: string })[]; responses: Record<string, Response> }
interface Document { paths: Record<string, Record<string, Operation>>; components: { parameters: Record<string, Parameter> } }

// The committed document (test/openapi.test.ts keeps it equal to what the routes generate).
const doc = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as Document
const resolve = (p: Parameter | { $ref: string }): Parameter => ('$ref' in p ? (doc.components.parameters[p.$ref.split('/').at(-1) ?? ''] as Parameter) : p)

/** What Swagger UI fills a parameter in with: its example, or the first of its named examples. */
const firstExample = (p: Parameter): unknown => (p.example !== undefined ? p.example : Object.values(p.examples ?? {})[0]?.value)

/** The app as `npm start` builds it: a database file, migrated, the samples ingested, then served. */
async function sampleApp(t: Test): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'newsstand-examples-'))
  const dbPath = join(dir, 'newsstand.db')
  const db = openDatabase(dbPath)
  migrate(db)
  await ingestPaths(db, [SAMPLES])
  db.close()
  const app = await buildApp({ dbPath })
  t.teardown(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return app
}

/** The request Swagger UI makes: path and query from the values, empty ones left out, lists repeated. */
function request(path: string, params: Parameter[], values: Map<Parameter, unknown>) {
  const query = new URLSearchParams()
  const headers: Record<string, string> = {}
  let url = path
  for (const p of params) {
    const value = values.get(p)
    if (value === undefined || value === '') continue
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(value)))
    if (p.in === 'query') for (const one of [value].flat()) query.append(p.name, String(one))
    if (p.in === 'header') headers[p.name.toLowerCase()] = String(value)
  }
  const search = query.toString()
  return { url: search ? `${url}?${search}` : url, headers }
}

// Values that depend on when the sample page was ingested: only their form is compared.
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{3})?Z$/u
const VOLATILE = new Set(['date', 'ingestedAt'])

/**
 * Where `example` and `actual` differ, as paths: objects must have the example's keys (with equal
 * values), arrays at least the example's items (examples cut long lists short), and the dates
 * that depend on the ingest only the same form.
 */
function differences(example: unknown, actual: unknown, at = '$'): string[] {
  if (Array.isArray(example)) {
    if (!Array.isArray(actual) || actual.length < example.length) return [`${at}: ${JSON.stringify(actual)?.slice(0, 80)}`]
    return example.flatMap((item, i) => differences(item, actual[i], `${at}[${i}]`))
  }
  if (example !== null && typeof example === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${at}: ${JSON.stringify(actual)?.slice(0, 80)}`]
    return Object.entries(example).flatMap(([key, value]) => {
      const real = (actual as Record<string, unknown>)[key]
      if (VOLATILE.has(key)) return INSTANT.test(String(real)) && INSTANT.test(String(value)) ? [] : [`${at}.${key}: ${String(real)}`]
      return differences(value, real, `${at}.${key}`)
    })
  }
  return example === actual ? [] : [`${at}: ${JSON.stringify(actual)?.slice(0, 80)} (example: ${JSON.stringify(example)?.slice(0, 80)})`]
}

const ajv = new Ajv2020.default({ strict: false, validateFormats: false, allErrors: true })
ajv.addSchema(doc, 'openapi.yaml')
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

const gets = Object.entries(doc.paths).flatMap(([path, item]) => (item.get ? [{ path, op: item.get }] : []))

t.test('every read is documented with what Try it out needs', async (t) => {
  t.ok(gets.length >= 9, `${gets.length} GET operations`)
  for (const { path, op } of gets) {
    for (const p of (op.parameters ?? []).map(resolve)) {
      t.not(firstExample(p), undefined, `${op.operationId}: ${p.name} has an example`)
      if (p.in === 'path') t.not(firstExample(p), '', `${op.operationId}: ${p.name}, a path parameter, is filled in`)
    }
    t.ok(Object.keys(op.responses).some((s) => s.startsWith('2')), `${path} documents its success`)
  }
})

t.test('every GET answers its examples as documented', async (t) => {
  const app = await sampleApp(t)
  for (const { path, op } of gets) {
    const params = (op.parameters ?? []).map(resolve)
    const values = new Map(params.map((p) => [p, firstExample(p)]))
    const { url, headers } = request(path, params, values)
    const res = await app.inject({ url, headers })
    const success = Object.keys(op.responses).find((s) => s.startsWith('2')) ?? '200'
    t.equal(String(res.statusCode), success, `${op.operationId}: GET ${url}`)
    const type = String(res.headers['content-type']).split(';')[0] ?? ''
    const media = op.responses[success]?.content?.[type]
    if (!media) {
      t.fail(`${op.operationId}: answered ${type}, which is not documented`)
      continue
    }
    if (type !== 'application/json') {
      t.ok(res.body.startsWith(String(media.example)), `${op.operationId}: the ${type} example is how the answer begins`)
      continue
    }
    const body = res.json() as Record<string, unknown>
    const validate = ajv.getSchema(`openapi.yaml#/${pointer('paths', path, 'get', 'responses', success, 'content', type, 'schema')}`)
    t.ok(validate?.(body), `${op.operationId}: the answer fits the documented schema`, { errors: validate?.errors })
    t.same(differences(media.example, body), [], `${op.operationId}: the documented example is the answer`)
    // Examples that find nothing would make Try it out show an empty list; /similar has no other article to find.
    for (const list of ['items', 'buckets', 'articles']) {
      if (Array.isArray(body[list]) && op.operationId !== 'getSimilarArticles') t.ok((body[list] as unknown[]).length > 0, `${op.operationId}: the examples find ${list}`)
    }
  }
})

t.test('the other named examples work too', async (t) => {
  const app = await sampleApp(t)
  let tried = 0
  for (const { path, op } of gets) {
    const params = (op.parameters ?? []).map(resolve)
    for (const p of params) {
      for (const [name, example] of Object.entries(p.examples ?? {}).slice(1)) {
        const values = new Map(params.map((q) => [q, q === p ? example.value : firstExample(q)]))
        const { url, headers } = request(path, params, values)
        const res = await app.inject({ url, headers })
        // A cursor pages past the one sample article (an empty page); a stale ETag gets the answer.
        t.ok(res.statusCode < 400 && op.responses[String(res.statusCode)], `${op.operationId}: ${p.name} ${name} answers ${res.statusCode}, a documented success`)
        tried++
      }
    }
  }
  t.ok(tried >= 5, `${tried} more examples tried`)
})

t.test('the download examples are the downloads of the example search', async (t) => {
  const app = await sampleApp(t)
  const normalize = (text: string) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/gu, '<instant>')
  let checked = 0
  for (const { path, op } of gets) {
    const params = (op.parameters ?? []).map(resolve)
    const format = params.find((p) => p.name === 'format')
    if (!format) continue
    for (const [value, type] of [['ndjson', 'application/x-ndjson'], ['csv', 'text/csv']] as const) {
      const values = new Map(params.map((p) => [p, p === format ? value : firstExample(p)]))
      const res = await app.inject(request(path, params, values))
      t.equal(res.headers['content-type']?.toString().split(';')[0], type, `${op.operationId}: format=${value} is ${type}`)
      const example = op.responses['200']?.content?.[type]?.example
      if (type === 'text/csv') t.ok(normalize(res.body).startsWith(normalize(String(example))), `${op.operationId}: the CSV example is the download`)
      else t.same(differences(example, JSON.parse(res.body.split('\n')[0] ?? '')), [], `${op.operationId}: the NDJSON example is its first line`)
      checked++
    }
  }
  t.equal(checked, 4, 'articles and headlines, in NDJSON and CSV')
})

t.test('the problem examples of reads are the problems the server sends', async (t) => {
  const app = await sampleApp(t)
  let checked = 0
  for (const { op } of gets) {
    for (const [status, response] of Object.entries(op.responses)) {
      const example = response.content?.['application/problem+json']?.example as { instance?: string } | undefined
      // 429, 500 and 503 need a busy, broken or slow server; the others can be asked for.
      if (!example?.instance || !['400', '404'].includes(status)) continue
      const res = await app.inject(example.instance)
      t.equal(String(res.statusCode), status, `${op.operationId} ${status}: GET ${example.instance}`)
      t.same(res.json(), example, `${op.operationId} ${status}: the example is the body`)
      checked++
    }
  }
  t.ok(checked >= 9, `${checked} problem examples checked`)
})

t.test('the problem examples of POST /documents are the problems the server sends', async (t) => {
  const responses = doc.paths['/documents']?.post?.responses ?? {}
  const example = (status: number) => responses[String(status)]?.content?.['application/problem+json']?.example
  const off = await buildTestApp(t, { seed: false })
  const on = await buildTestApp(t, { seed: false, apiKeys: [TEST_KEY] })
  const auth = { authorization: `Bearer ${TEST_KEY}` }
  // 413 needs a body over 16 MiB and 500 a failing database; these four can be asked for.
  const cases = [
    [403, off, {}, 'text/plain', 'a page'],
    [401, on, {}, 'text/plain', 'a page'],
    [415, on, auth, 'text/html', '<p>a page</p>'],
    [422, on, auth, 'text/plain', ' \n\t '],
  ] as const
  for (const [status, app, headers, type, payload] of cases) {
    const res = await app.inject({ method: 'POST', url: '/documents', headers: { ...headers, 'content-type': type }, payload })
    t.equal(res.statusCode, status, `${status}: ${type}`)
    t.same(res.json(), example(status), `${status}: the example is the body`)
  }
})
