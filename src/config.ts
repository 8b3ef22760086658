import { availableParallelism } from 'node:os'
import { z } from 'zod'

const EnvSchema = z.object({
  NEWSSTAND_DB: z.string().min(1).default('data/newsstand.db'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  NEWSSTAND_READ_WORKERS: z.coerce.number().int().min(0).max(64).default(availableParallelism()),
  NEWSSTAND_QUERY_BUDGET_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Security and operations (issue 6): per-client request budget and browser origins.
  NEWSSTAND_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(600),
  NEWSSTAND_CORS_ORIGINS: z.string().default(''),
})

export interface Config {
  dbPath: string
  host: string
  port: number
  readWorkers: number
  queryBudgetMs: number
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL']
  /** Requests per minute per client IP; 0 turns the limit off. */
  rateLimit: number
  /** Origins allowed to call the API from a browser (`*`: any); empty: CORS off. */
  corsOrigins: string[]
}

export class ConfigError extends Error {}

/** Reads the environment once; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`invalid environment:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    dbPath: e.NEWSSTAND_DB, host: e.HOST, port: e.PORT, readWorkers: e.NEWSSTAND_READ_WORKERS, queryBudgetMs: e.NEWSSTAND_QUERY_BUDGET_MS, logLevel: e.LOG_LEVEL,
    ...securityConfig(e),
  }
}

function securityConfig(e: z.infer<typeof EnvSchema>): Pick<Config, 'rateLimit' | 'corsOrigins'> {
  const corsOrigins = e.NEWSSTAND_CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)
  return { rateLimit: e.NEWSSTAND_RATE_LIMIT, corsOrigins }
}
