// HTTP load with autocannon (the Fastify team's load generator), with latency percentiles taken
// from every response's own time: autocannon's histogram keeps whole milliseconds, too coarse for
// sub-millisecond lookups and for comparing with the in-process SQLite time.
import autocannon from 'autocannon'

export interface LoadFigures {
  requests: number
  reqPerSec: number
  p50: number
  p99: number
  max: number
  non2xx: number
  /** Connection errors and timeouts: no response at all. */
  errors: number
  over250: number
}

/** The q-th quantile (0–1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number
}

export function median(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (finite.length === 0) return NaN
  const mid = finite.length >> 1
  return finite.length % 2 ? (finite[mid] as number) : ((finite[mid - 1] as number) + (finite[mid] as number)) / 2
}

/** `connections` connections for `duration` seconds, each walking `paths` in order and round again. */
export async function load(base: string, paths: readonly string[], connections: number, duration: number): Promise<LoadFigures> {
  const times: number[] = []
  const instance = autocannon({ url: base, connections, duration, requests: paths.map((path) => ({ method: 'GET', path })) })
  instance.on('response', (_client, _status, _bytes, ms) => { times.push(ms) })
  const r = await instance
  times.sort((a, b) => a - b)
  return {
    requests: times.length,
    reqPerSec: times.length / r.duration,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: times.at(-1) ?? NaN,
    non2xx: r.non2xx,
    errors: r.errors,
    over250: times.filter((t) => t > 250).length,
  }
}

/** Several runs of the same load reduced to one: medians, except counts of failures, which add up. */
export function combine(runs: readonly LoadFigures[]): LoadFigures & { worstMax: number } {
  const m = (k: keyof LoadFigures) => median(runs.map((r) => r[k]))
  const sum = (k: keyof LoadFigures) => runs.reduce((s, r) => s + r[k], 0)
  return {
    requests: sum('requests'), reqPerSec: m('reqPerSec'), p50: m('p50'), p99: m('p99'), max: m('max'),
    non2xx: sum('non2xx'), errors: sum('errors'), over250: sum('over250'), worstMax: Math.max(...runs.map((r) => r.max)),
  }
}
