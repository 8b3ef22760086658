import { fileURLToPath } from 'node:url'
import type { Test } from 'tap'
import { buildApp, type App, type AppOptions } from '../src/app.js'
import { migrate } from '../src/db/migrate.js'
import { openDatabase, type Db } from '../src/db/open.js'
import { ingestPaths } from '../src/ingest/index.js'

/** The original example page, read in place from the shared folder beside the repository. */
export const SEED_PAGE = fileURLToPath(new URL('../../shared/seeds/000_998e60e0fad79041.txt', import.meta.url))

/** A key the write tests configure and send (keys need 32 characters or more). */
export const TEST_KEY = 'test-key-0123456789abcdef0123456789'

/**
 * The app exactly as production builds it, on a fresh in-memory database, closed after the test.
 * Writing is off, as in production, unless `apiKeys` are given.
 */
export async function buildTestApp(
  t: Test,
  { seed = true, ...opts }: { seed?: boolean } & Pick<AppOptions, 'articles' | 'rateLimit' | 'corsOrigins' | 'logger' | 'apiKeys' | 'maxBodyBytes'> = {},
): Promise<App> {
  const app = await buildApp({ dbPath: ':memory:', ...opts })
  t.teardown(() => app.close())
  if (seed) await ingestPaths(app.db, [SEED_PAGE])
  return app
}

interface InjectResponse {
  statusCode: number
  headers: Record<string, unknown>
  json(): unknown
}

/** Every error path is checked the same way: RFC 9457 body, problem content type, given status. */
export function assertProblem(t: Test, res: InjectResponse, status: number, field?: { in: string; name: string }) {
  t.equal(res.statusCode, status, `status ${status}`)
  t.match(res.headers['content-type'], /^application\/problem\+json/, 'problem content type')
  const body = res.json() as Record<string, unknown>
  t.match(body, { type: String, title: String, status, detail: String }, 'problem fields')
  t.notOk(/at .+\(.+:\d+:\d+\)|\.ts:\d+|SQLITE|node_modules/.test(String(body.detail)), 'no internals in detail')
  if (field) t.match(body.errors, [field], `names the failing ${field.in} parameter ${field.name}`)
  return body
}

/** A migrated in-memory database of its own for one test, closed after it. */
export function freshDb(t: { teardown(fn: () => void): void }): Db {
  const db = openDatabase(':memory:')
  migrate(db)
  t.teardown(() => db.close())
  return db
}
