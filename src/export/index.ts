import { Readable } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { type CsvLayout, csvHeader, csvRow } from './csv.js'
import { chooseFormat, type Format, MEDIA_TYPES } from './negotiate.js'

/** A page as every repository `find` returns it: items and where the next page starts, or null. */
export interface Page<T, C> {
  items: T[]
  next: C | null
}

export interface ExportSpec<Q extends { limit: number; after?: C | undefined }, C, T> {
  /** File name stem: `articles` gives `articles.csv`. */
  name: string
  /** The query the route would pass to `find` for one page; `limit` is replaced. */
  query: Q
  /** The repository's cursor-based find; sync or async (a read pool may answer it). */
  find: (query: Q) => Page<T, C> | Promise<Page<T, C>>
  csv: CsvLayout<T>
}

/** Rows fetched per query while exporting: few enough to hold, many enough to amortize a query. */
export const EXPORT_PAGE_SIZE = 500

const formatOf = (req: FastifyRequest): Format =>
  chooseFormat((req.query as { format?: Format } | undefined)?.format, req.headers.accept)

/** Whether this list request asks for every match as NDJSON or CSV rather than one JSON page. */
export const wantsExport = (req: FastifyRequest): boolean => formatOf(req) !== 'json'

/**
 * Streams every match of `query` as NDJSON (one item per line, as in the JSON pages) or CSV
 * (`csv`), whatever filters the query holds: it only walks `find` page by page.
 *
 * Constant memory: the stream is pulled, not pushed. It reads ahead one chunk (one page of rows
 * as text, highWaterMark 1) and asks `find` for the next page only when the socket (or the
 * compressor in front of it) has taken the previous one, so memory holds about one page
 * whatever the number of matches; a client that stops reading stops the queries, and one that
 * disconnects destroys the stream. Each query is short and synchronous; other requests run
 * between pages.
 *
 * Errors: the first page is fetched before anything is sent, so a query that cannot run (a bad
 * `q`, a database error) is an ordinary problem response. An error after that cannot change the
 * status any more: the stream is destroyed and the connection closed without the final chunk,
 * which HTTP clients report as an incomplete body (never as a complete, shorter file).
 */
export async function sendExport<Q extends { limit: number; after?: C | undefined }, C, T>(
  req: FastifyRequest,
  reply: FastifyReply,
  spec: ExportSpec<Q, C, T>,
): Promise<FastifyReply> {
  const format = formatOf(req)
  const pageAfter = (after: C | undefined) => spec.find({ ...spec.query, limit: EXPORT_PAGE_SIZE, after })
  const first = await pageAfter(spec.query.after)
  const encode = format === 'csv' ? (item: T) => csvRow(spec.csv.columns, item) : (item: T) => `${JSON.stringify(item)}\n`

  async function* chunks() {
    if (format === 'csv') yield csvHeader(spec.csv.columns)
    for (let page = first; ; page = await pageAfter(page.next)) {
      if (page.items.length > 0) yield page.items.map(encode).join('')
      if (page.next === null) return
    }
  }

  const type = format === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8; header=present` : MEDIA_TYPES[format]
  reply.header('content-type', type).header('content-disposition', `attachment; filename=${spec.name}.${format}`)
  // HEAD wants the headers only: an empty body, rather than a stream Fastify would drain.
  const body = req.method === 'HEAD' ? [] : chunks()
  return reply.send(Readable.from(body, { objectMode: false, highWaterMark: 1 }))
}
