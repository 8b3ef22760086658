/** How a server that keeps losing workers backs off, and when it gives up. */
export interface RestartPolicy {
  /** Deaths are counted over this sliding window. */
  windowMs: number
  /** More deaths than this within the window is a crash loop: stop instead of replacing. */
  maxDeaths: number
  /** Delay before the first replacement; it doubles with each recent death. */
  firstDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { windowMs: 60_000, maxDeaths: 5, firstDelayMs: 250, maxDelayMs: 8_000 }

/**
 * Decides, for each worker that died, how long to wait before replacing it, or that it is time to
 * give up. A worker killed once (out of memory, a stray kill) is back within a quarter second; one
 * that dies on every start (a full disk, a corrupt file) cannot be fixed by restarting, and an
 * orchestrator restarting the whole server, with our exit code 1 and log, says so better than a
 * loop spinning here.
 */
export class RestartBudget {
  private deaths: number[] = []

  constructor(private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY) {}

  /** Records a death at `now` (ms); returns the delay before the replacement, or null to give up. */
  died(now: number): number | null {
    this.deaths = [...this.deaths.filter((t) => now - t < this.policy.windowMs), now]
    const recent = this.deaths.length
    if (recent > this.policy.maxDeaths) return null
    return Math.min(this.policy.maxDelayMs, this.policy.firstDelayMs * 2 ** (recent - 1))
  }

  /** For the log line that gives up. */
  describe(): string {
    return `${this.deaths.length} deaths within ${this.policy.windowMs / 1000} s`
  }
}
