import { createReadStream } from 'node:fs'
import { opendir, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { DEFAULT_MAX_PAGE_BYTES } from '../model/defaults.js'
import { type PageMeta, pageTooLarge, readRecord } from '../model/page-record.js'
import { readLines } from './lines.js'

/** One page's bytes and where they came from, or why they could not be read. */
export type RawPage =
  | { origin: string; bytes: Buffer; meta?: PageMeta }
  | { origin: string; line?: number; error: string }

export type InputFormat = 'txt' | 'jsonl'

export interface ReadOptions {
  /** Overrides the format told by each file's extension; standard input (`-`) defaults to jsonl. */
  format?: InputFormat | undefined
  stdin?: Readable
  /**
   * The largest page (bytes of text; for JSONL, of the whole line) read: parsing takes about 40
   * times a page's size in memory, so a bound on pages is what keeps ingest's memory flat. Larger
   * pages are recorded as errors, with their size and how to raise the limit. Default 4 MiB.
   */
  maxPageBytes?: number | undefined
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
  const max = opts.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES
  for (const input of inputs) {
    if (input === '-') yield* readStream(opts.stdin ?? process.stdin, 'stdin', opts.format ?? 'jsonl', false, max)
    else yield* readInput(input, true, seen, opts.format, max)
  }
}

async function* readInput(path: string, explicit: boolean, seen: Set<string>, format: InputFormat | undefined, max: number): AsyncGenerator<RawPage> {
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
      if (childInfo?.isDirectory() || READABLE.test(name)) yield* readInput(child, false, seen, format, max)
    }
  } else if (info.isFile() || explicit) {
    const stream = createReadStream(path)
    yield* readStream(stream, path, format ?? (JSONL.test(path) ? 'jsonl' : 'txt'), path.toLowerCase().endsWith('.gz'), max)
  }
}

async function* readStream(source: Readable, origin: string, format: InputFormat, gzipped: boolean, max: number): AsyncGenerator<RawPage> {
  const stream = gzipped ? source.pipe(createGunzip()) : source
  // pipe() does not forward errors: a missing or unreadable file must still end the stream.
  if (gzipped) source.on('error', (err) => stream.destroy(err))
  try {
    if (format === 'txt') {
      const chunks: Buffer[] = []
      let size = 0
      for await (const piece of stream as AsyncIterable<Buffer | string>) {
        const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
        size += chunk.length
        // Past the limit the rest is only counted, so the error can say how big the page was.
        if (size <= max) chunks.push(chunk)
      }
      yield size <= max ? { origin, bytes: Buffer.concat(chunks) } : { origin, error: pageTooLarge(size, max) }
    } else {
      yield* readJsonl(stream, origin, max)
    }
  } catch (err) {
    yield { origin, error: describe(err) }
  }
}

async function* readJsonl(stream: Readable, origin: string, max: number): AsyncGenerator<RawPage> {
  let line = 0
  for await (const read of readLines(stream, max)) {
    line++
    const where = `${origin}:${line}`
    if ('tooLong' in read) {
      yield { origin: where, line, error: pageTooLarge(read.tooLong, max) }
      continue
    }
    const text = read.bytes.toString('utf8')
    if (text.trim() === '') continue
    const record = readRecord(text)
    yield 'error' in record ? { origin: where, line, error: record.error } : { origin: where, ...record }
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'not valid gzip data'
  return err instanceof Error ? err.message : String(err)
}
