import { FACET_SIZE, type FacetName, type Facets, type FacetValue } from '../../model/article-list.js'
import type { Db } from '../open.js'
import { statementCache, type Params } from '../statements.js'

const COLUMN: Record<FacetName, string> = {
  source: 'k.source_id',
  publisher: 'k.publisher_id',
  month: 'substr(k.date, 1, 7)',
  lang: 'k.lang',
}

type Tally = [string | number, number][]

/** Counts of each value in a group_concat list; ids (sources, publishers) as numbers. */
function tally(list: string | null, ids: boolean): Tally {
  const counts = new Map<string, number>()
  if (list !== null) for (const value of list.split(',')) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].map(([value, n]) => [ids ? Number(value) : value, n])
}

/**
 * Datasette-style facet counts over every article the query and filters select (not only the
 * page, and not only the matches a capped ranking scored), two ways, as measured on 100,000
 * articles. Without `q`, GROUP BY per facet walks the keys indexes in order (4–21 ms a facet).
 * Matches of `q` come in id order, where GROUP BY sorts every row (270 ms for months over
 * 100,000 matches, 440 ms for all four facets). Instead one pass collects every facet's values
 * with group_concat, and JavaScript counts them: 1.4 ms for `former boss` (2,822 matches) where a
 * JavaScript aggregate, called by SQLite for every row, took 2.1 ms (29 and 36 ms for `the`).
 */
export function createFacetCounter(db: Db) {
  const statement = statementCache(db)
  const names = {
    source: db.prepare<[string], { id: number; name: string }>('SELECT id, name FROM sources WHERE id IN (SELECT value FROM json_each(?))'),
    publisher: db.prepare<[string], { id: number; name: string }>('SELECT id, name FROM publishers WHERE id IN (SELECT value FROM json_each(?))'),
  }

  /** The top values of one facet; ids of sources and publishers become their names. */
  function top(name: FacetName, tally: Tally): FacetValue[] {
    const byCount = [...tally].sort((a, b) => b[1] - a[1])
    // Every value tied with the last one kept may still make the cut once ties go by value.
    const floor = byCount[FACET_SIZE - 1]?.[1] ?? 0
    const candidates = byCount.filter(([, n]) => n >= floor)
    const counts = new Map(candidates)
    const values: FacetValue[] = name === 'source' || name === 'publisher'
      ? names[name].all(JSON.stringify([...counts.keys()])).map((r) => ({ value: r.name, count: counts.get(r.id) ?? 0, id: r.id }))
      : candidates.map(([value, count]) => ({ value: String(value), count }))
    return values
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : (a.id ?? 0) - (b.id ?? 0)))
      .slice(0, FACET_SIZE)
  }

  /** `from` is a FROM … WHERE … clause from article-filters.ts; `search` says whether it holds matches of `q`. */
  return (asked: readonly FacetName[], from: string, params: Params, search: boolean): Facets => {
    if (!search) {
      const count = (f: FacetName): Tally => statement<{ value: string | number; n: number }>(
        `SELECT ${COLUMN[f]} AS value, count(*) AS n ${from} AND ${COLUMN[f]} IS NOT NULL GROUP BY 1`,
      ).all(params).map((r) => [r.value, r.n])
      return Object.fromEntries(asked.map((name) => [name, top(name, count(name))]))
    }
    // group_concat leaves NULLs out; no value holds a comma (ids, `2017-08`, language codes).
    const row = statement<Record<string, string | null>>(
      `SELECT ${asked.map((f, i) => `group_concat(${COLUMN[f]}) AS f${i}`).join(', ')} ${from}`,
    ).get(params)
    return Object.fromEntries(asked.map((name, i) => [name, top(name, tally(row?.[`f${i}`] ?? null, name === 'source' || name === 'publisher'))]))
  }
}
