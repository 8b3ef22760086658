// The typed client of the newsstand API, shipped as `newsstand/client`. Everything here is
// self-contained (no import from the server's code): it is built on its own to dist/client.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch'
import { problemsOnly } from './problems.js'
import type { components, operations, paths } from './schema.js'

export type { components, operations, paths } from './schema.js'

type Schemas = components['schemas']
/** Every error answer of the API: RFC 9457 problem details. */
export type Problem = Schemas['Problem']
export type Article = Schemas['Article']
export type ArticleSummary = Schemas['ArticleSummary']
export type ArticlePage = Schemas['ArticlePage']
export type StoredDocument = Schemas['StoredDocument']
export type BatchReport = Schemas['BatchReport']
/** One page and what the crawl knows about it: the JSON body of POST /documents, and one line of a batch. */
export type PageRecord = operations['createDocuments']['requestBody']['content']['application/json']
/** The query of GET /articles: search, filters, facets, paging. */
export type ArticlesQuery = NonNullable<operations['listArticles']['parameters']['query']>

/**
 * The media types answers are typed as. Left to openapi-fetch's default, `data` would be the union
 * of everything a route may send (GET /articles' CSV and NDJSON downloads too) and `error` a map of
 * media types instead of the problem itself.
 */
export type ClientMedia = 'application/json' | 'application/problem+json' | 'text/plain'

export interface NewsstandClientOptions {
  /** Where the API is, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string
  /** A key of the server's NEWSSTAND_API_KEYS: sent as `Authorization: Bearer <key>`; writes need one. */
  apiKey?: string
  /** A fetch to use instead of the global one (a proxy agent, a test double, a logger). */
  fetch?: ClientOptions['fetch']
}

/** What the helpers answer, shaped like openapi-fetch's own calls: data or the problem, and the Response. */
export type Result<T> = { data: T; error?: never; response: Response } | { data?: never; error: Problem; response: Response }

/** Thrown by `eachArticle`, which cannot hand back a problem mid-iteration. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem, readonly response: Response) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`)
    this.name = 'ProblemError'
  }
}

export interface NewsstandClient extends Client<paths, ClientMedia> {
  /**
   * Stores one page: text is sent as `text/plain` (stored byte for byte, as UTF-8), a record as JSON.
   * openapi-fetch alone would JSON-encode text, which the API reads as a malformed record.
   */
  ingestPage(page: string | PageRecord): Promise<Result<StoredDocument>>
  /** Stores many pages in one request, as an NDJSON batch; each line's fate is in `results`. */
  ingestBatch(records: readonly PageRecord[]): Promise<Result<BatchReport>>
  /** Every article the query selects, page after page through the `next` cursors. */
  eachArticle(query?: Omit<ArticlesQuery, 'cursor' | 'format'>): AsyncGenerator<ArticleSummary, void, undefined>
}

type Sent = { data?: unknown; error?: Problem; response: Response }

/** The answer as a Result of the one shape the call can give (POST /documents' 200 has two). */
function resultOf<T>({ data, error, response }: Sent): Result<T> {
  return error === undefined ? { data: data as T, response } : { error, response }
}

// RFC 6750's b64token, as the server checks its keys (src/config.ts; the client imports nothing of
// the server). Checked here because fetch's own error for a bad header value quotes the value.
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/u

/**
 * A client of the newsstand API whose paths, parameters, bodies and answers are typed from openapi.yaml.
 *
 * @example
 * const api = createNewsstandClient({ baseUrl: 'http://127.0.0.1:3000', apiKey: process.env.NEWSSTAND_KEY })
 * const { data, error } = await api.GET('/articles', { params: { query: { q: 'Mosul', limit: 5 } } })
 * if (error) console.error(error.status, error.detail)
 * else for (const a of data.items) console.log(a.id, a.title, a.snippet)
 */
export function createNewsstandClient({ baseUrl, apiKey, fetch }: NewsstandClientOptions): NewsstandClient {
  if (apiKey !== undefined && !BEARER_TOKEN.test(apiKey)) {
    // Never the key itself in the message: errors end up in logs.
    throw new TypeError('apiKey is not a valid bearer token: letters, digits and - . _ ~ + / (then = padding), no spaces')
  }
  const client = createClient<paths, ClientMedia>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
    // On every request, as a browser sends its credentials to one origin: reads ignore it.
    ...(apiKey ? { headers: { Authorization: `Bearer ${apiKey}` } } : {}),
  })
  client.use(problemsOnly)
  // The body is already the bytes to send: no JSON encoding on top.
  const asIs = (body: unknown) => body

  const ingestPage = async (page: string | PageRecord) =>
    resultOf<StoredDocument>(typeof page === 'string'
      ? await client.POST('/documents', { body: page, bodySerializer: asIs, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
      : await client.POST('/documents', { body: page }))

  const ingestBatch = async (records: readonly PageRecord[]) => {
    const ndjson = records.map((record) => JSON.stringify(record)).join('\n')
    return resultOf<BatchReport>(await client.POST('/documents', { body: ndjson, bodySerializer: asIs, headers: { 'Content-Type': 'application/x-ndjson' } }))
  }

  async function* eachArticle(query: Omit<ArticlesQuery, 'cursor' | 'format'> = {}) {
    let cursor: string | undefined
    do {
      const { data, error, response } = await client.GET('/articles', { params: { query: { ...query, cursor } } })
      if (error !== undefined) throw new ProblemError(error, response)
      yield* data.items
      cursor = data.next ?? undefined
    } while (cursor !== undefined)
  }

  return Object.assign(client, { ingestPage, ingestBatch, eachArticle })
}
