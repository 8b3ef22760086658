// One page as a crawl record gives it, and the one reader of such records: the CLI's JSONL files,
// POST /documents bodies and NDJSON batches all go through readRecord, with the same limits and
// the same words for each fault. Imports nothing of src, so every layer can use it.
import { z } from 'zod'

/** What a record may say about its page besides the text (C4, FineWeb and CC-News shapes). */
export interface PageMeta {
  url?: string
  timestamp?: string
  title?: string
  date?: string
  domain?: string
}

// null is what many dumps write for a field they lack: it means absent, not a fault.
const meta = (description: string, max: number) => z.string().max(max).nullish().describe(description)

/** One page with what a crawl knows about it: a JSON body, and each line of JSONL or NDJSON. */
export const PageRecordSchema = z
  .object({
    text: z
      .string({ error: (issue) => (issue.input === undefined ? 'missing: each record needs the page as a "text" string' : undefined) })
      .describe('The page as crawled, clutter and all'),
    url: meta('Where it was crawled from: a known URL with other text is a new version; its host is the publisher when the page names none, and a day in its path dates a page that prints none', 2048),
    timestamp: meta('When it was crawled (ISO 8601): resolves relative dates such as "Updated 2 hours ago"', 100),
    title: meta('Used when the page has no title of its own', 1000),
    date: meta('Publication date, used when the page shows none', 100),
    domain: meta('The site, when there is no URL (the publisher when the page names none)', 255),
  })
  .describe('One page and what the crawl knows about it; other fields are ignored, as crawl datasets carry many')

export type PageRecord = z.infer<typeof PageRecordSchema>

/** What became of one page sent for writing, as the ingest counters of /metrics count it. */
export type PageOutcome = 'new' | 'unchanged' | 'version' | 'error'

/** A page read from a record: its text's UTF-8 bytes, and the metadata it came with. */
export interface RecordPage {
  bytes: Buffer
  meta: PageMeta
}

/** A record's page: the text as UTF-8 bytes; metadata trimmed, empty and null fields left out. */
export function pageOfRecord(record: PageRecord): RecordPage {
  const out: PageMeta = {}
  for (const key of ['url', 'timestamp', 'title', 'date', 'domain'] as const) {
    const value = record[key]?.trim()
    if (value) out[key] = value
  }
  return { bytes: Buffer.from(record.text, 'utf8'), meta: out }
}

/** One line of JSONL or NDJSON → its page, or what is wrong with it, in one wording everywhere. */
export function readRecord(line: string): RecordPage | { error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { error: 'not JSON: the line does not parse' }
  }
  const record = PageRecordSchema.safeParse(value)
  if (!record.success) return { error: record.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ') }
  return pageOfRecord(record.data)
}

export const mib = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} bytes`

/** A page over the size limit, wherever it came from. */
export const pageTooLarge = (size: number, max: number): string =>
  `the page is ${mib(size)}, over the ${mib(max)} limit on one page: parsing needs about 40 times a page's size in memory`
