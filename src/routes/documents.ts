import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { SHUTDOWN_TIMEOUT_MS } from '../config.js'
import { BatchInterruptedError, CHUNK_PAGES } from '../ingest/submit.js'
import { DEFAULT_MAX_BODY_MB } from '../model/defaults.js'
import { type PageRecord, pageOfRecord } from '../model/page-record.js'
import { HttpProblem, notFound } from '../plugins/errors.js'
import { IdParamsSchema, jsonResponse } from '../schemas/common.js'
import {
  BatchReportSchema, DocumentBodySchema, NoContentSchema, PAGE_TYPES, StoredDocumentSchema, WriteResponses,
} from '../schemas/documents.js'
import { CREATED_EXAMPLE, UNCHANGED_EXAMPLE } from '../schemas/examples.js'
import { notFoundResponse, problemResponses } from '../schemas/problem.js'

export interface DocumentRoutesOptions {
  /** The largest request body, in bytes (NEWSSTAND_MAX_BODY_MB). */
  maxBodyBytes: number
  /** The largest single page, in bytes (the ingest limit). */
  maxPageBytes: number
}

const ORIGIN = 'POST /documents'
/**
 * How long a batch may go on writing once the server is shutting down: half of the time the
 * shutdown gets, the rest being for the answer and closing the database. A 16 MiB batch takes
 * about 10 s; cut at a chunk's end, its answer still says which lines were stored.
 */
const BATCH_DRAIN_MS = SHUTDOWN_TIMEOUT_MS / 2
const ACCEPTED = Object.values(PAGE_TYPES).join(', ')
const security = [{ bearerAuth: [] }]

/** Writing pages over HTTP: the same parse and load as `ingest`, behind an API key. */
export default async function documentRoutes(app: FastifyInstance, opts: DocumentRoutesOptions) {
  const route = app.withTypeProvider<ZodTypeProvider>()
  // In this plugin only: pages are read as bytes, to be stored byte for byte and hashed as sent.
  app.removeContentTypeParser(PAGE_TYPES.text)
  app.addContentTypeParser([PAGE_TYPES.text, PAGE_TYPES.ndjson], { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
  app.addContentTypeParser('*', (req, _payload, done) => {
    const sent = req.headers['content-type'] === undefined ? 'A body without a Content-Type' : `Content-Type ${req.headers['content-type']}`
    done(new HttpProblem(415, `${sent} is not accepted here: send ${ACCEPTED}.`, undefined, { accept: ACCEPTED }))
  })
  // Compressed bodies are refused rather than inflated: a small gzip can expand past any limit.
  app.addHook('preParsing', async (req) => {
    const coding = req.headers['content-encoding']
    if (coding !== undefined && coding.trim().toLowerCase() !== 'identity') {
      throw new HttpProblem(415, `Content-Encoding ${coding} is not accepted: send the body uncompressed.`, undefined, { 'accept-encoding': 'identity' })
    }
  })

  route.post('/documents', {
    onRequest: app.requireApiKey,
    bodyLimit: opts.maxBodyBytes,
    schema: {
      tags: ['documents'],
      operationId: 'createDocuments',
      summary: 'Store a page, or a batch of pages',
      description:
        'Parses and stores pages as `ingest` does. One page: `text/plain` (the page itself) or `application/json` (`{text, url?, timestamp?, title?, date?, domain?}`): ' +
        '201 with `Location` for a new page, 200 when these exact bytes are stored already (nothing is written). A batch: ' +
        '`application/x-ndjson`, one such JSON object per line: 200 with each line\'s fate; bad lines are reported and the rest stored. ' +
        `A batch is written in chunks (at most ${CHUNK_PAGES} pages), each in its own transaction; if writing fails part-way (a 500 that says ` +
        'from which line), sending the batch again is safe: stored pages come back `unchanged`. Bodies may be up to ' +
        `NEWSSTAND_MAX_BODY_MB (${DEFAULT_MAX_BODY_MB} MiB unless set), one page up to ${opts.maxPageBytes / 1024 / 1024} MiB; bodies are taken uncompressed. ` +
        `A batch still being written ${BATCH_DRAIN_MS / 1000} s after the server began shutting down stops at a chunk's end: ` +
        'the lines not stored say so (`error`), and can be sent again.',
      security,
      body: DocumentBodySchema,
      response: {
        200: jsonResponse('One page already stored (`StoredDocument`), or the report of a batch (`BatchReport`)', StoredDocumentSchema.or(BatchReportSchema), UNCHANGED_EXAMPLE),
        201: { ...jsonResponse('The page is stored: a new page, or a new version of its URL', StoredDocumentSchema, CREATED_EXAMPLE), headers: WriteResponses.location },
        ...problemResponses(400),
        ...WriteResponses.auth,
        ...problemResponses(413, 415, 422, 500),
      },
    },
  }, async (req, reply) => {
    if (req.mediaType === PAGE_TYPES.ndjson) return storeBatch(app, req)
    const { bytes, meta } = pageOf(req.body as Buffer | PageRecord | undefined)
    const stored = app.documentWriter.storePage(bytes, meta, ORIGIN)
    if ('error' in stored) throw new HttpProblem(stored.tooLarge ? 413 : 422, `Not stored: ${stored.error}.`)
    if (stored.status === 'unchanged') return { ...stored, newVersionOf: null }
    return (reply as FastifyReply).code(201).header('location', `/articles/${stored.id}`).send(stored)
  })

  route.delete('/documents/:id', {
    onRequest: app.requireApiKey,
    schema: {
      tags: ['documents'],
      operationId: 'deleteDocument',
      summary: 'Delete a page and what only it named',
      description:
        'Removes the stored page, its article and its links, and the headlines, source and publisher that no other page names ' +
        '(those still named elsewhere stay). When it was the newest version of its URL, the previous version is current again.',
      security,
      params: IdParamsSchema,
      response: {
        204: NoContentSchema, ...problemResponses(400), ...WriteResponses.auth, ...notFoundResponse('document', '/documents/999999'), ...problemResponses(500),
      },
    },
  }, async (req, reply) => {
    if (!app.documentWriter.remove(req.params.id)) throw notFound(`document ${req.params.id}`)
    return reply.code(204).send(null)
  })
}

/** The page of a text or JSON body; an empty body is a 400, not a page. */
function pageOf(body: Buffer | PageRecord | undefined) {
  if (body === undefined || (Buffer.isBuffer(body) && body.length === 0)) {
    throw new HttpProblem(400, `The body is empty: send a page as ${ACCEPTED}.`)
  }
  return Buffer.isBuffer(body) ? { bytes: body, meta: {} } : pageOfRecord(body)
}

async function storeBatch(app: FastifyInstance, req: FastifyRequest) {
  try {
    const report = await app.documentWriter.storeBatch(req.body as Buffer, ORIGIN, () => (app.closingForMs ?? 0) > BATCH_DRAIN_MS)
    if (report.results.length === 0) throw new HttpProblem(400, 'The batch holds no records: send one JSON object per line.')
    return report
  } catch (err) {
    if (!(err instanceof BatchInterruptedError)) throw err
    req.log.error({ err: err.cause, fromLine: err.fromLine }, 'storing a batch failed')
    throw new HttpProblem(500,
      `Storing the batch failed from line ${err.fromLine} on; the error is logged under request id ${req.id}. The lines before it were ` +
      'handled, none from it on was stored. Sending the whole batch again is safe: pages already stored come back unchanged.')
  }
}
