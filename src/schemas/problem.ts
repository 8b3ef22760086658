import { z } from 'zod'

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
      detail: 'querystring/limit: Too big: expected number to be <=100',
      instance: '/articles?limit=500',
      errors: [{ in: 'query', name: 'limit', detail: 'Too big: expected number to be <=100' }],
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

/** Response entries for the route schemas: every error status carries a problem body. */
export function problemResponses<const S extends readonly number[]>(...statuses: S) {
  const entry = (status: number) => ({
    description: DESCRIPTIONS[status] ?? 'An error.',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
  })
  return Object.fromEntries(statuses.map((s) => [s, entry(s)])) as { [K in S[number]]: ReturnType<typeof entry> }
}
