import cors from '@fastify/cors'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

export interface CorsOptions {
  /** Origins allowed to read answers from a browser; `*` allows any. Empty: no CORS headers. */
  origins: string[]
}

/** The answer headers a browser script needs to page, revalidate, back off and quote in a bug report. */
export const EXPOSED_HEADERS = ['ETag', 'Link', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'Content-Disposition', 'X-Request-Id']

/**
 * Cross-origin reads for the listed origins only. The API uses no cookies, so credentials are
 * never allowed: `*` is then safe for a public read-only deployment.
 */
export default fp(
  async function crossOrigin(app: FastifyInstance, opts: CorsOptions) {
    if (opts.origins.length === 0) return
    await app.register(cors, {
      origin: opts.origins.includes('*') ? '*' : opts.origins,
      methods: ['GET', 'HEAD', 'POST', 'DELETE'],
      exposedHeaders: EXPOSED_HEADERS,
      credentials: false,
      maxAge: 600,
    })
  },
  { name: 'cors' },
)
