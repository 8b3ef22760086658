// Runs derivePage off the main thread: parsing is the CPU-heavy part of an ingest, and the main
// thread has reading and the database writes to do.
import { parentPort } from 'node:worker_threads'
import { derivePage } from './derive.js'
import type { PageMeta } from '../model/page-record.js'

// derivePage answers a page the parser throws on with an error, as it does on every path.
parentPort?.on('message', (job: { id: number; raw: Uint8Array; meta: PageMeta }) => {
  parentPort?.postMessage({ id: job.id, result: derivePage(job.raw, job.meta) })
})
