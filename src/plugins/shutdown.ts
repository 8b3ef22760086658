import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { PROBLEM_CONTENT_TYPE } from '../schemas/problem.js'
import { problem } from '../schemas/problem.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Milliseconds since close() began, or null while serving: long work (a batch) stops in time. */
    readonly closingForMs: number | null
  }
}

/**
 * What the app does between close() and the end of its last request. close() stops accepting
 * connections and ends the idle keep-alive ones, then waits for every other connection to end
 * before the database closes (Fastify runs its server's close before our onClose hooks). Three
 * gaps are ours to fill:
 * - an answer that started before close() carries no `Connection: close`, so its keep-alive
 *   connection turns idle afterwards and would hold close() open for the keep-alive timeout (72 s):
 *   once any answer has gone out, the connections that are idle by then are ended;
 * - every answer sent while closing asks the client to close the connection after it;
 * - a request that arrives on a still-open connection while closing is refused with a 503 problem
 *   and Retry-After (Fastify's own 503 is not in the problem shape, so it is turned off in app.ts).
 */
export default fp(
  async function shutdown(app: FastifyInstance) {
    let closing = false
    let closedAt = 0
    app.decorate('closingForMs', { getter: () => (closing ? performance.now() - closedAt : null) })
    app.addHook('preClose', async () => {
      closing = true
      closedAt = performance.now()
    })

    app.addHook('onRequest', async (req, reply) => {
      if (!closing) return
      return reply.code(503).header('retry-after', '1').type(PROBLEM_CONTENT_TYPE)
        .send(problem(503, 'The server is shutting down; retry in a second (another instance may answer).', req.url))
    })
    app.addHook('onSend', async (_req, reply) => {
      if (closing) reply.header('connection', 'close')
    })
    app.addHook('onResponse', async () => {
      // After the answer's bytes are handed over; on the next turn its socket counts as idle.
      if (closing) setImmediate(() => app.server.closeIdleConnections())
    })
  },
  { name: 'shutdown', dependencies: ['errors'] },
)
