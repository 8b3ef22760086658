import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { STATUS_CODES } from 'node:http'
import { PROBLEM_CONTENT_TYPE, type Problem, type ProblemField } from '../schemas/problem.js'
import { QueryTimeoutError, ReadsOverloadedError } from '../db/reads/errors.js'
import { InvalidSearchError } from '../search/query.js'

/** Thrown by handlers for an expected client error; the error handler turns it into a problem body. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: ProblemField[],
  ) {
    super(detail)
  }
}

export const notFound = (what: string): HttpProblem => new HttpProblem(404, `${what} does not exist`)

export const invalidParam = (where: ProblemField['in'], name: string, detail: string): HttpProblem =>
  new HttpProblem(400, `${name}: ${detail}`, [{ in: where, name, detail }])

const WHERE: Record<string, ProblemField['in']> = { querystring: 'query', params: 'path', headers: 'header', body: 'body' }

/** The one function that builds every error body. */
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

/**
 * A problem replaces whatever answer was under way, e.g. an export whose stream failed before
 * its first byte left: the headers that described that answer (its coding, its file name) go.
 */
function sendProblem(reply: FastifyReply, body: Problem) {
  reply.removeHeader('content-encoding').removeHeader('content-disposition')
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
      if (known instanceof HttpProblem) return sendProblem(reply, problem(known.status, known.detail, req.url, known.errors))
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
      if (status >= 400 && status < 500) return sendProblem(reply, problem(status, err.message, req.url))
      req.log.error({ err }, 'request failed')
      return sendProblem(reply, problem(500, `Something went wrong on our side; the error is logged under request id ${req.id}.`, req.url))
    })

    app.setNotFoundHandler((req, reply) =>
      sendProblem(reply, problem(404, `There is no route ${req.method} ${req.url.split('?')[0]}; see /docs for the API`, req.url)),
    )
  },
  { name: 'errors' },
)
