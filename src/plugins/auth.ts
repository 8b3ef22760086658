import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { MIN_API_KEY_LENGTH } from '../config.js'
import { HttpProblem } from './errors.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** An onRequest hook for routes that change data: it lets through a request with a valid API key only. */
    requireApiKey: (req: FastifyRequest) => Promise<void>
  }
}

export interface AuthOptions {
  /** Keys that may write; none means every write is refused (403). */
  apiKeys: readonly string[]
}

const REALM = 'Bearer realm="newsstand"'

const digest = (key: string) => createHash('sha256').update(key).digest()

/** The token of `Authorization: Bearer <token>` (the scheme in any case), or undefined. */
function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer(?: +(.*))?$/iu.exec(header?.trim() ?? '')
  return match ? (match[1] ?? '').trim() : undefined
}

/**
 * API keys for the write routes, as RFC 6750 bearer tokens. Keys are compared as SHA-256 digests
 * with timingSafeEqual: equal lengths whatever was sent, so neither a key's length nor how much of
 * it matched shows in the time taken; every key is compared, so neither does which one matched.
 * Reads stay public: only routes that name this hook (`onRequest: app.requireApiKey`) use it, and
 * as an onRequest hook it refuses a request before its body is read.
 */
export default fp(
  async function auth(app: FastifyInstance, opts: AuthOptions) {
    const keys = opts.apiKeys.map(digest)
    app.decorate('requireApiKey', async (req: FastifyRequest) => {
      if (keys.length === 0) {
        throw new HttpProblem(403, `Writing is turned off on this server: start it with NEWSSTAND_API_KEYS set to one or more keys (comma-separated, at least ${MIN_API_KEY_LENGTH} characters each), then send one as "Authorization: Bearer <key>".`)
      }
      const token = bearerToken(req.headers.authorization)
      // No bearer credentials at all: the challenge alone, without an error code (RFC 6750 §3.1).
      if (token === undefined) {
        throw new HttpProblem(401, 'This route needs an API key: send "Authorization: Bearer <key>".', undefined, { 'www-authenticate': REALM })
      }
      const sent = digest(token)
      let valid = false
      for (const key of keys) valid = timingSafeEqual(sent, key) || valid
      // A wrong or malformed key is RFC 6750's invalid_token, a 401: another key may work. (403 is
      // for a valid key that lacks a scope, and every key here may do every write.)
      if (!valid) {
        throw new HttpProblem(401, 'The API key is not one this server accepts.', undefined, {
          'www-authenticate': `${REALM}, error="invalid_token", error_description="the key is not valid"`,
        })
      }
    })
  },
  { name: 'auth', dependencies: ['errors'] },
)
