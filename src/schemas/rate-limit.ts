import { DEFAULT_RATE_LIMIT } from '../model/defaults.js'
import { PROBLEM_CONTENT_TYPE, problem } from './problem.js'

type Responses = Record<string, unknown>
type Operation = { responses?: Responses }
type Document = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, Record<string, unknown>> }

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

/** Operations the rate limit never refuses: liveness and monitoring must answer a client over budget. */
export const UNLIMITED_PATHS = ['/health', '/metrics']

const header = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } })

/** The 429 every rate-limited operation can answer, with the headers that say when to retry. */
const TOO_MANY_REQUESTS = {
  description:
    'Too many requests from this client in the current window (NEWSSTAND_RATE_LIMIT per minute per IP); ' +
    'every answer carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset.',
  headers: {
    'Retry-After': header('Seconds until a request will be accepted again'),
    'RateLimit-Limit': header('Requests allowed per window'),
    'RateLimit-Remaining': header('Requests left in the current window'),
    'RateLimit-Reset': header('Seconds until the window resets'),
  },
  content: {
    [PROBLEM_CONTENT_TYPE]: {
      schema: { $ref: '#/components/schemas/Problem' },
      example: problem(429, `More than ${DEFAULT_RATE_LIMIT} requests a minute from your address; retry in 42 s (see Retry-After).`, '/articles'),
    },
  },
}

/**
 * Adds the rate limit's 429 to every operation it applies to (all but UNLIMITED_PATHS; see
 * src/plugins/rate-limit.ts): the plugin answers it before any route, so no route schema says so.
 */
export function documentRateLimits<T extends object>(doc: T): T {
  const { paths = {}, components = {} } = doc as Document
  const newPaths: NonNullable<Document['paths']> = {}
  for (const [url, item] of Object.entries(paths)) {
    if (UNLIMITED_PATHS.includes(url)) {
      newPaths[url] = item
      continue
    }
    const copy: Record<string, Operation> = { ...item }
    for (const method of METHODS) {
      const op = item[method]
      if (op) copy[method] = { ...op, responses: { ...op.responses, 429: { $ref: '#/components/responses/TooManyRequests' } } }
    }
    newPaths[url] = copy
  }
  return { ...doc, paths: newPaths, components: { ...components, responses: { ...components.responses, TooManyRequests: TOO_MANY_REQUESTS } } }
}
