// Shared by the tests in test/parse/ (beside them, not in them, so `tap test/parse` does not
// list it; .taprc only runs *.test.ts anyway).
import type { Test } from 'tap'
import { parsePage, type ParsedPage } from '../src/parse/index.js'

/**
 * The text of every input line that no output field accounts for, as `line N: rest` (empty when
 * nothing is lost). Each line is cut by every output string, longest first so a short piece (a
 * heading, a headline) cannot split a longer one; whitespace left over does not count.
 *
 * Lines are taken as `normalize` documents them: no BOM, no NUL (removed on purpose, with a
 * warning), any of LF, CRLF or lone CR ending a line. A wire code counts as kept when its code is
 * in `references`: the `n` and `ID:` prefixes are Reuters notation around the code, not text.
 */
export function coverage(page: string, parsed: ParsedPage): string[] {
  const pieces = [
    ...(parsed.title === null ? [] : [parsed.title]),
    ...parsed.sections.flatMap((s) => (s.heading === null ? [] : [s.heading])),
    ...parsed.sections.flatMap((s) => s.paragraphs),
    ...parsed.references.flatMap((r) => [`[${r}]`, `[n${r}]`, `[ID:${r}]`, `[ID:n${r}]`]),
    ...parsed.relatedHeadlines.map((h) => h.title),
    ...parsed.boilerplate,
  ]
    .filter((p) => p.trim() !== '')
    .sort((a, b) => b.length - a.length)
  const lines = page.replace(/^\uFEFF/u, '').replaceAll('\u0000', '').split(/\r\n?|\n/u)
  return lines.flatMap((line, i) => {
    let rest = line
    for (const p of pieces) rest = rest.split(p).join('')
    rest = rest.replace(/\s+/gu, '')
    return rest === '' ? [] : [`line ${i + 1}: ${rest}`]
  })
}

/** Parses `page` (lines joined with LF when given an array) and asserts that nothing was lost. */
export function parseChecked(t: Test, page: string | readonly string[]): ParsedPage {
  const text = typeof page === 'string' ? page : page.join('\n')
  const parsed = parsePage(text)
  t.strictSame(coverage(text, parsed), [], 'nothing lost: every line lands in some output field')
  return parsed
}
