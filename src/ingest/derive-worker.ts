// Runs derivePacked off the main thread: parsing and compressing are the CPU-heavy part of an
// ingest, and the main thread has reading and the database writes to do.
import { parentPort } from 'node:worker_threads'
import { derivePacked } from './derive.js'
import type { PageMeta } from '../model/page-record.js'

// derivePacked answers a page the parser throws on with an error, as it does on every path.
parentPort?.on('message', (job: { id: number; raw: Uint8Array; meta: PageMeta }) => {
  parentPort?.postMessage({ id: job.id, result: derivePacked(job.raw, job.meta) })
})
