import compress from '@fastify/compress'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

// @fastify/compress's default list misses NDJSON (`x-ndjson` is not `…/json`): name what we send.
const COMPRESSIBLE = /^(?:application\/(?:json|problem\+json|x-ndjson)|text\/csv)(?:;|$)/u

/**
 * Compresses JSON, problem+json, NDJSON and CSV answers of the routes registered after it, when
 * the client accepts it: brotli (at the plugin's quality 4, about gzip's speed for smaller
 * output) or gzip. Answers under 1 KB are sent as they are: the headers would eat the saving.
 * Exports are streams and are compressed as they stream, whatever their size.
 */
export default fp(
  async function compression(app: FastifyInstance) {
    await app.register(compress, {
      encodings: ['br', 'gzip'],
      threshold: 1024,
      customTypes: COMPRESSIBLE,
      // Request bodies (POST /documents) are taken uncompressed only: a small gzip can inflate
      // past any body limit, so decoding them would only be attack surface.
      globalDecompression: false,
    })
  },
  { name: 'compression' },
)
