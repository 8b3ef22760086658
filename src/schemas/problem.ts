import { STATUS_CODES } from 'node:http'
import { z } from 'zod'
import { MIN_API_KEY_LENGTH } from '../config.js'
import { DEFAULT_MAX_BODY_MB, DEFAULT_QUERY_BUDGET_MS, MAX_PAGE_LIMIT } from '../model/defaults.js'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export const ProblemFieldSchema = z
  .object({
    in: z.enum(['query', 'path', 'header', 'body']).describe('Where the failing value was sent'),
    name: z.string().describe('The parameter or body field, `.`-separated for nested fields'),
    detail: z.string().describe('What is wrong with it'),
  })
  .meta({ id: 'ProblemField' })

/** RFC 9457 problem details: the one shape of every error response. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI naming the problem type; `about:blank` means the status says it all'),
    title: z.string().describe('The HTTP status phrase'),
    status: z.number().int().describe('The HTTP status code, repeated for convenience'),
    detail: z.string().describe('What went wrong for this request, and how to fix it'),
    instance: z.string().optional().describe('The request path'),
    errors: z.array(ProblemFieldSchema).optional().describe('For validation errors: each failing parameter'),
  })
  .meta({
    id: 'Problem',
    description: 'An error, as RFC 9457 problem details (`application/problem+json`).',
    example: {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: `limit: Too big: expected number to be <=${MAX_PAGE_LIMIT}`,
      instance: '/articles?limit=500',
      errors: [{ in: 'query', name: 'limit', detail: `Too big: expected number to be <=${MAX_PAGE_LIMIT}` }],
    },
  })

export type Problem = z.infer<typeof ProblemSchema>
export type ProblemField = z.infer<typeof ProblemFieldSchema>

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid: a parameter is missing, malformed or out of range.',
  401: 'No API key, or not one this server accepts: send `Authorization: Bearer <key>` (the `WWW-Authenticate` header says which it was).',
  403: 'Writing is turned off on this server: it has no API keys (NEWSSTAND_API_KEYS).',
  404: 'No such resource.',
  413: 'The body is over the size limit (NEWSSTAND_MAX_BODY_MB), or the page over the limit on one page.',
  415: 'The Content-Type, or a Content-Encoding, is not one this route accepts (`Accept` lists the types).',
  422: 'The body is well-formed but holds no page: empty, only white space, or binary data.',
  500: 'An unexpected error; the body never carries internals.',
  503: 'The query ran past its time budget and was stopped (narrow it), too many queries are waiting, or the server is shutting down (retry; see Retry-After).',
}

/** The one function that builds every error body: the errors plugin's answers and the documented examples. */
export function problem(status: number, detail: string, instance?: string, errors?: ProblemField[]): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    ...(instance === undefined ? {} : { instance }),
    ...(errors === undefined ? {} : { errors }),
  }
}

// The texts the server really sends; test/openapi-examples.test.ts checks each one a test can provoke
// (400, 401, 403, 404, 415, 422): 413 needs a body over the limit, 429 to 503 a busy, broken or slow
// server. They quote the defaults, as a server started without settings says them.
const EXAMPLES: Record<number, Problem> = {
  400: ProblemSchema.meta()?.example as Problem,
  401: problem(401, 'This route needs an API key: send "Authorization: Bearer <key>".', '/documents'),
  403: problem(403, `Writing is turned off on this server: start it with NEWSSTAND_API_KEYS set to one or more keys (comma-separated, at least ${MIN_API_KEY_LENGTH} characters each), then send one as "Authorization: Bearer <key>".`, '/documents'),
  413: problem(413, `The request body is over this server's limit of ${DEFAULT_MAX_BODY_MB} MiB (NEWSSTAND_MAX_BODY_MB): send fewer pages per request.`, '/documents'),
  415: problem(415, 'Content-Type text/html is not accepted here: send text/plain, application/json, application/x-ndjson.', '/documents'),
  422: problem(422, 'Not stored: the page holds only white space.', '/documents'),
  500: problem(500, 'Something went wrong on our side; the error is logged under request id req-2f.', '/health'),
  503: problem(503, `The query took longer than ${DEFAULT_QUERY_BUDGET_MS} ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.`, '/articles?q=the'),
}

const entry = (status: number, example: Problem | undefined) => ({
  description: DESCRIPTIONS[status] ?? 'An error.',
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema, example } },
})

/** Response entries for the route schemas: every error status carries a problem body. */
export function problemResponses<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(statuses.map((s) => [s, entry(s, EXAMPLES[s])])) as { [K in S[number]]: ReturnType<typeof entry> }
}

/** The 404 of a route that reads one record; its example is what the route answers for a missing id. */
export function notFoundResponse(what: string, path: string) {
  return { 404: entry(404, problem(404, `${what} 999999 does not exist`, path)) }
}
