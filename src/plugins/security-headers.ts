import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * helmet's headers on every answer (nosniff, frame and referrer policies, CSP …). The CSP is
 * helmet's default, which Swagger UI at /docs works under (its page and initializer are files from
 * 'self'; its inline styles are allowed by helmet's `style-src 'unsafe-inline'`; its icons are
 * data: images), with one change: no `upgrade-insecure-requests`, which on a plain-HTTP address
 * other than localhost would rewrite the docs' assets to https and break the page.
 */
export default fp(
  async function securityHeaders(app: FastifyInstance) {
    await app.register(helmet, {
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    })
  },
  { name: 'security-headers' },
)
