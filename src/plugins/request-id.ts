import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

export const REQUEST_ID_HEADER = 'x-request-id'

// A proxy's or client's id is taken only if it is short and plain: it lands in every log line,
// so no spaces, quotes or control characters (log injection), and no megabyte of it.
const SENT_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/u

/**
 * Fastify's genReqId: the client's `X-Request-Id` when it is sane, so one id follows a request
 * through a proxy's logs and ours; else a random UUID. Not Fastify's default counter (`req-1`):
 * it restarts with the process and repeats across `serve --workers` processes.
 */
export function requestId(req: IncomingMessage): string {
  const sent = req.headers[REQUEST_ID_HEADER]
  return typeof sent === 'string' && SENT_ID.test(sent) ? sent : randomUUID()
}

/** Every answer names its request id, so a client can quote it and an operator find its log lines. */
export default fp(
  async function requestIds(app: FastifyInstance) {
    // onRequest is the first hook: answers cut short later (429, 401, 404, errors) carry it too.
    app.addHook('onRequest', async (req, reply) => {
      reply.header(REQUEST_ID_HEADER, req.id)
    })
  },
  { name: 'request-id' },
)
