import { Worker } from 'node:worker_threads'
import { derivePacked, type PackedPage } from './derive.js'
import type { PageMeta } from '../model/page-record.js'

export type Derived = PackedPage | { error: string }

/** Pages above this size (bytes) are parsed on the calling thread (see derive below). */
const MAX_WORKER_PAGE = 256 * 1024

export interface DerivePool {
  derive(raw: Uint8Array, meta: PageMeta): Promise<Derived>
  close(): Promise<void>
}

/**
 * derivePacked on `size` worker threads, round robin; `size` 0 parses on the calling thread
 * (small inputs, where starting workers costs more than it saves).
 */
export function createDerivePool(size: number): DerivePool {
  if (size <= 0) {
    return { derive: async (raw, meta) => derivePacked(raw, meta), close: async () => {} }
  }
  const pending = new Map<number, { resolve: (result: Derived) => void; raw: Uint8Array; meta: PageMeta }>()
  let broken = false
  const workers = Array.from({ length: size }, () => {
    // A parser needs little heap; capping it keeps each worker from adding a full-size V8 heap
    // (peak RSS must stay under 300 MB). A page too big for it kills the worker, and the error
    // handler below parses that page, and the rest, on the main thread.
    const worker = new Worker(new URL('./derive-worker-boot.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 },
    })
    worker.on('message', ({ id, result }: { id: number; result: Derived }) => {
      pending.get(id)?.resolve(result)
      pending.delete(id)
    })
    // A worker that cannot start or dies must not hang the run or lose pages: its pages, and all
    // later ones, are parsed here instead.
    worker.on('error', () => {
      broken = true
      for (const [id, job] of pending) {
        job.resolve(derivePacked(job.raw, job.meta))
        pending.delete(id)
      }
    })
    return worker
  })
  let next = 0
  return {
    derive(raw, meta) {
      // A huge page would outgrow a worker's capped heap, and a worker out of memory can take the
      // whole process down with it: such pages are parsed here, where the heap is not capped.
      if (broken || raw.length > MAX_WORKER_PAGE) return Promise.resolve(derivePacked(raw, meta))
      const id = next++
      return new Promise((resolve) => {
        pending.set(id, { resolve, raw, meta })
        workers[id % size]?.postMessage({ id, raw, meta })
      })
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
