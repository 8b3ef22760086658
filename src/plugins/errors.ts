import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { PROBLEM_CONTENT_TYPE, problem, type Problem, type ProblemField } from '../schemas/problem.js'
import { QueryTimeoutError, ReadsOverloadedError } from '../db/reads/errors.js'
import { InvalidSearchError } from '../search/query.js'

/** Thrown by handlers for an expected client error; the error handler turns it into a problem body. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: ProblemField[],
    /** Headers the answer needs, e.g. `WWW-Authenticate` on a 401. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
  }
}

export const notFound = (what: string): HttpProblem => new HttpProblem(404, `${what} does not exist`)

export const invalidParam = (where: ProblemField['in'], name: string, detail: string): HttpProblem =>
  new HttpProblem(400, `${name}: ${detail}`, [{ in: where, name, detail }])

const WHERE: Record<string, ProblemField['in']> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' }

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`

/** Fastify's own body errors, said so that the client knows what to change. */
const BODY_ERRORS: Record<string, (req: FastifyRequest) => string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (req) =>
    `The request body is over this server's limit of ${mib(req.routeOptions.bodyLimit)} (NEWSSTAND_MAX_BODY_MB): send fewer pages per request.`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (req) =>
    `The Content-Type ${JSON.stringify(req.headers['content-type'])} is not one this route accepts; see /docs for the types it takes.`,
  FST_ERR_CTP_EMPTY_JSON_BODY: () => 'The body is empty but Content-Type says application/json: send a JSON object.',
  FST_ERR_CTP_INVALID_JSON_BODY: () => 'The body is not valid JSON (Content-Type says application/json).',
}


/**
 * A problem replaces whatever answer was under way, e.g. an export whose stream failed before
 * its first byte left: the headers that described that answer (its coding, its file name) go.
 */
function sendProblem(reply: FastifyReply, body: Problem, headers: Record<string, string> = {}) {
  reply.removeHeader('content-encoding').removeHeader('content-disposition').headers(headers)
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body)
}

/**
 * Every error leaves as RFC 9457 problem details. Client errors say what to fix; anything else is
 * logged with the request id and answered with a bare 500 that leaks no stack, SQL or path.
 */
export default fp(
  async function errors(app: FastifyInstance) {
    app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      const known = err instanceof InvalidSearchError ? invalidParam('query', 'q', err.message) : err
      if (err instanceof QueryTimeoutError) {
        req.log.warn({ url: req.url, budgetMs: err.budgetMs }, 'query over its time budget')
        return sendProblem(reply, problem(503, `The query took longer than ${err.budgetMs} ms and was stopped. Narrow it: more or rarer words, a phrase, a source, a since/until range.`, req.url))
      }
      if (err instanceof ReadsOverloadedError) {
        reply.header('retry-after', '1')
        return sendProblem(reply, problem(503, 'The server has too many queries waiting; retry in a second.', req.url))
      }
      if (known instanceof HttpProblem) return sendProblem(reply, problem(known.status, known.detail, req.url, known.errors), known.headers)
      if (err.validation) {
        const where = WHERE[err.validationContext ?? ''] ?? 'query'
        const fields = err.validation.map((v) => ({
          in: where,
          name: v.instancePath.replace(/^\//u, '').replaceAll('/', '.') || '(all)',
          detail: v.message ?? 'invalid',
        }))
        const detail = fields.map((f) => `${f.name}: ${f.detail}`).join('; ')
        return sendProblem(reply, problem(400, detail, req.url, fields))
      }
      const status = err.statusCode ?? 500
      if (status >= 400 && status < 500) return sendProblem(reply, problem(status, BODY_ERRORS[err.code]?.(req) ?? err.message, req.url))
      req.log.error({ err }, 'request failed')
      return sendProblem(reply, problem(500, `Something went wrong on our side; the error is logged under request id ${req.id}.`, req.url))
    })

    app.setNotFoundHandler((req, reply) =>
      sendProblem(reply, problem(404, `There is no route ${req.method} ${req.url.split('?')[0]}; see /docs for the API`, req.url)),
    )
  },
  { name: 'errors' },
)
