import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { createDocumentWriter, type DocumentWriter } from '../ingest/submit.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Stores and deletes pages on the main connection (the read workers' connections are read-only). */
    documentWriter: DocumentWriter
  }
}

export interface WritesOptions {
  /** The largest page parsed, in bytes: parsing needs about 40 times a page's size in memory. */
  maxPageBytes: number
}

/** The writer behind POST and DELETE /documents, its statements prepared once; it counts pages for /metrics. */
export default fp(
  async function writes(app: FastifyInstance, opts: WritesOptions) {
    app.decorate('documentWriter', createDocumentWriter(app.db, { ...opts, onPage: app.metrics.countPage }))
  },
  { name: 'writes', dependencies: ['db', 'metrics'] },
)
