import { existsSync } from 'node:fs'
import type { Db } from '../db/open.js'
import { createArticlesRepository } from '../db/repositories/articles.js'
import type { ArticleQuery } from '../model/article-list.js'
import { ArticlesQuerySchema } from '../schemas/article-query.js'
import { encodeCursor } from '../schemas/common.js'
import { InvalidSearchError } from '../search/query.js'
import { openReadOnly, withDatabase } from './database.js'
import { formatTable } from './table.js'

/** A search the user can fix (its text, a flag, the database path): one line on stderr, exit 1. */
export class SearchInputError extends Error {}

export interface SearchArgs {
  dbPath: string
  query: string
  limit?: string | undefined
  sources?: string[] | undefined
  /** JSON even on a terminal. */
  json: boolean
  /** As the server's (NEWSSTAND_RANK_CAP), so both rank alike. */
  rankCap?: number | undefined
}

const FLAGS: Record<string, string> = { q: 'the query', limit: '--limit', source: '--source' }

/**
 * `newsstand search`: what GET /articles?q= answers, from the same schema (so the same limits and
 * messages), query language and repository, on a read-only connection: a running server or
 * ingest goes on undisturbed. A table on a terminal; JSON like the API's body otherwise.
 */
export function runSearch(args: SearchArgs, out: NodeJS.WriteStream = process.stdout): number {
  const parsed = ArticlesQuerySchema.safeParse({ q: args.query, limit: args.limit, source: args.sources })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new SearchInputError(`${FLAGS[String(issue?.path[0])] ?? String(issue?.path[0])}: ${issue?.message}`)
  }
  if (!existsSync(args.dbPath)) throw new SearchInputError(`${args.dbPath} does not exist: ingest pages first (newsstand ingest --help), or give --db`)
  const page = withDatabase(args.dbPath, (db) => find(db, parsed.data, args.rankCap), openReadOnly)
  const next = page.next && encodeCursor(page.next)
  const table = out.isTTY === true && !args.json
  out.write(table ? formatTable(page, out.columns ?? 100) : `${JSON.stringify({ ...page, next })}\n`)
  return 0
}

/** The repository's find; its statements are prepared on open, so a file without our tables fails there. */
function find(db: Db, query: ArticleQuery, rankCap: number | undefined) {
  try {
    return createArticlesRepository(db, { rankCap }).find(query)
  } catch (err) {
    if (err instanceof InvalidSearchError) throw new SearchInputError(`the query: ${err.message}`)
    if (/no such table/u.test((err as Error).message)) throw new SearchInputError('this is not a newsstand database, or an older one: run newsstand migrate --db PATH')
    throw err
  }
}
