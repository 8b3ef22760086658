// The search benchmark's query classes, each measured two ways: its queries called on the
// repositories in this process (SQLite's own time), and its URLs requested from the server.
import type { ArticleCursor, ArticleQuery } from '../../src/model/article-list.js'
import type { ReadRepositories } from '../../src/db/repositories/index.js'
import { median } from './load.js'
import type { Terms } from './search-terms.js'

export type Query = { q: string; source?: string; facets?: string; page?: number } | { id: number }
export interface BenchClass { name: string; queries: Query[]; /** A 200 without this key means the parameter was ignored. */ needs?: string }
export type Outcome<T> = { ok: true; value: T } | { ok: false; na: string }

const FACETS = 'source,publisher,month'
const LIMIT = 20

export function benchClasses(t: Terms): BenchClass[] {
  const pairs = t.twoWords.map(({ q }) => ({ q }))
  return [
    { name: 'rare word', queries: t.rare.map(({ q }) => ({ q })) },
    { name: 'two words', queries: pairs },
    { name: 'phrase', queries: t.phrases.map(({ q }) => ({ q })) },
    { name: 'prefix', queries: t.prefixes.map(({ q }) => ({ q })) },
    { name: 'commonest word', queries: [{ q: t.commonest.q }] },
    { name: 'filtered', queries: pairs.map((p) => ({ ...p, source: t.source.name })) },
    { name: 'faceted', queries: pairs.map((p) => ({ ...p, facets: FACETS })), needs: 'facets' },
    { name: 'page 5', queries: t.twoWords.filter((p) => p.matches > 4 * LIMIT).map(({ q }) => ({ q, page: 5 })) },
    { name: '/articles/{id}', queries: t.ids.map((id) => ({ id })) },
  ]
}

/** Median of up to `runs` timed calls, after one untimed call; fewer when a call is slow. */
function timeCall(fn: () => unknown, runs = 20, budgetMs = 2000): number {
  fn()
  const times: number[] = []
  const start = performance.now()
  while (times.length < runs && (times.length < 3 || performance.now() - start < budgetMs)) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return median(times)
}

/** The class's in-process time: the median over its queries of each query's median. */
export function inProcess(repos: ReadRepositories, cls: BenchClass): Outcome<number> {
  const medians: number[] = []
  // A hundred ids are plenty for a median of lookups that each take well under a millisecond.
  for (const query of 'id' in (cls.queries[0] ?? {}) ? cls.queries.slice(0, 100) : cls.queries) {
    if ('id' in query) { medians.push(timeCall(() => repos.articles.getJson(query.id))); continue }
    const base: ArticleQuery = {
      q: query.q, sort: 'relevance', sources: query.source ? [query.source] : undefined, limit: LIMIT,
      ...(query.facets ? { facets: query.facets.split(',') as ArticleQuery['facets'] } : {}),
    }
    if (cls.needs && !(cls.needs in repos.articles.find(base))) return { ok: false, na: `not supported: the repository has no ${cls.needs}` }
    let after: ArticleCursor | undefined
    for (let page = 1; page < (query.page ?? 1); page++) after = repos.articles.find({ ...base, after }).next ?? undefined
    if ((query.page ?? 1) > 1 && !after) continue
    medians.push(timeCall(() => repos.articles.find({ ...base, after })))
  }
  return medians.length ? { ok: true, value: median(medians) } : { ok: false, na: 'no query with enough results' }
}

const searchPath = (q: { q: string; source?: string; facets?: string }, cursor?: string) =>
  `/articles?${new URLSearchParams({ q: q.q, ...(q.source ? { source: q.source } : {}), ...(q.facets ? { facets: q.facets } : {}), ...(cursor ? { cursor } : {}) })}`

/**
 * The class's URLs, each requested once (which also warms the server up). Page 5 is reached the
 * way a client does, by following `next`. A 400, or a 200 without the asked-for key, means the
 * API lacks the class's parameter: the class is then not measured.
 */
export async function httpPaths(base: string, cls: BenchClass): Promise<Outcome<string[]>> {
  const paths: string[] = []
  for (const query of cls.queries) {
    let path = 'id' in query ? `/articles/${query.id}` : searchPath(query)
    if (!('id' in query)) {
      for (let page = 1; page < (query.page ?? 1) && path; page++) {
        const res = await fetch(base + path)
        const next = res.ok ? ((await res.json()) as { next: string | null }).next : null
        path = next ? searchPath(query, next) : ''
      }
      if (!path) continue
    }
    const res = await fetch(base + path)
    const body = await res.text()
    if (res.status === 400) return { ok: false, na: `not supported: 400 ${(JSON.parse(body) as { detail?: string }).detail ?? ''}`.trim() }
    if (res.ok && cls.needs && !(cls.needs in (JSON.parse(body) as object))) return { ok: false, na: `not supported: the API ignores ${cls.needs}=` }
    paths.push(path)
  }
  return paths.length ? { ok: true, value: paths } : { ok: false, na: 'no query with enough results' }
}

/** Every class's URLs interleaved, one of each class in turn, so each class is an equal share. */
export function mixedPaths(lists: readonly string[][]): string[] {
  const longest = Math.max(...lists.map((l) => l.length))
  return Array.from({ length: longest }, (_, i) => lists.map((l) => l[i % l.length] as string)).flat()
}
