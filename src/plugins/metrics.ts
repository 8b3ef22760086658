import { statSync } from 'node:fs'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import { isInMemory } from '../db/open.js'
import type { ReadTiming } from '../db/reads/facade.js'
import type { PageOutcome } from '../model/page-record.js'

export interface AppMetrics {
  /** Times of reads through the repositories (see readFacade). */
  observeRead(timing: ReadTiming): void
  /** Pages sent to POST /documents, by what became of them. */
  countPage(outcome: PageOutcome): void
  /** This process's metrics and this app's, in the Prometheus text format. */
  scrape(): Promise<string>
  contentType: string
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics
  }
}

export interface MetricsOptions {
  /** The database file, whose size (and its WAL's) is read at each scrape; `:memory:` has none. */
  dbPath: string
}

const SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
const PAGE_OUTCOMES: PageOutcome[] = ['new', 'unchanged', 'version', 'error']

/**
 * The process's own metrics (CPU, memory, event loop, GC) belong to the process, not to an app:
 * they are collected once, in a registry of their own, and joined to each app's at scrape time.
 * Collecting them per app would start one event-loop monitor per app that never stops.
 */
let processRegistry: Registry | undefined
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry()
    collectDefaultMetrics({ register: processRegistry })
  }
  return processRegistry
}

/** The route's pattern as the OpenAPI document writes it, so label values stay few whatever the URLs. */
export const routeLabel = (req: FastifyRequest): string =>
  req.routeOptions.url === undefined ? 'unmatched' : req.routeOptions.url.replace(/:(\w+)/gu, '{$1}')

const fileSize = (path: string): number => {
  try {
    return statSync(path).size
  } catch {
    return 0 // no WAL file: the database is closed cleanly or checkpointed
  }
}

/**
 * Prometheus metrics in a registry per app, so apps built side by side (tests) never share or
 * collide. Each process has its own: with `serve --workers N`, a scrape sees the process that
 * answered it.
 */
export default fp(
  async function metrics(app: FastifyInstance, opts: MetricsOptions) {
    const registry = new Registry()
    const registers = [registry]
    const requests = new Histogram({
      name: 'newsstand_http_request_duration_seconds',
      help: 'Time from receiving a request to sending the answer, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'], buckets: SECONDS, registers,
    })
    const aborted = new Counter({
      name: 'newsstand_http_requests_aborted_total',
      help: 'Requests whose client closed the connection before the answer was sent (not in the duration histogram), by method and route pattern',
      labelNames: ['method', 'route'], registers,
    })
    const reads = new Histogram({
      name: 'newsstand_db_read_duration_seconds',
      help: 'Time a read through a repository took as its caller waited for it (queueing for a read worker included)',
      labelNames: ['repo', 'method', 'where', 'outcome'], buckets: SECONDS, registers,
    })
    const pages = new Counter({
      name: 'newsstand_ingest_pages_total',
      help: 'Pages sent to POST /documents in this process, by outcome: new, unchanged (stored already), version (new text for a known URL), error (not stored)',
      labelNames: ['outcome'], registers,
    })
    for (const outcome of PAGE_OUTCOMES) pages.inc({ outcome }, 0)
    const inMemory = isInMemory(opts.dbPath)
    new Gauge({
      name: 'newsstand_db_size_bytes',
      help: 'Size of the database files on disk: the main file and its write-ahead log (read at each scrape)',
      labelNames: ['file'], registers,
      collect() {
        if (inMemory) return
        this.set({ file: 'main' }, fileSize(opts.dbPath))
        this.set({ file: 'wal' }, fileSize(`${opts.dbPath}-wal`))
      },
    })

    app.addHook('onResponse', async (req, reply) => {
      requests.observe({ method: req.method, route: routeLabel(req), status_code: reply.statusCode }, reply.elapsedTime / 1000)
    })
    // A client that gives up (a timeout on its side) never gets an answer, so onResponse never runs.
    app.addHook('onRequestAbort', async (req) => {
      aborted.inc({ method: req.method, route: routeLabel(req) })
    })

    // Every metric is registered by now: one merged registry serves every scrape.
    const scraped = Registry.merge([processMetrics(), registry])
    app.decorate('metrics', {
      observeRead: ({ repo, method, where, outcome, seconds }) => reads.observe({ repo, method, where, outcome }, seconds),
      countPage: (outcome) => pages.inc({ outcome }),
      scrape: () => scraped.metrics(),
      contentType: registry.contentType,
    } satisfies AppMetrics)
  },
  { name: 'metrics' },
)
