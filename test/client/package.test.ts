// `newsstand/client` as a consumer gets it: `npm pack` (whose prepack builds dist/client), the
// tarball unpacked into another project's node_modules, plain Node running a script that imports
// it against a listening server, and tsc checking a TypeScript consumer against the shipped types.
import { execFile } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { TEST_KEY } from '../helpers.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../..', import.meta.url))

const SCRIPT = `
import { createNewsstandClient } from 'newsstand/client'
const client = createNewsstandClient({ baseUrl: process.env.BASE_URL, apiKey: process.env.NEWSSTAND_KEY })
const stored = await client.ingestPage(process.env.PAGE)
const found = await client.GET('/articles', { params: { query: { q: 'engineers' } } })
const missing = await client.GET('/articles/{id}', { params: { path: { id: 999 } } })
console.log(JSON.stringify({ stored: stored.data, found: found.data.items.map((a) => [a.id, a.title]), missing: missing.error }))
`

const CONSUMER_TS = `
import { createNewsstandClient, type Article, type Problem } from 'newsstand/client'

const client = createNewsstandClient({ baseUrl: 'http://127.0.0.1:3000' })

export async function title(id: number): Promise<string | null> {
  const { data, error } = await client.GET('/articles/{id}', { params: { path: { id } } })
  if (error) {
    const problem: Problem = error
    throw new Error(problem.detail)
  }
  const article: Article = data
  return article.title
}

// Each of these must be a type error: were the shipped types missing or \`any\`, tsc would fail here.
// @ts-expect-error: no such path
void client.GET('/nowhere')
// @ts-expect-error: the id is required
void client.GET('/articles/{id}', {})
// @ts-expect-error: limit is a number
void client.GET('/articles', { params: { query: { limit: 'ten' } } })
`

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
  },
  files: ['check.ts'],
}

const dir = t.testdir({
  consumer: {
    'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    'index.mjs': SCRIPT,
    'check.ts': CONSUMER_TS,
    'tsconfig.json': JSON.stringify(TSCONFIG),
  },
})
const consumer = join(dir, 'consumer')

t.before(async () => {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root })
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[]
  t.ok(packed, 'npm pack made a tarball')
  const files = packed!.files.map((f) => f.path)
  t.ok(['dist/client/index.js', 'dist/client/index.d.ts', 'dist/client/schema.d.ts'].every((f) => files.includes(f)), 'the built client is in the tarball')
  t.notOk(files.some((f) => f.startsWith('src/') && !f.startsWith('src/client/')), 'the server is not')
  const into = join(consumer, 'node_modules', 'newsstand')
  mkdirSync(into, { recursive: true })
  await run('tar', ['-xzf', join(dir, packed!.filename), '-C', into, '--strip-components=1'])
  // The client's one dependency, as npm would install it beside the package.
  symlinkSync(join(root, 'node_modules', 'openapi-fetch'), join(consumer, 'node_modules', 'openapi-fetch'))
})

t.test('plain Node imports newsstand/client and talks to a server', async (t) => {
  const app = await buildApp({ dbPath: ':memory:', apiKeys: [TEST_KEY] })
  t.teardown(() => app.close())
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 })
  const page = 'Engineers check the bridges on the river road\nHeavy rain flooded the river road on Monday, and the council closed it until the water goes down, officials said.'
  const { stdout } = await run(process.execPath, ['index.mjs'], { cwd: consumer, env: { ...process.env, BASE_URL: baseUrl, NEWSSTAND_KEY: TEST_KEY, PAGE: page } })
  const out = JSON.parse(stdout) as { stored: { id: number }; found: [number, string][]; missing: { status: number } }
  t.match(out.stored, { status: 'created', id: Number })
  t.same(out.found, [[out.stored.id, 'Engineers check the bridges on the river road']], 'the search finds the page it stored')
  t.match(out.missing, { status: 404, title: 'Not Found', detail: 'article 999 does not exist' })
})

t.test('a TypeScript consumer type-checks against the shipped types', async (t) => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  const checked = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer }).then(() => 'ok', (err: { stdout: string }) => err.stdout)
  t.equal(checked, 'ok', 'no type errors, and each expected one found')
})
