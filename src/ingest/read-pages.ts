import { createReadStream } from 'node:fs'
import { opendir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'

/** What a JSONL record may say about its page besides the text (C4, FineWeb and CC-News shapes). */
export interface PageMeta {
  url?: string
  timestamp?: string
  title?: string
  date?: string
  domain?: string
}

/** One page's bytes and where they came from, or why they could not be read. */
export type RawPage =
  | { origin: string; bytes: Buffer; meta?: PageMeta }
  | { origin: string; line?: number; error: string }

export type InputFormat = 'txt' | 'jsonl'

export interface ReadOptions {
  /** Overrides the format told by each file's extension; standard input (`-`) defaults to jsonl. */
  format?: InputFormat | undefined
  stdin?: Readable
}

const JSONL = /\.(?:jsonl|ndjson)(?:\.gz)?$/iu
const READABLE = /\.(?:txt|jsonl|ndjson)(?:\.gz)?$/iu

/**
 * Yields the pages under each input in a stable (sorted) order, streaming: a `.txt` file is one
 * page, a JSONL file one page per line, `.gz` of either is decompressed on the fly, `-` is
 * standard input, a directory is searched recursively. Problems are yielded as errors, never
 * thrown, so one bad file or line cannot stop a run.
 */
export async function* readPages(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<RawPage> {
  const seen = new Set<string>()
  for (const input of inputs) {
    if (input === '-') yield* readStream(opts.stdin ?? process.stdin, 'stdin', opts.format ?? 'jsonl', false)
    else yield* readInput(input, true, seen, opts.format)
  }
}

async function* readInput(path: string, explicit: boolean, seen: Set<string>, format: InputFormat | undefined): AsyncGenerator<RawPage> {
  let info
  try {
    info = await stat(path)
  } catch (err) {
    yield { origin: path, error: describe(err) }
    return
  }
  // A directory reached twice through links would otherwise be walked forever.
  const real = await realpath(path)
  if (seen.has(real)) return
  seen.add(real)
  if (info.isDirectory()) {
    const names: string[] = []
    try {
      for await (const entry of await opendir(path)) names.push(entry.name)
    } catch (err) {
      yield { origin: path, error: describe(err) }
      return
    }
    for (const name of names.sort()) {
      const child = join(path, name)
      const childInfo = await stat(child).catch(() => null)
      if (childInfo?.isDirectory() || READABLE.test(name)) yield* readInput(child, false, seen, format)
    }
  } else if (info.isFile() || explicit) {
    const stream = createReadStream(path)
    yield* readStream(stream, path, format ?? (JSONL.test(path) ? 'jsonl' : 'txt'), path.toLowerCase().endsWith('.gz'))
  }
}

async function* readStream(source: Readable, origin: string, format: InputFormat, gzipped: boolean): AsyncGenerator<RawPage> {
  const stream = gzipped ? source.pipe(createGunzip()) : source
  // pipe() does not forward errors: a missing or unreadable file must still end the stream.
  if (gzipped) source.on('error', (err) => stream.destroy(err))
  try {
    if (format === 'txt') {
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      yield { origin, bytes: Buffer.concat(chunks) }
    } else {
      yield* readJsonl(stream, origin)
    }
  } catch (err) {
    yield { origin, error: describe(err) }
  }
}

async function* readJsonl(stream: Readable, origin: string): AsyncGenerator<RawPage> {
  let line = 0
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++
    if (text.trim() === '') continue
    const where = `${origin}:${line}`
    let record: unknown
    try {
      record = JSON.parse(text)
    } catch {
      yield { origin: where, line, error: 'not a JSON object: the line does not parse as JSON' }
      continue
    }
    const page = record as Record<string, unknown>
    if (typeof record !== 'object' || record === null || typeof page.text !== 'string') {
      yield { origin: where, line, error: 'no "text" string: each line must be {"text": …, "url"?: …, "timestamp"?: …}' }
      continue
    }
    yield { origin: where, bytes: Buffer.from(page.text, 'utf8'), meta: metaOf(page) }
  }
}

function metaOf(record: Record<string, unknown>): PageMeta {
  const meta: PageMeta = {}
  for (const key of ['url', 'timestamp', 'title', 'date', 'domain'] as const) {
    const value = record[key]
    if (typeof value === 'string' && value.trim() !== '') meta[key] = value.trim()
  }
  return meta
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'not valid gzip data'
  return err instanceof Error ? err.message : String(err)
}
