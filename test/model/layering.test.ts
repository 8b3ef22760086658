// The words the whole app speaks (articles, headlines, page records, defaults) live in src/model,
// a leaf that imports nothing else of src, so the API contracts, config, export and the CLI can
// use them without reaching into storage or ingest (issue 16). These checks read the source, so a
// new import that breaks the layering fails here, not in a review.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface Import {
  /** The module imported from, relative to the repository (`src/db/open.js`); a package as written. */
  from: string
  /** The braced names taken from it (`type` dropped, before any `as`); not a default, `* as`, bare or dynamic import. */
  names: string[]
}

/** Every import and re-export of a module's text: single- or multi-line, bare, dynamic. */
function importsOf(text: string, file: string): Import[] {
  const at = (spec: string) => (spec.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), spec)) : spec)
  const found: Import[] = []
  const statements = /^\s*(?:import|export)\s+(?:type\s+)?(?:([\w$]+\s*,\s*)?\{([^}]*)\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+)\s+from\s+['"]([^'"]+)['"]/gmu
  for (const m of text.matchAll(statements)) {
    const names = (m[2] ?? '').split(',').map((n) => n.trim().replace(/^type\s+/u, '').split(/\s+as\s+/u)[0] as string).filter(Boolean)
    found.push({ from: at(m[3] as string), names })
  }
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gmu)) {
    found.push({ from: at((m[1] ?? m[2]) as string), names: [] })
  }
  return found
}

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path)
  if (/\.(?:ts|mts)$/u.test(path)) return [path]
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|mts|mjs)$/u.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const inside = (path: string, dir: string) => path.startsWith(`${dir}/`)
const storage = (from: string) => inside(from, 'src/db') || inside(from, 'src/ingest')

/** Names src/model declares: the vocabulary. */
function vocabulary(): Map<string, string> {
  const names = new Map<string, string>()
  for (const file of sourceFiles('src/model')) {
    for (const m of read(file).matchAll(/^export\s+(?:const|let|function|class|interface|type|enum)\s+([\w$]+)/gmu)) names.set(m[1] as string, file)
  }
  return names
}

t.test('the import reader sees every form the code uses', async (t) => {
  const text = [
    "import { z } from 'zod'",
    "import Fastify, { type FastifyReply } from 'fastify'",
    "import { a, type B, c as d } from '../db/repositories/articles.js'",
    'import {\n  E,\n  type F,\n} from "../ingest/submit.js"',
    "import type * as M from '../ingest/pool.js'",
    "export type { G } from '../db/x.js'",
    "import './side-effect.js'",
    "const h = await import('../db/open.js')",
  ].join('\n')
  t.same(importsOf(text, 'src/schemas/example.ts'), [
    { from: 'zod', names: ['z'] },
    { from: 'fastify', names: ['FastifyReply'] },
    { from: 'src/db/repositories/articles.js', names: ['a', 'B', 'c'] },
    { from: 'src/ingest/submit.js', names: ['E', 'F'] },
    { from: 'src/ingest/pool.js', names: [] },
    { from: 'src/db/x.js', names: ['G'] },
    { from: 'src/schemas/side-effect.js', names: [] },
    { from: 'src/db/open.js', names: [] },
  ])
})

t.test('src/model imports nothing of src outside src/model', async (t) => {
  const files = sourceFiles('src/model')
  t.ok(files.length >= 4, 'the model files are found')
  for (const file of files) {
    const outside = importsOf(read(file), file).filter((i) => inside(i.from, 'src') && !inside(i.from, 'src/model'))
    t.same(outside.map((i) => i.from), [], file)
  }
})

t.test('the API contracts, config and export import nothing of storage or ingest', async (t) => {
  const files = ['src/schemas', 'src/config.ts', 'src/export'].flatMap(sourceFiles)
  // Not vacuous: these files import plenty, from src/model among others.
  const all = files.flatMap((file) => importsOf(read(file), file))
  t.ok(all.some((i) => inside(i.from, 'src/model')), 'they take the vocabulary from src/model')
  for (const file of files) {
    t.same(importsOf(read(file), file).filter((i) => storage(i.from)).map((i) => i.from), [], file)
  }
})

t.test('the CLI uses storage and ingest, but takes the vocabulary from src/model', async (t) => {
  const words = vocabulary()
  t.ok(words.has('ArticleQuery') && words.has('DEFAULT_RANK_CAP'), 'the vocabulary is read')
  for (const file of ['src/cli.ts', 'src/cli'].flatMap(sourceFiles)) {
    const borrowed = importsOf(read(file), file).filter((i) => storage(i.from)).flatMap((i) => i.names.filter((n) => words.has(n)).map((n) => `${n} from ${i.from}`))
    t.same(borrowed, [], file)
  }
})

// The parser keeps words of its own (choose.ts's `Article` is a span of a page's lines), and the
// client is built apart from the server and imports nothing of it.
const OWN_WORDS = ['src/model', 'src/parse', 'src/client']

t.test('each word of the vocabulary is declared once, in src/model, with no re-export elsewhere', async (t) => {
  const words = vocabulary()
  for (const file of sourceFiles('src').filter((f) => !OWN_WORDS.some((dir) => inside(f, dir)))) {
    const text = read(file)
    const declared = [...text.matchAll(/^export\s+(?:const|let|function|class|interface|type|enum)\s+([\w$]+)/gmu)].map((m) => m[1] as string)
    const reexported = [...text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gmu)]
      .flatMap((m) => (m[1] as string).split(',').map((n) => n.trim().replace(/^type\s+/u, '').split(/\s+as\s+/u)[0] as string))
    const again = [...declared, ...reexported].filter((n) => words.has(n))
    t.same(again, [], file)
  }
})
