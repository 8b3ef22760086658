import type { Config } from '../config.js'
import { startServer } from '../server.js'

/** Sent to the primary by a worker that cannot start, so the reason is printed once, not N times. */
export interface StartupFailure {
  type: 'newsstand:startup-failed'
  message: string
}

export const isStartupFailure = (msg: unknown): msg is StartupFailure =>
  typeof msg === 'object' && msg !== null && (msg as StartupFailure).type === 'newsstand:startup-failed'

/**
 * One server process of `serve --workers N`: the app on its own event loop, listening on the port
 * the primary shares out. Signals end it gracefully as they end a single server (see server.ts).
 */
export async function runWorker(config: Config): Promise<never> {
  try {
    await startServer(config)
  } catch (err) {
    const failure: StartupFailure = { type: 'newsstand:startup-failed', message: err instanceof Error ? err.message : String(err) }
    // Exit only once the message is out: exiting at once could drop it.
    process.send?.(failure, undefined, undefined, () => process.exit(1))
  }
  return new Promise<never>(() => {}) // runs until a signal ends the process
}
