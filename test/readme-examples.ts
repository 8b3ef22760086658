// Reading the runnable examples of the README and docs/api.md, and judging their output: pure,
// no processes.
//
// The convention (README.md says it in a comment under "API tour", docs/api.md at its top):
// - in README.md, every ```sh block under a "## Quick start" or "## API tour" heading is run;
//   in docs/api.md, every ```sh block is run; other languages (```json, ```console, a plain ```
//   transcript) are not;
// - a line is a command, or the continuation of the one before when that ends with `\`;
// - `# → text` lines after a command are (part of) its output, in order: each must equal a whole
//   line of the output, where `…` stands for any text; other `#` lines are comments.

export interface Example {
  command: string
  expected: string[]
  /** 1-based line of the command in the README, for failure messages. */
  line: number
}

export interface ShellBlock {
  section: string
  line: number
  examples: Example[]
}

const EXPECTED = /^#\s*→ ?(.*)$/u

/** The ```sh blocks under the level-2 heading `section` (up to the next level-1 or -2 heading). */
export function shellBlocks(markdown: string, section: string): ShellBlock[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l.trim() === `## ${section}`)
  if (start === -1) throw new Error(`README has no "## ${section}" heading`)
  return collectBlocks(lines, start + 1, section, true)
}

/** Every ```sh block of a page, each named after the heading it is under. */
export function everyShellBlock(markdown: string): ShellBlock[] {
  return collectBlocks(markdown.split('\n'), 0, '', false)
}

function collectBlocks(lines: string[], from: number, section: string, oneSection: boolean): ShellBlock[] {
  const blocks: ShellBlock[] = []
  let block: ShellBlock | null = null
  let fenced = false
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as string
    if (!fenced && /^#{1,6} /u.test(line)) {
      if (oneSection && /^#{1,2} /u.test(line)) break
      if (!oneSection) section = line.replace(/^#+ /u, '').trim()
    }
    if (/^```/u.test(line)) {
      if (fenced) {
        if (block) blocks.push(block)
        block = null
        fenced = false
      } else {
        fenced = true
        block = line.trim() === '```sh' ? { section, line: i + 1, examples: [] } : null
      }
      continue
    }
    if (block) addLine(block, line, i + 1)
  }
  if (fenced) throw new Error(`"${section}": a code block is not closed`)
  return blocks
}

function addLine(block: ShellBlock, line: string, lineNo: number) {
  const last = block.examples.at(-1)
  if (last && last.expected.length === 0 && /\\$/u.test(last.command)) {
    last.command = `${last.command.slice(0, -1)}${line.trim()}`
    return
  }
  const trimmed = line.trim()
  const expected = EXPECTED.exec(trimmed)
  if (expected) {
    if (!last) throw new Error(`line ${lineNo}: an expected output comes before any command`)
    last.expected.push(expected[1] as string)
  } else if (trimmed !== '' && !trimmed.startsWith('#')) {
    block.examples.push({ command: trimmed, expected: [], line: lineNo })
  }
}

/** Whether `line` is what the README shows, `…` matching any text (none included). */
export function lineMatches(pattern: string, line: string): boolean {
  const parts = pattern.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`, 'u').test(line)
}

/** The expected lines not found in `output`, in order: each must match a later line than the one before. */
export function missingLines(expected: string[], output: string): string[] {
  const lines = output.split('\n').map((l) => l.replace(/\s+$/u, ''))
  let at = 0
  const missing: string[] = []
  for (const pattern of expected) {
    const found = lines.findIndex((l, i) => i >= at && lineMatches(pattern.trimEnd(), l))
    if (found === -1) missing.push(pattern)
    else at = found + 1
  }
  return missing
}

const FAIL_FLAG = /(^|\s)(-[A-Za-z]*f[A-Za-z]*|--fail|--fail-with-body)(\s|$)/u
const SHOWS_STATUS = /^(HTTP\/[\d.]+ )?[1-5]\d\d\b/u

/**
 * Why an example would pass when it should not, or null: a curl without -f exits 0 on a 404, so
 * it must show the status it expects instead; a URL on another address would not reach the
 * server under test.
 */
export function lint(example: Example, bases: readonly string[]): string | null {
  for (const url of example.command.match(/https?:\/\/[^\s'"/]+/gu) ?? []) {
    if (!bases.includes(url)) return `line ${example.line}: ${url} is not ${bases.join(' or ')}, the server the quick start runs`
  }
  if (!/\bcurl\b/u.test(example.command) || FAIL_FLAG.test(example.command)) return null
  if (example.expected.some((e) => SHOWS_STATUS.test(e))) return null
  return `line ${example.line}: curl without -f must show the HTTP status it expects (-w '%{http_code}')`
}

const MARK = '@@readme-example'

/**
 * One bash script for a block, so that a variable set by one command is there for the next; a
 * marker before each command tells which output is whose and which command stopped the script.
 */
export function blockScript(commands: string[]): string {
  const steps = commands.map((c, i) => `printf '\\n${MARK} ${i}@@\\n'\n${c}`)
  return ['set -euo pipefail', ...steps, `printf '\\n${MARK} end@@\\n'`, ''].join('\n')
}

/** Each command's standard output, and how many commands ran to the end. */
export function splitOutput(stdout: string, count: number): { outputs: string[]; finished: number } {
  const outputs: string[] = Array.from({ length: count }, () => '')
  const parts = stdout.split(new RegExp(`\\n${MARK} (\\d+|end)@@\\n`, 'u'))
  let started = -1
  let ended = false
  for (let i = 1; i < parts.length; i += 2) {
    const mark = parts[i] as string
    if (mark === 'end') {
      ended = true
      break
    }
    started = Number(mark)
    outputs[started] = parts[i + 1] as string
  }
  // A command finished when the next marker (or the end) was printed after it.
  return { outputs, finished: ended ? count : Math.max(started, 0) }
}
