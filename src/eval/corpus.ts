// Loads the measurement pages from the shared corpus beside the repository (never copied into it;
// see ../shared/corpus/README.md) into one shape, so the eval scores every set the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'

export const SETS = ['readability', 'bbc', 'seed'] as const
export type SetName = (typeof SETS)[number]

export interface EvalPage {
  set: SetName
  /** readability file stem, BBC id (`business/001`), or the seed file stem. */
  name: string
  /** The crawl text handed to parsePage. */
  text: string
  title: string | null
  byline: string | null
  publishedTime: string | null
  lang: string | null
  paragraphs: string[]
  /** Expected section headings (readability only); used to explain extra paragraphs. */
  headings: string[]
}

/** Thrown when an input is absent, so the script can say where it looked and exit non-zero. */
export class CorpusMissingError extends Error {}

/** `NEWSSTAND_CORPUS`, or `../shared/corpus`; a relative value is taken from the repo root, like the default. */
export function corpusDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.NEWSSTAND_CORPUS?.trim() || '../shared/corpus'
  return isAbsolute(dir) ? dir : resolve(repoRoot, dir)
}

function need(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new CorpusMissingError(
      `${what} not found at ${path}\n` +
        'Set NEWSSTAND_CORPUS to the corpus folder (default: ../shared/corpus from the repo root).',
    )
  }
  return path
}

// Expected records come from third-party JSON; a missing or non-string field counts as "not given".
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null)
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

export function loadReadability(corpus: string): EvalPage[] {
  const dir = need(join(corpus, 'readability'), 'readability pages')
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .sort()
  if (names.length === 0) throw new CorpusMissingError(`no *.expected.json pages in ${dir}`)
  return names.map((name) => {
    const exp = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Record<string, unknown>
    return {
      set: 'readability',
      name,
      text: readFileSync(need(join(dir, `${name}.txt`), `crawl text of ${name}`), 'utf8'),
      title: str(exp.title),
      byline: str(exp.byline),
      publishedTime: str(exp.publishedTime),
      lang: str(exp.lang),
      paragraphs: strs(exp.paragraphs),
      headings: strs(exp.headings),
    }
  })
}

export function loadBbc(corpus: string): EvalPage[] {
  const file = need(join(corpus, 'bbc', 'bbc.jsonl'), 'BBC articles')
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const a = JSON.parse(line) as Record<string, unknown>
      return {
        set: 'bbc',
        name: String(a.id),
        text: String(a.text),
        title: str(a.title),
        byline: null,
        publishedTime: null,
        lang: null,
        paragraphs: strs(a.paragraphs),
        headings: [],
      }
    })
}

export const SEED_NAME = '000_998e60e0fad79041'

/**
 * The example page's expected parse, written down once by reading it: the article is lines 1–36,
 * lines 6 and 15 are section headings, line 26 ends with a wire code that belongs in `references`,
 * and the page has no title line. The seeds folder sits beside the corpus folder.
 */
export function loadSeed(corpus: string): EvalPage {
  const file = need(join(corpus, '..', 'seeds', `${SEED_NAME}.txt`), 'example page (seed)')
  const text = readFileSync(file, 'utf8')
  const lines = text.split('\n').map((l) => l.trim())
  const paragraphs: string[] = []
  for (let n = 1; n <= 36; n++) {
    if (n === 6 || n === 15) continue
    const l = lines[n - 1] ?? ''
    paragraphs.push(n === 26 ? l.replace(' [L5N1GD7JK]', '') : l)
  }
  return {
    set: 'seed',
    name: SEED_NAME,
    text,
    title: null,
    byline: null,
    publishedTime: null,
    lang: null,
    paragraphs,
    headings: [lines[5] ?? '', lines[14] ?? ''],
  }
}

export function loadSets(corpus: string, sets: readonly SetName[]): EvalPage[] {
  need(corpus, 'corpus folder')
  return sets.flatMap((s) => (s === 'readability' ? loadReadability(corpus) : s === 'bbc' ? loadBbc(corpus) : [loadSeed(corpus)]))
}
