// CI's lint of the OpenAPI document: `npm test` runs redocly on the committed openapi.yaml (which
// test/openapi.test.ts keeps equal to what the routes generate), with the rules of redocly.yaml.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REDOCLY = fileURLToPath(new URL('../node_modules/.bin/redocly', import.meta.url))

interface Report {
  totals: { errors: number; warnings: number; ignored: number }
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[]
}

/** redocly lint as `npm run lint:openapi` runs it, as JSON; it exits 1 when there are errors. */
async function lint(file: string): Promise<Report> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
  const run = promisify(execFile)(REDOCLY, ['lint', file, '--format=json'], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 })
  const { stdout } = await run.catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }))
  return JSON.parse(stdout) as Report
}

const show = (report: Report) => report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)

t.test('openapi.yaml lints with no error and no warning', async (t) => {
  const report = await lint('openapi.yaml')
  t.same(show(report), [], 'no problems (run `npm run lint:openapi` to see them in full)')
  t.equal(report.totals.errors, 0, 'no errors')
  t.equal(report.totals.warnings, 0, 'no warnings')
  // The ignore file may only hold the exceptions it explains, each still applying.
  const ignored = parse(readFileSync(new URL('../.redocly.lint-ignore.yaml', import.meta.url), 'utf8')) as Record<string, Record<string, string[]>>
  t.same(ignored, { 'openapi.yaml': { 'operation-4xx-response': ['#/paths/~1health/get/responses', '#/paths/~1metrics/get/responses'] } },
    'the only exceptions: GET /health and GET /metrics have no 4XX')
  t.equal(report.totals.ignored, 2, 'and both are still needed')
})

t.test('the rules catch what they are there for', async (t) => {
  // A copy of the document with the faults the issue rules out; the linter must report each.
  const doc = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, { description?: string; parameters?: { example?: unknown; description?: string }[]; responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>>
  }
  const get = doc.paths['/sources/{id}']?.get
  if (!get?.parameters?.[0]) throw new Error('GET /sources/{id} and its id parameter are documented')
  delete get.description
  delete get.parameters[0].example
  const notFound = get.responses['404']?.content
  if (!notFound) throw new Error('GET /sources/{id} documents its 404')
  get.responses['404'] = { content: { 'application/json': { example: notFound['application/problem+json']?.example } } }
  const listed = doc.paths['/sources']?.get?.responses['200']?.content?.['application/json']
  if (listed) listed.example = { items: 'not a list', next: null }
  const dir = mkdtempSync(join(tmpdir(), 'newsstand-lint-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'openapi.yaml')
  writeFileSync(file, JSON.stringify(doc)) // JSON is YAML; redocly reads the rules from redocly.yaml in the cwd.
  const rules = new Set((await lint(file)).problems.map((p) => p.ruleId))
  for (const rule of ['operation-description', 'rule/parameter-example', 'operation-4xx-problem-details-rfc7807', 'no-invalid-media-type-examples']) {
    t.ok(rules.has(rule), `${rule} is enforced`)
  }
})
