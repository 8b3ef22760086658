// Checking the Markdown pages the way GitHub renders them: their links and anchors, and the
// configuration table against .env.example. Reads files only in brokenLinks.
import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'

export interface Link { target: string; line: number }

/** The page's lines with fenced code, inline code and HTML comments blanked: what GitHub renders as text. */
function prose(markdown: string): string[] {
  const text = markdown.replace(/<!--[\s\S]*?-->/gu, (c) => c.replace(/[^\n]/gu, ' '))
  let fence: string | null = null
  return text.split('\n').map((line) => {
    const f = /^ {0,3}(`{3,}|~{3,})/u.exec(line)
    if (fence) {
      if (f && f[1]?.[0] === fence[0] && (f[1]?.length ?? 0) >= fence.length) fence = null
      return ''
    }
    if (f) {
      fence = f[1] as string
      return ''
    }
    return line.replace(/(`+)[\s\S]*?\1/gu, (c) => ' '.repeat(c.length))
  })
}

/**
 * GitHub's anchor for a heading: the rendered text lowercased, every character dropped but
 * letters, digits, `_`, `-` and spaces, and each space made a `-`.
 */
export function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/<[^>]+>/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /gu, '-')
}

/** The anchors a page offers: one per heading (a repeated one gets -1, -2 …), and any id="…". */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  let fenced = false
  for (const line of markdown.split('\n')) {
    if (/^ {0,3}(`{3,}|~{3,})/u.test(line)) fenced = !fenced
    const h = fenced ? null : /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u.exec(line)
    if (h) {
      const base = slug(h[1] as string)
      const n = seen.get(base) ?? 0
      seen.set(base, n + 1)
      out.add(n === 0 ? base : `${base}-${n}`)
    }
  }
  for (const m of markdown.matchAll(/\b(?:id|name)="([^"]+)"/gu)) out.add(m[1] as string)
  return out
}

const INLINE = /!?\[(?:[^[\]\n]|\[[^\]\n]*\])*\]\(\s*<?([^\s)>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/gu
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/u
const HTML = /\b(?:href|src)="([^"]+)"/gu

/** Every link target of the rendered text: inline links and images, reference definitions, href and src. */
export function links(markdown: string): Link[] {
  return prose(markdown).flatMap((text, i) => {
    const found = [...text.matchAll(INLINE), ...text.matchAll(HTML)].map((m) => m[1] as string)
    const ref = REFERENCE.exec(text)
    if (ref) found.push(ref[1] as string)
    return found.map((target) => ({ target, line: i + 1 }))
  })
}

/**
 * What is wrong with the relative links of `page` (a path from `root`): a file that does not
 * exist, a path out of the repository (it would break on GitHub), or a `#fragment` that is no
 * heading of the target. Links with a scheme (https:, mailto:) are not followed.
 */
export function brokenLinks(root: string, page: string): string[] {
  const problems: string[] = []
  for (const { target, line } of links(readFileSync(join(root, page), 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//iu.test(target)) continue
    const at = `${page} line ${line}: ${target}`
    const [path = '', fragment] = target.split('#', 2)
    const file = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), decodeURI(path)))
    if (file.startsWith('../') || posix.isAbsolute(file)) {
      problems.push(`${at} leaves the repository`)
    } else if (!existsSync(join(root, file))) {
      problems.push(`${at}: ${file} does not exist`)
    } else if (fragment !== undefined) {
      if (!file.endsWith('.md')) {
        if (!/^L\d+(?:-L\d+)?$/u.test(fragment)) problems.push(`${at}: #${fragment} on a file that has no headings`)
      } else if (!anchors(readFileSync(join(root, file), 'utf8')).has(fragment)) {
        problems.push(`${at}: ${file} has no heading #${fragment}`)
      }
    }
  }
  return problems
}

export interface EnvVar { name: string; value: string; commentedOut: boolean; comment: string }

/** The variables of .env.example, read as test/env-example.test.ts reads them. */
export function envExample(text: string): EnvVar[] {
  const lines = text.split('\n')
  return lines.flatMap((line, i) => {
    const m = /^(# ?)?([A-Z][A-Z0-9_]*)=(.*)$/u.exec(line)
    if (!m) return []
    const comment: string[] = []
    for (let j = i - 1; j >= 0 && /^# \S/u.test(lines[j] as string); j--) comment.unshift((lines[j] as string).slice(2))
    return [{ name: m[2] as string, value: m[3] as string, commentedOut: m[1] !== undefined, comment: comment.join(' ') }]
  })
}

/** The cells of the first table under the heading `## title`, header row first. */
export function tableUnder(markdown: string, title: string): string[][] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l.trim() === `## ${title}`)
  if (start === -1) return []
  const rows: string[][] = []
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2} /u.test(line)) break
    if (!line.startsWith('|')) {
      if (rows.length > 0) break
      continue
    }
    const cells = line.trim().replace(/^\||\|$/gu, '').split(/(?<!\\)\|/u).map((c) => c.trim())
    if (!cells.every((c) => /^:?-+:?$/u.test(c))) rows.push(cells)
  }
  return rows
}

const plain = (cell: string) => cell.replace(/[`*]/gu, '').replace(/\s+/gu, ' ').trim()

/**
 * The default a table must show for a variable: its value in .env.example, `empty` for an empty
 * one, and for one commented out there (its default depends on the machine) the text of its
 * `Default: …` sentence.
 */
export function shownDefault(v: EnvVar): string | null {
  if (v.commentedOut) return /Default: (.+?)\.(?:\s|$)/u.exec(v.comment)?.[1]?.replace(/\s+/gu, ' ') ?? null
  return v.value === '' ? 'empty' : v.value
}

/** How a configuration table (`variable` and `default` columns) differs from .env.example. */
export function configProblems(table: string[][], env: EnvVar[]): string[] {
  const [header, ...rows] = table
  const nameCol = header?.findIndex((c) => plain(c).toLowerCase() === 'variable') ?? -1
  const defaultCol = header?.findIndex((c) => plain(c).toLowerCase() === 'default') ?? -1
  if (nameCol === -1 || defaultCol === -1) return ['the table has no "variable" and "default" columns']
  const problems: string[] = []
  const shown = new Map<string, string>()
  for (const row of rows) {
    const name = plain(row[nameCol] ?? '')
    if (shown.has(name)) problems.push(`${name} is in the table twice`)
    shown.set(name, plain(row[defaultCol] ?? ''))
  }
  for (const v of env) {
    const want = shownDefault(v)
    const got = shown.get(v.name)
    if (want === null) problems.push(`${v.name} is commented out in .env.example without a "Default: …." sentence`)
    else if (got === undefined) problems.push(`${v.name} is in .env.example but not in the table`)
    else if (got !== want) problems.push(`${v.name}: the table shows the default "${got}", .env.example "${want}"`)
  }
  for (const name of shown.keys()) {
    if (!env.some((v) => v.name === name)) problems.push(`${name} is in the table but not in .env.example`)
  }
  return problems
}
