// Deterministic generator of crawl-style pages for the ingest benchmark: real BBC article text
// dressed the way crawl dumps look (see ../shared/seeds and ../shared/corpus/readability), so
// the parser does realistic work. Same --seed and --pages → byte-identical pages.jsonl.
//   tsx scripts/bench/corpus.ts [--seed N] [--pages N] [--out DIR]
import { once } from 'node:events'
import { createWriteStream, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

/** Bump when the page shape changes, so a corpus kept from an older generator is not reused. */
export const GENERATOR_VERSION = 1
const root = fileURLToPath(new URL('../..', import.meta.url))
export const BBC_PATH = resolve(root, '../shared/corpus/bbc/bbc.jsonl')

export interface CorpusMeta { generator: number; seed: number; pages: number; bytes: number }

type Rand = () => number
/** mulberry32: tiny, fast and good enough; Math.random cannot be seeded. */
function mulberry32(seed: number): Rand {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1)) // inclusive
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T

const NAV = ['Home', 'World', 'Politics', 'Business', 'Economy', 'Tech', 'Science', 'Health', 'Sport',
  'Entertainment & Arts', 'Opinion', 'Video', 'In Pictures', 'Middle East', 'Europe', 'Arab World',
  'Lifestyle', 'Weather', 'Most Read', 'Latest News']
const NAV_EXTRA = ['Skip to content', 'Sign in', 'Search', 'Subscribe', 'Accessibility Help', 'Menu']
const SOURCES = ['Ahram online', 'Reuters', 'AFP', 'Associated Press', 'Xinhua', 'BBC News', 'Anadolu Agency', 'dpa']
const PUBLISHERS = ['Arab Today Media Group', 'Gulf News Network', 'Daily Courier Ltd', 'Nile Press House',
  'Levant Media SAL', 'Morning Herald Group', 'Atlas Publishing', 'Meridian News Corp']
const AUTHORS = ['Sarah Ahmed', 'John Miller', 'Nadia Haddad', 'Peter Walsh', 'Omar Khalil', 'Emma Clarke']
const SUBHEADS = ['ANALYSIS', 'BACKGROUND', 'What happens next?', 'REACTION', 'A long road', 'Key facts']
const COMMENTS = [['Send your comments', 'Your comment as a visitor'], ['Leave a comment'],
  ['Comments', 'You must be logged in to post a comment.'], ['Add your comment', 'Name', 'Email']]
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December']
const SITES = 50
const START = Date.UTC(2017, 0, 1)
const SPAN_MS = 2 * 365 * 86_400_000

/** `GMT 15:47 2017 Tuesday ,29 August`, the weekday computed from the date as real sites do. */
function gmtStamp(ms: number): string {
  const d = new Date(ms)
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
  return `GMT ${hm} ${d.getUTCFullYear()} ${DAYS[d.getUTCDay()]} ,${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`
}

interface Article { title: string; paragraphs: string[] }
function loadBbc(path: string): Article[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => {
    const { title, paragraphs } = JSON.parse(line) as Article
    return { title, paragraphs }
  })
}

/** Related headlines: a fixed pool sorted newest first, so a headline+time recurs across pages. */
function headlinePool(r: Rand, bbc: readonly Article[], size: number) {
  const items = Array.from({ length: size }, () => ({ title: pick(r, bbc).title, at: START + Math.floor(r() * SPAN_MS / 60_000) * 60_000 }))
  return items.sort((a, b) => b.at - a.at)
}

/** One page's text; the line order follows the seed page: nav, title, byline, body, source, related, footer. */
function page(r: Rand, site: number, bbc: readonly Article[], pool: ReturnType<typeof headlinePool>): { text: string; at: number } {
  const lines: string[] = []
  const navRand = mulberry32(site) // a site keeps its menu from page to page
  if (r() < 0.5) lines.push(pick(r, NAV_EXTRA))
  for (let i = int(navRand, 6, 30); i > 0; i--) lines.push(pick(navRand, NAV))
  const a = pick(r, bbc)
  lines.push(a.title)
  if (r() < 0.3) lines.push(a.title) // many sites print the title twice (heading + breadcrumb)
  const start = int(r, 0, pool.length - 8)
  const at = (pool[start] as { at: number }).at + int(r, 1, 360) * 60_000
  if (r() < 0.4) lines.push(`By ${pick(r, AUTHORS)}`)
  if (r() < 0.5) { const d = new Date(at); lines.push(`${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`) }
  // Body: long articles are cut at a paragraph, short ones run on into a second article (as a
  // page's inline "more on this" box does), so pages average about 3 KB like the seed corpus.
  const budget = int(r, 1600, 3700)
  let used = 0
  for (const [i, p] of [...a.paragraphs, ...pick(r, bbc).paragraphs].entries()) {
    if (i > 0 && used + p.length > budget) break
    if (i > 0 && r() < 0.12) lines.push(pick(r, SUBHEADS))
    lines.push(p)
    used += p.length
  }
  if (r() < 0.5) lines.push(`Source: ${pick(r, SOURCES)}`)
  // Related headlines as crawls glue them: each title runs into the next item's timestamp.
  const related = pool.slice(start, start + int(r, 3, 8))
  lines.push(gmtStamp((related[0] as { at: number }).at))
  for (let i = 1; i < related.length; i++) lines.push(`${(related[i - 1] as { title: string }).title}${gmtStamp((related[i] as { at: number }).at)}`)
  const publisher = PUBLISHERS[site % PUBLISHERS.length] as string
  const maintained = r() < 0.5 ? `Maintained and developed by ${publisher}.` : ''
  lines.push(`${(related.at(-1) as { title: string }).title}${maintained}`)
  const footer = `All rights reserved to ${publisher} 2021 ©`
  lines.push(footer)
  if (maintained && r() < 0.5) lines.push(maintained, footer) // printed twice, like the seed page
  if (r() < 0.7) lines.push(...pick(r, COMMENTS))
  return { text: lines.join('\n'), at }
}

/** Streams `pages` pages to DIR/pages.jsonl (through a temp name, so a partial file is never reused). */
export async function writeCorpus(opts: { seed: number; pages: number; out: string }): Promise<CorpusMeta> {
  mkdirSync(opts.out, { recursive: true })
  const r = mulberry32(opts.seed)
  const bbc = loadBbc(BBC_PATH)
  const pool = headlinePool(r, bbc, Math.min(50_000, Math.max(200, Math.ceil(opts.pages / 5))))
  const file = join(opts.out, 'pages.jsonl')
  const out = createWriteStream(`${file}.partial`)
  let bytes = 0
  for (let i = 0; i < opts.pages; i++) {
    const site = int(r, 0, SITES - 1)
    const { text, at } = page(r, site, bbc, pool)
    const crawled = new Date(at + int(r, 1, 72) * 3_600_000).toISOString().replace('.000Z', 'Z')
    const line = `${JSON.stringify({ text, url: `https://site-${site}.example/news/${opts.seed}-${i}`, timestamp: crawled })}\n`
    bytes += Buffer.byteLength(line)
    if (!out.write(line)) await once(out, 'drain') // backpressure: never buffer the corpus
  }
  out.end()
  await once(out, 'finish')
  renameSync(`${file}.partial`, file)
  const meta: CorpusMeta = { generator: GENERATOR_VERSION, seed: opts.seed, pages: opts.pages, bytes }
  writeFileSync(join(opts.out, 'corpus.json'), `${JSON.stringify(meta)}\n`)
  return meta
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, pages: { type: 'string', default: '100000' }, out: { type: 'string', default: 'bench-corpus' } } })
  const seed = Number(values.seed)
  const pages = Number(values.pages)
  if (!Number.isInteger(seed) || !Number.isInteger(pages) || pages < 1) {
    console.error('usage: tsx scripts/bench/corpus.ts [--seed N] [--pages N] [--out DIR]  (integers, pages ≥ 1)')
    process.exit(2)
  }
  const t0 = performance.now()
  const meta = await writeCorpus({ seed, pages, out: values.out as string })
  const secs = (performance.now() - t0) / 1000
  console.log(`${meta.pages} pages, ${(meta.bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(1)} s → ${join(values.out as string, 'pages.jsonl')}`)
}
