// Loads the measurement pages from the shared corpus beside the repository (never copied into it;
// see ../shared/corpus/README.md) into one shape, so the eval scores every set the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { hostSite, splitAuthors, stemSite } from './sites.js'

export const SETS = ['readability', 'naeb', 'bbc', 'seed'] as const
export type SetName = (typeof SETS)[number]

/** One measured page; it is also a LabelledPage (src/parse/model/types.ts), so fitting can learn from it. */
export interface EvalPage {
  set: SetName
  /** readability or naeb file stem, BBC id (`business/001`), or the seed file stem. */
  name: string
  /** The site key leave-site-out groups by (see sites.ts). */
  site: string
  /** The crawl text handed to parsePage. */
  text: string
  /** Where the page was crawled from, handed to parsePage as ingest hands a JSONL record's url. */
  url: string | null
  title: string | null
  /**
   * What the gold title is: the page's <title>, which may carry the site or author around the
   * headline (readability, bbc's first line), or the headline alone (naeb).
   */
  titleKind: 'document' | 'headline'
  /** The gold authors, one name each; empty when the gold names none. */
  authors: string[]
  publishedTime: string | null
  lang: string | null
  paragraphs: string[]
  /** Expected section headings; used to explain extra paragraphs. */
  headings: string[]
  /**
   * Whether the gold keeps headings apart from paragraphs. When it does not (naeb), subheadings
   * sit among the gold paragraphs, so the parser's headings are scored as paragraphs too.
   */
  headingsMarked: boolean
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

/** The page names of a folder of `NAME.txt` + `NAME.expected.json`, sorted so every run sees one order. */
function stems(dir: string): string[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .sort()
  if (names.length === 0) throw new CorpusMissingError(`no *.expected.json pages in ${dir}`)
  return names
}

const readExpected = (dir: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Record<string, unknown>

export function loadReadability(corpus: string): EvalPage[] {
  const dir = need(join(corpus, 'readability'), 'readability pages')
  return stems(dir).map((name) => {
    const exp = readExpected(dir, name)
    return {
      set: 'readability',
      name,
      site: stemSite(name),
      url: str(exp.url),
      text: readFileSync(need(join(dir, `${name}.txt`), `crawl text of ${name}`), 'utf8'),
      title: str(exp.title),
      titleKind: 'document',
      authors: splitAuthors(str(exp.byline)),
      publishedTime: str(exp.publishedTime),
      lang: str(exp.lang),
      paragraphs: strs(exp.paragraphs),
      headings: strs(exp.headings),
      headingsMarked: true,
    }
  })
}

export function loadNaeb(corpus: string): EvalPage[] {
  const dir = need(join(corpus, 'naeb'), 'naeb pages')
  return stems(dir).map((name) => {
    const exp = readExpected(dir, name)
    return {
      set: 'naeb',
      name,
      // every naeb record names its host; the file stem is the host with dots as dashes, a fallback
      site: hostSite(str(exp.site) ?? name.replace(/-\d+$/u, '')),
      url: str(exp.url),
      text: readFileSync(need(join(dir, `${name}.txt`), `crawl text of ${name}`), 'utf8'),
      title: str(exp.title),
      titleKind: 'headline',
      authors: strs(exp.byline).map((a) => a.trim()).filter((a) => a !== ''),
      publishedTime: str(exp.publishedAt),
      lang: null,
      paragraphs: strs(exp.paragraphs),
      headings: strs(exp.headings),
      headingsMarked: false,
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
        // one publisher: the same key readability's BBC page gets from its name
        site: 'bbc',
        url: str(a.url),
        text: String(a.text),
        title: str(a.title),
        titleKind: 'document',
        authors: [],
        publishedTime: null,
        lang: null,
        paragraphs: strs(a.paragraphs),
        headings: [],
        headingsMarked: true,
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
    // the example page does not say where it was crawled from: a site of its own
    site: 'seed',
    url: null,
    text,
    title: null,
    titleKind: 'document',
    authors: [],
    publishedTime: null,
    lang: null,
    paragraphs,
    headings: [lines[5] ?? '', lines[14] ?? ''],
    headingsMarked: true,
  }
}

export function loadSets(corpus: string, sets: readonly SetName[]): EvalPage[] {
  need(corpus, 'corpus folder')
  const loaders: Record<SetName, (corpus: string) => EvalPage[]> = {
    readability: loadReadability,
    naeb: loadNaeb,
    bbc: loadBbc,
    seed: (c) => [loadSeed(c)],
  }
  return sets.flatMap((s) => loaders[s](corpus))
}
