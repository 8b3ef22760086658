// The write side of bench:load: one client that POSTs new pages back to back (one request in
// flight), alternating a single page (JSON) and a small NDJSON batch, and times every answer.
import { quantile } from './load.js'

export interface WriteFigures {
  requests: number
  errors: number
  statuses: Record<string, number>
  single: { p50: number; p99: number }
  batch: { p50: number; p99: number }
  pagesCreated: number
}

export interface Writer {
  /** Starts counting afresh (after the warm-up). */
  reset(): void
  /** Stops after the request in flight; resolves to the figures since the last reset. */
  stop(): Promise<WriteFigures>
}

export function startWriter(base: string, key: string, lines: readonly string[], batchSize: number): Writer {
  let single: number[] = []
  let batch: number[] = []
  let statuses: Record<string, number> = {}
  let errors = 0
  let created = 0
  let running = true
  let next = 0
  const take = (n: number) => Array.from({ length: n }, () => lines[next++ % lines.length] as string)

  const loop = (async () => {
    for (let i = 0; running; i++) {
      const isBatch = i % 2 === 1
      const body = isBatch ? `${take(batchSize).join('\n')}\n` : (take(1)[0] as string)
      const t0 = performance.now()
      try {
        const res = await fetch(`${base}/documents`, {
          method: 'POST', body,
          headers: { authorization: `Bearer ${key}`, 'content-type': isBatch ? 'application/x-ndjson' : 'application/json' },
        })
        const answer = (await res.json()) as { status?: string; created?: number }
        ;(isBatch ? batch : single).push(performance.now() - t0)
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
        if (res.ok) created += isBatch ? (answer.created ?? 0) : answer.status === 'created' ? 1 : 0
      } catch {
        errors++
        await new Promise((r) => setTimeout(r, 100)) // a dead server must not turn this into a busy loop
      }
    }
  })()

  const figures = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return { p50: quantile(s, 0.5), p99: quantile(s, 0.99) } }
  return {
    reset() { single = []; batch = []; statuses = {}; errors = 0; created = 0 },
    async stop() {
      running = false
      await loop
      return { requests: single.length + batch.length, errors, statuses, single: figures(single), batch: figures(batch), pagesCreated: created }
    },
  }
}
