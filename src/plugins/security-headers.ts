import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import helmet from 'helmet'

/**
 * helmet's headers on every answer (nosniff, frame and referrer policies, CSP …). The CSP is
 * helmet's default, which Swagger UI at /docs works under (its page and initializer are files from
 * 'self'; its inline styles are allowed by helmet's `style-src 'unsafe-inline'`; its icons are
 * data: images), with one change: no `upgrade-insecure-requests`, which on a plain-HTTP address
 * other than localhost would rewrite the docs' assets to https and break the page.
 *
 * helmet itself, not @fastify/helmet: the plugin builds helmet's middleware (parsing every CSP
 * directive) again on each request, about 5% of a GET /articles/{id}; with no per-route options
 * or nonces here, one middleware built at start-up sets the same headers.
 */
export default fp(
  async function securityHeaders(app: FastifyInstance) {
    const setHeaders = helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } })
    // Set on the raw response at the start of every request, as @fastify/helmet does.
    app.addHook('onRequest', (req, reply, done) => {
      setHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined))
    })
  },
  { name: 'security-headers' },
)
