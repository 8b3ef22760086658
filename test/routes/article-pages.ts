// Small crawl records whose every listing attribute is chosen: the words, source, publisher (the
// URL's host, as the page has no footer), language, title, and which date the article gets.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Db } from '../../src/db/open.js'
import { ingestPaths } from '../../src/ingest/index.js'

export interface PageSpec {
  /** A word every sentence of the page carries, to search for. */
  topic: string
  /** Makes the text, and so the page, distinct. */
  n: number
  source?: string
  /** The URL's host, which becomes the publisher. */
  host?: string
  /** The URL's path; the same URL again is a new version. Default `/story-N`. */
  path?: string
  lang?: 'en' | 'fr'
  /** From metadata: the page text has none. */
  title?: string
  /** Metadata `date`: the article's published date. */
  published?: string
  /** Metadata `timestamp`: the crawl time. */
  crawled?: string
}

const SENTENCES = {
  en: (w: string, n: number) => [
    `The ${w} talks resumed in the capital on Monday after a week of delays, officials said in report ${n}.`,
    `Negotiators for both sides met behind closed doors and agreed to keep the ${w} question on the agenda.`,
    `Residents who followed the ${w} dispute said they hoped for a settlement before the winter.`,
  ],
  fr: (w: string, n: number) => [
    `Les discussions sur le ${w} ont repris lundi dans la capitale après une semaine de retard, selon le rapport ${n}.`,
    `Les négociateurs des deux camps se sont réunis à huis clos et ont accepté de garder la question du ${w} à l'ordre du jour.`,
    `Les habitants qui suivent le conflit du ${w} ont dit espérer un accord avant l'hiver.`,
  ],
}

export function pageRecord(p: PageSpec): string {
  const lines = SENTENCES[p.lang ?? 'en'](p.topic, p.n)
  if (p.source) lines.push(`Source: ${p.source}`)
  return JSON.stringify({
    text: lines.join('\n'),
    url: `https://${p.host ?? 'news.example'}${p.path ?? `/story-${p.n}`}`,
    ...(p.title ? { title: p.title } : {}),
    ...(p.published ? { date: p.published } : {}),
    ...(p.crawled ? { timestamp: p.crawled } : {}),
  })
}

let file = 0

/** Writes the pages as one JSONL file in `dir` and ingests it; ids follow the order given. */
export async function ingestSpecs(db: Db, dir: string, specs: readonly PageSpec[]) {
  const path = join(dir, `pages-${++file}.jsonl`)
  writeFileSync(path, specs.map(pageRecord).join('\n'))
  return ingestPaths(db, [path])
}
