import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { PARSER_VERSION } from '../parse/index.js'
import { jsonResponse } from '../schemas/common.js'
import { problemResponses } from '../schemas/problem.js'

const HealthSchema = z
  .object({
    status: z.literal('ok').describe('Always `ok`: a service that cannot read its database answers 500 or 503'),
    articles: z.number().int().describe('Articles stored'),
    parserVersion: z.number().int().describe('The parser that new pages go through; records made by an older one are updated by `reparse`'),
  })
  .meta({ id: 'Health' })

export default async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/health', {
    schema: {
      tags: ['meta'],
      operationId: 'getHealth',
      summary: 'Is the service up and its database readable?',
      description:
        'For liveness probes: counts the stored articles, so a database that cannot be read fails the check. ' +
        'Never rate-limited and never cached (`Cache-Control: no-store`). It takes no parameters, so no client error applies.',
      response: {
        200: jsonResponse('The service is up', HealthSchema, { status: 'ok', articles: 1, parserVersion: PARSER_VERSION }),
        ...problemResponses(500, 503),
      },
    },
    // Counting touches the database, so a broken file fails the check instead of passing it.
  }, async () => ({ status: 'ok' as const, articles: await app.articles.count(), parserVersion: PARSER_VERSION }))
}
