// The part of autocannon's programmatic API the search benchmark uses (the package ships no types,
// and @types/autocannon is not a dependency). See node_modules/autocannon/README.md, "API".
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: string
      path?: string
      headers?: Record<string, string>
      /** Called before each send of this request: returns the request to send. */
      setupRequest?: (req: Request, context: Record<string, unknown>) => Request
    }
    interface Options {
      url: string
      connections?: number
      duration?: number
      /** Each connection walks this list in order and starts again at the end. */
      requests?: Request[]
      /** Off by default: then non-2xx responses count in the latency figures too. */
      excludeErrorStats?: boolean
      timeout?: number
    }
    interface Histogram { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p99: number }
    interface Result {
      duration: number
      errors: number
      timeouts: number
      non2xx: number
      statusCodeStats: Record<string, { count: number }>
      latency: Histogram
      requests: Histogram & { sent: number }
    }
    interface Instance extends PromiseLike<Result> {
      on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance
      stop(): void
    }
  }
  function autocannon(opts: autocannon.Options): autocannon.Instance
  export = autocannon
}
