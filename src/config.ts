import { availableParallelism } from 'node:os'
import { z } from 'zod'
import { DEFAULT_MAX_BODY_MB, DEFAULT_QUERY_BUDGET_MS, DEFAULT_RANK_CAP, DEFAULT_RATE_LIMIT } from './model/defaults.js'

/** How long a shutdown may take before the process gives up on it. */
export const SHUTDOWN_TIMEOUT_MS = 10_000

/** The shortest API key accepted: 32 characters, e.g. `openssl rand -hex 32` gives 64. */
export const MIN_API_KEY_LENGTH = 32

// RFC 6750's b64token: what can follow `Bearer ` in a header without quoting.
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/u

const ApiKeysSchema = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((key) => key.trim()).filter((key) => key !== ''))
  // The messages never repeat a key: configuration errors end up in logs.
  .pipe(z.array(
    z.string()
      .min(MIN_API_KEY_LENGTH, `each key needs at least ${MIN_API_KEY_LENGTH} characters (e.g. openssl rand -hex 32)`)
      .max(1024, 'a key is at most 1024 characters')
      .regex(BEARER_TOKEN, 'a key is letters, digits and - . _ ~ + / (then = padding), as a Bearer token must be'),
  ))

const EnvSchema = z.object({
  NEWSSTAND_DB: z.string().min(1).default('data/newsstand.db'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // Server processes (serve --workers overrides it); 1 serves in this process, without node:cluster.
  NEWSSTAND_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  // Absent: derived from the number of processes (see readThreadsPerProcess).
  NEWSSTAND_READ_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  NEWSSTAND_QUERY_BUDGET_MS: z.coerce.number().int().min(10).max(600_000).default(DEFAULT_QUERY_BUDGET_MS),
  NEWSSTAND_RANK_CAP: z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_RANK_CAP),
  NEWSSTAND_API_KEYS: ApiKeysSchema,
  NEWSSTAND_MAX_BODY_MB: z.coerce.number().int().min(1).max(1024).default(DEFAULT_MAX_BODY_MB),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Security and operations (issue 6): per-client request budget and browser origins.
  NEWSSTAND_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_RATE_LIMIT),
  NEWSSTAND_CORS_ORIGINS: z.string().default(''),
})

/** The variables the server and CLI read (src/eval reads NEWSSTAND_CORPUS); .env.example documents each. */
export const ENV_VARS = Object.keys(EnvSchema.shape)

export interface Config {
  dbPath: string
  host: string
  port: number
  /** Server processes; more than 1 runs them under node:cluster on the same port. */
  workers: number
  /** Read threads in each server process. */
  readWorkers: number
  queryBudgetMs: number
  /** Relevance ranks at most this many matches, the most recently stored (see src/db/repositories/article-list.ts). */
  rankCap: number
  /** Keys that may write (POST/DELETE /documents); none means writes are refused. */
  apiKeys: string[]
  /** The largest request body accepted, in bytes. */
  maxBodyBytes: number
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL']
  /** Requests per minute per client IP; 0 turns the limit off. */
  rateLimit: number
  /** Origins allowed to call the API from a browser (`*`: any); empty: CORS off. */
  corsOrigins: string[]
}

export class ConfigError extends Error {}

/**
 * Read threads per server process when NEWSSTAND_READ_WORKERS is not set: the cores shared out
 * between the processes, at least one. Searches run on these threads while lookups and HTTP run on
 * each process's main thread, so cores ÷ processes keeps busy threads near the number of cores;
 * with none, a slow search would block its process's event loop (measured in bench:workers).
 */
export function readThreadsPerProcess(workers: number, cores = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / workers))
}

/**
 * Reads the environment once; a bad value stops start-up with a message naming the variable.
 * `overrides` are command-line flags, which win over the environment (already validated).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: { workers?: number | undefined } = {}): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`invalid environment:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const workers = overrides.workers ?? e.NEWSSTAND_WORKERS
  return {
    dbPath: e.NEWSSTAND_DB, host: e.HOST, port: e.PORT, workers, readWorkers: e.NEWSSTAND_READ_WORKERS ?? readThreadsPerProcess(workers), queryBudgetMs: e.NEWSSTAND_QUERY_BUDGET_MS,
    rankCap: e.NEWSSTAND_RANK_CAP,
    apiKeys: e.NEWSSTAND_API_KEYS, maxBodyBytes: e.NEWSSTAND_MAX_BODY_MB * 1024 * 1024, logLevel: e.LOG_LEVEL,
    ...securityConfig(e),
  }
}

function securityConfig(e: z.infer<typeof EnvSchema>): Pick<Config, 'rateLimit' | 'corsOrigins'> {
  const corsOrigins = e.NEWSSTAND_CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)
  return { rateLimit: e.NEWSSTAND_RATE_LIMIT, corsOrigins }
}
