// .env.example is the one list of the environment variables newsstand reads: it must name every
// one the code reads, no other, each with a comment, and show the real defaults.
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { ENV_VARS, loadConfig } from '../src/config.js'
import { corpusDir } from '../src/eval/corpus.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const NAME = '[A-Z][A-Z0-9_]*'

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|mts|mjs|js)$/u.test(e.name))
    .map((e) => join(e.parentPath, e.name))
}

/** Variables read by name anywhere in src/ and scripts/: `process.env.X`, `env.X`, `env['X']`. */
function readInCode(): { names: Set<string>; dynamic: string[] } {
  const names = new Set<string>(ENV_VARS)
  const dynamic: string[] = []
  for (const file of [...sourceFiles('src'), ...sourceFiles('scripts')]) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(new RegExp(`\\benv\\.(${NAME})|\\benv\\[\\s*['"\`](${NAME})['"\`]\\s*\\]`, 'gu'))) names.add((m[1] ?? m[2]) as string)
    // A name computed at run time could not be checked here.
    for (const m of text.matchAll(/\benv\[\s*(?!['"`])[^\]]*\]/gu)) dynamic.push(`${file}: ${m[0]}`)
  }
  return { names, dynamic }
}

interface Documented { name: string; value: string; commentedOut: boolean; comment: string }

function documented(): Documented[] {
  const lines = readFileSync(join(ROOT, '.env.example'), 'utf8').split('\n')
  return lines.flatMap((line, i) => {
    const m = new RegExp(`^(# ?)?(${NAME})=(.*)$`, 'u').exec(line)
    if (!m) return []
    const comment: string[] = []
    for (let j = i - 1; j >= 0 && /^# \S/u.test(lines[j] as string); j--) comment.unshift(lines[j] as string)
    return [{ name: m[2] as string, value: m[3] as string, commentedOut: m[1] !== undefined, comment: comment.join('\n') }]
  })
}

t.test('.env.example lists exactly the variables the code reads', async (t) => {
  const { names, dynamic } = readInCode()
  t.same(dynamic, [], 'no variable is read under a computed name')
  const listed = documented().map((d) => d.name)
  t.same([...listed].sort(), [...names].sort(), 'add the missing ones to .env.example, or drop the ones no longer read')
  t.equal(new Set(listed).size, listed.length, 'each listed once')
  t.ok(names.has('NEWSSTAND_DB') && names.has('NEWSSTAND_CORPUS'), 'the scan sees config.ts and src/eval alike')
})

t.test('each variable has a comment saying its format', async (t) => {
  for (const d of documented()) {
    t.ok(d.comment.length > 40, `${d.name} is explained`)
    t.match(d.comment, /integer|path|list|one of|address|folder/iu, `${d.name}: the comment says what a value looks like`)
  }
})

t.test('the values shown are the defaults', async (t) => {
  const all = documented()
  const given = Object.fromEntries(all.filter((d) => !d.commentedOut).map((d) => [d.name, d.value]))
  t.same(loadConfig(given), loadConfig({}), 'setting every value as shown changes nothing')
  t.equal(corpusDir(ROOT, given), corpusDir(ROOT, {}), 'NEWSSTAND_CORPUS too')
  // The defaults that depend on the machine are commented out, and say what they are.
  t.same(all.filter((d) => d.commentedOut).map((d) => d.name).sort(), ['NEWSSTAND_READ_WORKERS', 'NEWSSTAND_WORKERS'])
  t.match(all.find((d) => d.name === 'NEWSSTAND_WORKERS')?.comment, /Default: the number of CPU cores\./u)
  t.equal(loadConfig({}).workers, availableParallelism())
  t.match(all.find((d) => d.name === 'NEWSSTAND_READ_WORKERS')?.comment, /Default: the number of CPU cores\s+# divided by the number of server processes/u)
  t.equal(loadConfig({}).readWorkers, 1, 'one read thread per process when there is a process per core')
})
