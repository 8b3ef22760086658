import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { problemResponses } from '../schemas/problem.js'

const DESCRIPTION = [
  'Prometheus text format (`text/plain; version=0.0.4`): request latency by route pattern, read-query time, database file',
  'sizes, pages written through POST /documents, and the process\'s CPU, memory, event-loop lag and GC. Each server process',
  'keeps its own: with several processes behind one port, a scrape sees the one that answered it. Public like the rest of the',
  'read API (it holds no article data and nothing per client); not rate-limited, so monitoring keeps working under load.',
].join(' ')

const METRICS_EXAMPLE = '# HELP process_cpu_user_seconds_total Total user CPU time spent in seconds.\n# TYPE process_cpu_user_seconds_total counter\n'

export default async function metricsRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/metrics', {
    schema: {
      tags: ['meta'],
      operationId: 'getMetrics',
      summary: 'Metrics for Prometheus',
      description: DESCRIPTION,
      response: {
        200: {
          description: 'The metrics of the process that answered',
          // How every scrape begins (prom-client lists the process metrics first); the values vary.
          content: { 'text/plain': { schema: z.string(), example: METRICS_EXAMPLE } },
        },
        ...problemResponses(500),
      },
    },
  }, async (_req, reply) => reply.type(app.metrics.contentType).send(await app.metrics.scrape()))
}
