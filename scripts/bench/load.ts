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

/**
 * autocannon's `requests` for GETs of `paths` in order and round again: each request takes the
 * next path of one walk shared by all connections, so every class of a mixed list gets its share
 * whatever the connections' speeds.
 *
 * One request whose path is set per send, not a list of requests: autocannon builds the buffer of
 * every listed request for every connection as it opens them, about 50 ms per connection for the
 * 9,000 URLs of the mixed load. The first answers of each run were then timed 0.2–0.5 s late, the
 * time the load generator spent building, not the server (which timed them all under 0.1 s).
 */
export function walkOf(paths: readonly string[]): autocannon.Request[] {
  let next = 0
  return [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] as string }) }]
}

/** `connections` connections for `duration` seconds, requesting `paths` as `walkOf` says. */
export async function load(base: string, paths: readonly string[], connections: number, duration: number): Promise<LoadFigures> {
  const times: number[] = []
  const instance = autocannon({ url: base, connections, duration, requests: walkOf(paths) })
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
