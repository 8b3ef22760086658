import { z } from 'zod'
import { PageRecordSchema } from '../model/page-record.js'
import { problemResponses } from './problem.js'

/** The media types POST /documents reads, in the order its 415 lists them. */
export const PAGE_TYPES = { text: 'text/plain', json: 'application/json', ndjson: 'application/x-ndjson' } as const

const EXAMPLE_PAGE = [
  'Home | World | Business | Sport',
  'Floods close the river road in Mosul',
  'By Staff Writer',
  'Heavy rain flooded the river road in Mosul on Monday, and the city council closed it to traffic until the water goes down, officials said.',
  'Engineers from the council were checking the bridges on Tuesday. Schools near the river stayed shut, and buses took the old road through the hills.',
  'Source: Example News',
  'Copyright 2024 Example Media Group. All rights reserved.',
].join('\n')

/** One page with what a crawl knows about it (the one record schema: src/model/page-record.ts), with its example. */
const RecordBodySchema = PageRecordSchema.meta({
  example: { text: EXAMPLE_PAGE, url: 'https://news.example/mosul-floods', timestamp: '2024-03-04T18:00:00Z' },
})

// Pages and batches are read as bytes (the page is stored byte for byte, and hashed as sent), so
// at run time these check for a Buffer; for the OpenAPI document they are the text that is sent.
const bytes = (description: string, example: string) =>
  z.custom<Buffer>((value) => Buffer.isBuffer(value), 'expected the body as bytes').meta({ type: 'string', description, example })

/** The example page, elsewhere: each example stores a page of its own. */
const inCity = (city: string) => EXAMPLE_PAGE.replaceAll('Mosul', city)

// Sent after the JSON example, its first line is a new version of that page (same URL, new text).
const NDJSON_EXAMPLE = [
  JSON.stringify({ text: EXAMPLE_PAGE.replace('the bridges on Tuesday', 'the bridges on Tuesday and found them safe'), url: 'https://news.example/mosul-floods' }),
  JSON.stringify({ text: inCity('Erbil'), url: 'https://news.example/erbil-floods' }),
].join('\n')

/** The request body in its three media types (the handler tells them apart by Content-Type). */
export const DocumentBodySchema = {
  content: {
    [PAGE_TYPES.text]: { schema: bytes('One page, as crawled: its bytes are stored as sent, read as UTF-8', inCity('Basra')) },
    [PAGE_TYPES.json]: { schema: RecordBodySchema },
    [PAGE_TYPES.ndjson]: {
      schema: bytes(
        'A batch: one record per line, each a JSON object as in the `application/json` body, like a JSONL crawl dump. ' +
          'Blank lines are skipped; a bad line is reported in `results` and the others are stored.',
        NDJSON_EXAMPLE,
      ),
    },
  },
}

const id = z.number().int().describe('The id of the document, and of its article (`/articles/{id}`)')
const newVersionOf = z.number().int().nullable().describe('When the URL was stored with other text: the id of the version this one replaces as current')

export const StoredDocumentSchema = z
  .object({
    status: z.enum(['created', 'unchanged']).describe('`unchanged`: these exact bytes were stored already, and nothing was written'),
    id,
    newVersionOf,
  })
  .meta({ id: 'StoredDocument' })

export const BatchLineSchema = z
  .object({
    line: z.number().int().describe('Line number in the body, from 1; blank lines count but get no result'),
    status: z.enum(['created', 'unchanged', 'error']).describe('As for one page, or `error`: not stored (see `error`)'),
    id: id.optional(),
    newVersionOf: newVersionOf.optional(),
    error: z.string().optional().describe('Why the line was not stored'),
  })
  .meta({ id: 'BatchLine' })

export const BatchReportSchema = z
  .object({
    created: z.number().int().describe('Lines stored as new pages (or new versions of their URL)'),
    unchanged: z.number().int().describe('Lines whose exact bytes were stored already'),
    failed: z.number().int().describe('Lines not stored; each says why in `results`'),
    results: z.array(BatchLineSchema).describe('One per non-blank line, in order'),
  })
  .meta({ id: 'BatchReport' })

/** 204 has no body: a null schema makes the OpenAPI document say so. */
export const NoContentSchema = z.null().describe('Deleted: the page, its article and links, and the headlines, source and publisher no other page names')

const header = (description: string) => ({ type: 'string', description })

/** Response entries of the write routes that carry headers besides their body. */
export const WriteResponses = {
  location: { Location: header('`/articles/{id}`: the article made from the page') },
  auth: {
    401: {
      ...problemResponses(401)[401],
      headers: { 'WWW-Authenticate': header('`Bearer realm="newsstand"`, with `error="invalid_token"` when a key was sent but is not valid (RFC 6750)') },
    },
    ...problemResponses(403),
  },
}
