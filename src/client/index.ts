// The typed client of the newsstand API, shipped as `newsstand/client`. Everything here is
// self-contained (no import from the server's code): it is built on its own to dist/client.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch'
import { problemsOnly } from './problems.js'
import type { components, paths } from './schema.js'

export type { components, operations, paths } from './schema.js'

type Schemas = components['schemas']
/** Every error answer of the API: RFC 9457 problem details. */
export type Problem = Schemas['Problem']
export type Article = Schemas['Article']
export type ArticleSummary = Schemas['ArticleSummary']
export type ArticlePage = Schemas['ArticlePage']
export type StoredDocument = Schemas['StoredDocument']
export type BatchReport = Schemas['BatchReport']
// By path and method rather than operationId: paths are the API's contract, operation names may be polished.
/** One page and what the crawl knows about it: the JSON body of POST /documents, and one line of a batch. */
export type PageRecord = paths['/documents']['post']['requestBody']['content']['application/json']
/** The query of GET /articles: search, filters, facets, paging. */
export type ArticlesQuery = NonNullable<paths['/articles']['get']['parameters']['query']>
/** The query of `eachArticle`: the iterator owns paging and the format. */
export type EachArticleQuery = Omit<ArticlesQuery, 'cursor' | 'format' | 'facets'>

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
   * Stores one page: text is sent as `text/plain` in UTF-8, bytes as they are (a crawl in another
   * encoding is stored byte for byte, its article flagged), a record as JSON. openapi-fetch alone
   * would JSON-encode text, which the API reads as a malformed record.
   */
  ingestPage(page: string | Uint8Array | PageRecord): Promise<Result<StoredDocument>>
  /** Stores many pages in one request, as an NDJSON batch; each line's fate is in `results`. */
  ingestBatch(records: readonly PageRecord[]): Promise<Result<BatchReport>>
  /**
   * Every article the query selects, page after page through the `next` cursors (`limit` is the
   * page size). Without `facets`, which would be counted again for every page.
   */
  eachArticle(query?: EachArticleQuery): AsyncGenerator<ArticleSummary, void, undefined>
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
 * const api = createNewsstandClient({ baseUrl: 'http://127.0.0.1:3000', apiKey: key }) // key: one of the server's API keys
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

  // The body is already what is to be sent: no JSON encoding on top. (The schema can only say
  // `string` for a text body; fetch sends bytes unchanged.)
  const sendAsIs = (body: string | Uint8Array, type: string) =>
    client.POST('/documents', { body: body as unknown as string, bodySerializer: (sent: unknown) => sent, headers: { 'Content-Type': type } })

  const ingestPage = async (page: string | Uint8Array | PageRecord) => resultOf<StoredDocument>(
    typeof page === 'string' ? await sendAsIs(page, 'text/plain; charset=utf-8')
      // No charset claimed for bytes: a crawl in another encoding is stored as sent.
      : page instanceof Uint8Array ? await sendAsIs(page, 'text/plain')
        : await client.POST('/documents', { body: page }))

  const ingestBatch = async (records: readonly PageRecord[]) =>
    resultOf<BatchReport>(await sendAsIs(records.map((record) => JSON.stringify(record)).join('\n'), 'application/x-ndjson'))

  async function* eachArticle(query: EachArticleQuery = {}) {
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
