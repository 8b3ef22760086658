// The README cannot drift (issue 7): its quick start is run the way a newcomer runs it, and every
// shell example of its API tour, then every one of docs/api.md, is run against that server, its
// `# →` lines checked. The convention for those blocks is in readme-examples.ts.
//
// What differs from a newcomer's run, and why:
// - `npm install` is not run: this test runs inside an installed checkout (tap itself comes from
//   node_modules). The test checks that the install is there instead of skipping it silently.
// - `npm start` runs on a fresh database in a temporary folder and on a free port (PORT=0; the
//   server prints the port it bound), so it never touches data/newsstand.db or a server someone
//   else runs on 3000. Commands and expected lines are rewritten to match: `127.0.0.1:3000` and
//   `localhost:3000` to the port bound, `data/newsstand.db` to the temporary database.
// - The query budget is raised to 30 s: on a loaded 2-core machine a first query can queue past
//   the default 1 s and answer 503, which says nothing about the README.
// - curl reads a .curlrc with `max-time = 60` (through CURL_HOME), so a hung request fails the
//   test instead of hanging it.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t, { type Test } from 'tap'
import { blockScript, everyShellBlock, lineMatches, lint, missingLines, shellBlocks, splitOutput, type Example, type ShellBlock } from './readme-examples.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
// The API in depth: every ```sh block of it runs against the same server, after the README's.
const API_DOC = 'docs/api.md'
const API = readFileSync(join(ROOT, API_DOC), 'utf8')
const BASES = ['http://127.0.0.1:3000', 'http://localhost:3000'] as const
const QUICK_START = ['npm install', 'npm start']
// Generous for a loaded 2-core machine (start-up there has taken 5-20 s); the per-file timeout
// in .taprc (300 s) bounds the whole file.
const STARTUP_MS = 150_000
const BLOCK_MS = 60_000

interface Server { child: ChildProcess; exited: Promise<number | null>; stdout: () => string; stderr: () => string }

/** The rewrites that point an example at the server under test (see the top of this file). */
function rewrite(text: string, port: number, db: string): string {
  return text.replaceAll('127.0.0.1:3000', `127.0.0.1:${port}`).replaceAll('localhost:3000', `127.0.0.1:${port}`).replaceAll('data/newsstand.db', db)
}

/** The environment of a newcomer's shell, without settings of ours that would change the server. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of Object.keys(env)) if (/^(NEWSSTAND_|HOST$|PORT$|LOG_LEVEL$)/u.test(name)) delete env[name]
  // A proxy in the environment would take curl's requests to 127.0.0.1 elsewhere.
  return { ...env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', ...extra }
}

function startServer(command: string, dir: string, db: string): Server {
  const child = spawn('bash', ['-c', command], {
    cwd: ROOT,
    // Its own process group: npm runs tsx, which runs the server in a child; all must stop.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: cleanEnv({ NEWSSTAND_DB: db, PORT: '0', NEWSSTAND_QUERY_BUDGET_MS: '30000', CURL_HOME: dir }),
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => { stdout = (stdout + String(chunk)).slice(-200_000) })
  child.stderr?.on('data', (chunk: Buffer) => { stderr += String(chunk) })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  // If this test process ends without its teardown (tap's timeout), the server must not outlive it.
  process.once('exit', () => { try { process.kill(-(child.pid as number), 'SIGKILL') } catch { /* gone */ } })
  return { child, exited, stdout: () => stdout, stderr: () => stderr }
}

async function stopServer(server: Server) {
  const group = -(server.child.pid as number)
  const alive = () => { try { process.kill(group, 0); return true } catch { return false } }
  try { process.kill(group, 'SIGTERM') } catch { return }
  // bash and npm exit at once on SIGTERM; the server closes its database first: wait for the group.
  for (const deadline = Date.now() + 15_000; alive() && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 100))
  if (alive()) process.kill(group, 'SIGKILL')
}

/** The port from `newsstand is serving … on http://127.0.0.1:PORT`, once the server says it. */
async function boundPort(server: Server): Promise<number> {
  const deadline = Date.now() + STARTUP_MS
  for (;;) {
    const m = /newsstand is serving .+ on http:\/\/127\.0\.0\.1:(\d+) /u.exec(server.stderr())
    if (m) return Number(m[1])
    const code = await Promise.race([server.exited, new Promise<'wait'>((r) => setTimeout(() => r('wait'), 250))])
    if (code !== 'wait') throw new Error(`npm start exited (${code}) before serving:\n${server.stderr()}\n${server.stdout()}`)
    if (Date.now() > deadline) throw new Error(`npm start did not serve within ${STARTUP_MS / 1000} s:\n${server.stderr()}`)
  }
}

interface BlockRun { code: number; stdout: string; stderr: string }

function runBlock(commands: string[], dir: string): Promise<BlockRun> {
  return new Promise((resolve) => {
    const child = execFile('bash', ['-c', blockScript(commands)], {
      cwd: ROOT, env: cleanEnv({ CURL_HOME: dir }), timeout: BLOCK_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024,
    }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0
      resolve({ code, stdout, stderr })
    })
    // Nothing to read: an example that waits for input fails instead of hanging.
    child.stdin?.end()
  })
}

/** Runs a block and asserts, example by example, that each command exits 0 and shows what the README says. */
async function checkBlock(t: Test, file: string, block: ShellBlock, port: number, db: string, dir: string) {
  const examples = block.examples.map((e): Example => ({ ...e, command: rewrite(e.command, port, db) }))
  const run = await runBlock(examples.map((e) => e.command), dir)
  const { outputs, finished } = splitOutput(run.stdout, examples.length)
  examples.forEach((example, i) => {
    const name = `${file} line ${example.line}: ${block.examples[i]?.command}`
    if (i > finished) return t.fail(name, { reason: 'not run: an earlier command of its block failed' })
    if (i === finished) return t.fail(name, { exitCode: run.code, stdout: outputs[i], stderr: run.stderr })
    const expected = example.expected.map((e) => rewrite(e, port, db))
    t.same(missingLines(expected, outputs[i] as string), [], `${name}: every # → line is in its output`, { output: outputs[i] })
  })
}

t.test('reading examples: continuations, comments, expected lines, other languages', async (t) => {
  const md = [
    '## Quick start', '```sh', '# a comment', "curl -fsS 'x' \\", "  -H 'a: b'", '# → {"a":…}', '```',
    '```json', '{"not": "run"}', '```', '## Next', '```sh', 'echo not this section', '```',
  ].join('\n')
  t.same(shellBlocks(md, 'Quick start'), [{ section: 'Quick start', line: 2, examples: [{ command: "curl -fsS 'x' -H 'a: b'", expected: ['{"a":…}'], line: 4 }] }])
  t.ok(lineMatches('{"a":…}', '{"a":1,"b":2}'), '… stands for any text')
  t.notOk(lineMatches('{"a":…}', 'x{"a":1}'), 'a whole line, not a part of one')
  t.notOk(lineMatches('a.b', 'axb'), 'regular-expression characters are literal')
  t.same(missingLines(['b', 'a'], 'a\nb'), ['a'], 'expected lines come in order')
  const page = ['# Page', '```sh', 'echo a', '```', '## Part', '### Detail', '```console', '$ not run', '```', '```sh', 'echo b', '# → b', '```'].join('\n')
  t.same(everyShellBlock(page).map((b) => [b.section, b.line, b.examples.map((e) => e.command)]), [['Page', 2, ['echo a']], ['Detail', 10, ['echo b']]],
    'in docs/api.md every sh block runs, under any heading; a console transcript does not')
  t.match(lint({ command: "curl 'http://127.0.0.1:3000/x'", expected: [], line: 9 }, BASES), /without -f/, 'a curl that cannot fail is refused')
  t.match(lint({ command: "curl -fsS 'http://127.0.0.1:3001/x'", expected: [], line: 9 }, BASES), /not http/, 'so is another server')
  t.equal(lint({ command: "curl -sS -w '%{http_code}' 'http://127.0.0.1:3000/x'", expected: ['404'], line: 9 }, BASES), null, 'a shown status will do')
})

t.test('the README has a quick start and an API tour to run', async (t) => {
  const quick = shellBlocks(README, 'Quick start').flatMap((b) => b.examples)
  t.same(quick.map((e) => e.command), QUICK_START, 'the quick start is two commands: npm install, then npm start')
  const tour = shellBlocks(README, 'API tour').flatMap((b) => b.examples)
  // A floor, so that deleting examples cannot make this test pass by having nothing to run.
  t.ok(tour.length >= 20, `the tour has examples to run (${tour.length})`)
  t.ok(tour.filter((e) => e.expected.length > 0).length >= 15, 'most of them show their output')
  for (const example of [...quick, ...tour]) t.equal(lint(example, BASES), null, `README line ${example.line} can fail`)
  const api = everyShellBlock(API).flatMap((b) => b.examples)
  t.ok(api.length >= 8, `${API_DOC} has examples to run (${api.length})`)
  for (const example of api) t.equal(lint(example, BASES), null, `${API_DOC} line ${example.line} can fail`)
})

t.test('the quick start, every API tour example and every docs/api.md example, against a real server', async (t) => {
  const [install, start] = shellBlocks(README, 'Quick start').flatMap((b) => b.examples)
  if (install?.command !== 'npm install' || start?.command !== 'npm start') return t.fail('the quick start is not npm install, npm start')
  // Not re-run (see the top of this file), but its result must be here.
  t.ok(existsSync(join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')), 'npm install has been run: better-sqlite3 is built')

  const dir = mkdtempSync(join(tmpdir(), 'newsstand-readme-'))
  writeFileSync(join(dir, '.curlrc'), 'max-time = 60\n')
  const db = join(dir, 'newsstand.db')
  const server = startServer(start.command, dir, db)
  t.teardown(async () => {
    await stopServer(server)
    rmSync(dir, { recursive: true, force: true })
  })
  const port = await boundPort(server)
  t.same(missingLines(start.expected.map((e) => rewrite(e, port, db)), server.stderr()), [], `README line ${start.line}: npm start says what the README shows`, { stderr: server.stderr() })

  for (const block of shellBlocks(README, 'API tour')) {
    await t.test(`API tour block at README line ${block.line}`, (t) => checkBlock(t, 'README', block, port, db, dir))
  }
  for (const block of everyShellBlock(API)) {
    await t.test(`${API_DOC} block at line ${block.line} (${block.section})`, (t) => checkBlock(t, API_DOC, block, port, db, dir))
  }

  // The runner itself must be able to fail: a wrong path, and a right path with the wrong output.
  const broken: ShellBlock = {
    section: 'self-check', line: 0,
    examples: [
      { command: "curl -fsS 'http://127.0.0.1:3000/health'", expected: ['{"status":"ok",…}'], line: 0 },
      { command: "curl -fsS 'http://127.0.0.1:3000/articlez/1'", expected: [], line: 0 },
    ],
  }
  const run = await runBlock(broken.examples.map((e) => rewrite(e.command, port, db)), dir)
  const { outputs, finished } = splitOutput(run.stdout, 2)
  t.equal(finished, 1, 'a command answered 404 stops its block there')
  t.not(run.code, 0, 'and fails it')
  t.same(missingLines(['{"status":"ok",…}'], outputs[0] as string), [], 'the one before it ran and matched')
  t.same(missingLines(['{"status":"down",…}'], outputs[0] as string), ['{"status":"down",…}'], 'a wrong expected line is reported')
})
