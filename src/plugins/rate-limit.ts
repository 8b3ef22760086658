import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { UNLIMITED_PATHS } from '../schemas/rate-limit.js'
import { HttpProblem } from './errors.js'

export interface RateLimitOptions {
  /** Requests per minute per client IP; 0 turns the limit off. */
  perMinute: number
}

/** Liveness probes, metrics scrapes and the docs' page and assets answer even to a client over its budget. */
const EXEMPT_PREFIXES = [...UNLIMITED_PATHS, '/docs']

export const isExempt = (req: FastifyRequest) => {
  const path = req.url.split('?', 1)[0] as string
  return EXEMPT_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))
}

/**
 * A per-IP budget of requests per minute, announced in the draft-standard `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` headers. The answer over budget is thrown rather
 * than sent, so the errors plugin turns it into the one problem shape; `Retry-After` (seconds)
 * is set by the plugin before it throws. Behind a proxy, req.ip is the proxy's unless Fastify's
 * trustProxy is set: every client would share one budget.
 *
 * The counts live in this process's memory. Under `serve --workers N` each process counts on its
 * own, so a client gets the budget once per process its connections reach: up to N times it.
 * Dividing the budget by N instead would cut a client on one keep-alive connection (one process)
 * to 1/N of it, the commoner case, so it is not divided; a strict limit needs --workers 1 or a
 * shared store (Redis) in front.
 */
export default fp(
  async function rateLimits(app: FastifyInstance, opts: RateLimitOptions) {
    if (opts.perMinute <= 0) return
    await app.register(rateLimit, {
      max: opts.perMinute,
      timeWindow: 60_000,
      enableDraftSpec: true,
      allowList: (req) => isExempt(req),
      errorResponseBuilder: (_req, ctx) =>
        new HttpProblem(429, `More than ${ctx.max} requests a minute from your address; retry in ${Math.ceil(ctx.ttl / 1000)} s (see Retry-After).`),
    })
  },
  { name: 'rate-limit', dependencies: ['errors'] },
)
