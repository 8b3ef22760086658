// Runs derivePage off the main thread: parsing is the CPU-heavy part of an ingest, and the main
// thread has reading and the database writes to do.
import { parentPort } from 'node:worker_threads'
import { derivePage } from './derive.js'
import type { PageMeta } from './read-pages.js'

parentPort?.on('message', (job: { id: number; raw: Uint8Array; meta: PageMeta }) => {
  let result
  try {
    result = derivePage(job.raw, job.meta)
  } catch (err) {
    // The parser must never throw; if it does, that page fails and the run goes on.
    result = { error: `parser failure: ${err instanceof Error ? err.message : String(err)}` }
  }
  parentPort?.postMessage({ id: job.id, result })
})
