import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { DataVersion } from '../db/repositories/data-version.js'
import { isDataRoute, REVALIDATE, VARY } from '../schemas/caching.js'
import { API_VERSION } from './swagger.js'

/** Answers that must come from the server every time: liveness and metrics are about now. */
const NO_STORE_ROUTES = new Set(['/health', '/metrics'])

declare module 'fastify' {
  interface FastifyRequest {
    /** The validator of this request's answer; set before the handler runs, on data routes only. */
    etag: string | undefined
  }
}

const isDataRequest = (req: FastifyRequest) => (req.method === 'GET' || req.method === 'HEAD') && isDataRoute(req.routeOptions.url)

const normalize = (header: string | string[] | undefined) =>
  [header ?? ''].flat().join(',').toLowerCase().replace(/\s+/gu, '')

/**
 * A weak validator for one representation at one data version. Everything an answer depends on
 * besides the data is in the hash: which database, the API version (a release may change a
 * shape), the path and query (format included), and the headers the answer varies on (Accept
 * picks the format, Accept-Encoding and x-no-compression the content coding). HEAD and GET share
 * it, as they must. The version is in clear so a tag shows which write it dates from.
 */
export function etagOf(req: FastifyRequest, data: DataVersion): string {
  const varies = [normalize(req.headers.accept), normalize(req.headers['accept-encoding']), req.headers['x-no-compression'] !== undefined]
  const hash = createHash('sha256').update(JSON.stringify([data.database, API_VERSION, req.url, ...varies])).digest('hex')
  return `W/"${data.version}-${hash.slice(0, 24)}"`
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): the `W/` prefix does not matter. */
export function matchesAny(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//u, '')
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/**
 * ETag, 304 Not Modified and Cache-Control for the data routes, without the routes knowing.
 * The version is read before the handler, for two reasons: a matching tag is answered 304
 * without running the query, and a write landing between this read and the query only gives the
 * new data an older tag (a needless 200 later), never old data a newer tag (a wrong 304 later).
 * Errors are never stored: they say `no-store` and carry no tag.
 */
export default fp(
  async function httpCache(app: FastifyInstance) {
    app.decorateRequest('etag', undefined)

    app.addHook('preHandler', async (req, reply) => {
      if (!isDataRequest(req)) return
      req.etag = etagOf(req, app.dataVersion.current())
      const condition = req.headers['if-none-match']
      // `*` matches only if the resource exists, which for /x/{id} the handler finds out: see onSend.
      if (condition !== undefined && condition.trim() !== '*' && matchesAny(condition, req.etag)) {
        return reply.code(304).send()
      }
    })

    app.addHook('onSend', async (req, reply, payload) => {
      if (reply.statusCode >= 400 || NO_STORE_ROUTES.has(req.routeOptions.url ?? '')) {
        reply.removeHeader('etag')
        reply.header('cache-control', 'no-store')
        return payload
      }
      if (req.etag === undefined || (reply.statusCode !== 200 && reply.statusCode !== 304)) return payload
      reply.header('etag', req.etag).header('cache-control', REVALIDATE).header('vary', VARY)
      if (reply.statusCode === 200 && req.headers['if-none-match']?.trim() === '*') reply.code(304)
      if (reply.statusCode !== 304) return payload
      // A 304 has no body. An export stream not yet read is dropped here, before its next query.
      if (payload !== null && typeof payload === 'object' && 'destroy' in payload && typeof payload.destroy === 'function') payload.destroy()
      for (const header of ['content-type', 'content-length', 'content-disposition']) reply.removeHeader(header)
      return null
    })
  },
  { name: 'http-cache', dependencies: ['db'] },
)
