// The docs must not rot quietly (issue 16): every relative link of README.md and docs/*.md reaches
// a file of this repository, and a #fragment a heading of it, as GitHub makes anchors; and the
// configuration table of docs/operations.md is .env.example's list of variables, defaults
// included (.env.example itself is kept in step with the code by env-example.test.ts). The
// helpers are in docs-check.ts; each check is also shown failing on a page made to be wrong.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { anchors, brokenLinks, configProblems, envExample, links, slug, tableUnder } from './docs-check.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PAGES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)]
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

t.test('anchors and links are read as GitHub renders the page', async (t) => {
  t.equal(slug('Workers: processes and read threads'), 'workers-processes-and-read-threads', 'punctuation dropped, spaces to -')
  t.equal(slug('Fitting: `npm run fit`'), 'fitting-npm-run-fit', 'code spans keep their text')
  t.equal(slug('The `article_keys` table, and [more](x.md)'), 'the-article_keys-table-and-more', '_ stays; a link is its text')
  t.equal(slug('Mixed load — with writes'), 'mixed-load--with-writes', 'a dropped character leaves its spaces')
  t.same([...anchors('# A\n## Tour\n```sh\n# not a heading\n```\n## Tour\n<a id="here"></a>')], ['a', 'tour', 'tour-1', 'here'])
  const md = ['[a](x.md) and ![b](img.png "t")', '`[not](code.md)`', '```', '[not](fenced.md)', '```', '<!-- [not](comment.md) -->', '[ref]: y.md', '<a href="z.md#q">z</a>'].join('\n')
  t.same(links(md), [{ target: 'x.md', line: 1 }, { target: 'img.png', line: 1 }, { target: 'y.md', line: 7 }, { target: 'z.md#q', line: 8 }])
})

t.test('every relative link in README.md and docs/*.md resolves', async (t) => {
  t.ok(PAGES.length >= 6, `the README and the docs pages (${PAGES.join(', ')})`)
  for (const page of PAGES) t.same(brokenLinks(ROOT, page), [], `${page}: every relative link reaches a file, and a heading`)
  const relative = PAGES.flatMap((p) => links(read(p))).filter((l) => !/^[a-z]+:/iu.test(l.target))
  // A floor, so that a link reader that finds nothing cannot pass.
  t.ok(relative.length >= 50, `links were found to check (${relative.length})`)
  t.ok(relative.some((l) => l.target.includes('#')), 'fragments among them')
})

t.test('a broken link is caught', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'newsstand-docs-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(join(dir, 'docs'))
  writeFileSync(join(dir, 'docs/a.md'), '# Page A\n\n## Right here\n\n[back](../README.md#top-part)\n')
  writeFileSync(join(dir, 'code.ts'), '')
  writeFileSync(join(dir, 'README.md'), [
    '## Top part', '[fine](docs/a.md#right-here) [fine too](#top-part) [a line](code.ts#L3) [web](https://example.com/x#y)',
    '[gone](docs/b.md)', '[no such heading](docs/a.md#right-there)', '[out](../shared/x.md)', '[no headings](code.ts#intro)',
  ].join('\n'))
  t.same(brokenLinks(dir, 'README.md'), [
    'README.md line 3: docs/b.md: docs/b.md does not exist',
    'README.md line 4: docs/a.md#right-there: docs/a.md has no heading #right-there',
    'README.md line 5: ../shared/x.md leaves the repository',
    'README.md line 6: code.ts#intro: #intro on a file that has no headings',
  ])
  t.same(brokenLinks(dir, 'docs/a.md'), [], 'a link is resolved from its own page')
})

t.test('the configuration table of docs/operations.md is .env.example', async (t) => {
  const table = tableUnder(read('docs/operations.md'), 'Configuration')
  const env = envExample(read('.env.example'))
  t.ok(env.length >= 10, `.env.example lists the variables (${env.length})`)
  t.same(configProblems(table, env), [], 'the same variables, each with the same default')

  // And the comparison can fail: a changed default, a dropped row, an extra one.
  const [header, ...rows] = table
  const wrong = rows.filter((r) => !r[0]?.includes('HOST')).map((r) => r[0]?.includes('PORT') ? [r[0], '`8080`', r[2] ?? ''] : r)
  t.same(configProblems([header as string[], ...wrong, ['`NEWSSTAND_NOPE`', '`1`', '']], env), [
    'HOST is in .env.example but not in the table',
    'PORT: the table shows the default "8080", .env.example "3000"',
    'NEWSSTAND_NOPE is in the table but not in .env.example',
  ])
})
