import type { ArticleCursor, ArticlePage, ArticleQuery, DateCursor, Ranking, RelevanceCursor } from '../../model/article-list.js'
import { DEFAULT_HIGHLIGHT } from '../../model/defaults.js'
import { compileQuery, InvalidSearchError } from '../../search/query.js'
import { anyOf } from '../../search/terms.js'
import type { Db } from '../open.js'
import { statementCache, type Params } from '../statements.js'
import { createFacetCounter } from './article-facets.js'
import { filterTerms, matchesSql } from './article-filters.js'
import { createSummaryReader } from './article-summaries.js'

type Row = { id: number; date: string; score?: number; older?: 1 }

// bm25 weights per column (title, lead, body): a match in the title or lead says more.
const SCORE = 'bm25(articles_fts, 4.0, 2.0, 1.0)'
// What orders a window that is not scored: the most recently stored first (lower comes first).
const NEWEST_FIRST = '-articles_fts.rowid'
/** How many of a term's newest matches tell whether it is in most articles (see `informative`). */
const PROBE = 100

/**
 * Lists, searches and facets articles. Relevance ranking is bounded: bm25 costs about a
 * microsecond per matching row, so ranking a word found in nearly every article would grow with
 * the collection. Only the newest `rankCap` matches (the highest ids: the most recently stored)
 * are ranked, a walk then goes on through the older ones unranked, and `ranking` says whether
 * any were left out of the ranking.
 */
export function createArticleLister(db: Db, { rankCap }: { rankCap: number }) {
  const statement = statementCache(db)
  const countFacets = createFacetCounter(db)
  const summaries = createSummaryReader(db)
  const newestId = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM article_keys')
  const probe = db.prepare<{ term: string; ceiling: number }, { n: number; lowest: number }>(
    `SELECT count(*) AS n, min(rowid) AS lowest FROM (
       SELECT rowid FROM articles_fts WHERE articles_fts MATCH @term AND rowid <= @ceiling ORDER BY rowid DESC LIMIT ${PROBE})`,
  )
  const oldestId = db.prepare<[], { id: number | null }>('SELECT min(id) AS id FROM article_keys')

  function byDate(sort: 'newest' | 'oldest', from: string, params: Params, after: DateCursor | undefined): Row[] {
    const order = sort === 'newest' ? 'k.date DESC, k.id DESC' : 'k.date, k.id'
    const keyset = after === undefined ? '' : ` AND (k.date, k.id) ${sort === 'newest' ? '<' : '>'} (@afterDate, @afterId)`
    return statement<Row>(`SELECT k.id, k.date ${from}${keyset} ORDER BY ${order} LIMIT @limit`)
      .all({ ...params, afterDate: after?.date, afterId: after?.id })
  }

  /**
   * The ranked window is the newest `rankCap` matches up to `ceiling` (the newest id when the walk
   * began): read newest first, which costs no scoring, and scored only within. The first page
   * also learns the window's size and lowest id, to tell whether older matches were left out.
   */
  function byRelevance(from: string, params: Params & { limit: number }, terms: readonly string[], after: RelevanceCursor | undefined) {
    const ceiling = after?.ceiling ?? newestId.get()?.id ?? 0
    const scored = after ? after.scored !== false : informative(terms, ceiling)
    const keyset = after === undefined ? '' : 'WHERE (score, id) > (@afterScore, @afterId)'
    // After its first page, a walk past its window and an unscored walk (newest first) are the
    // same: the matches below the last id listed, newest first, with no window to read again.
    const below = after !== undefined && (after.older === true || !scored) ? after.id : undefined
    const rows: (Row & { lowest?: number })[] = below !== undefined ? [] : statement<Row & { n: number; lowest: number }>(
      `SELECT id, date, score, n, lowest FROM (
         SELECT id, date, score, count(*) OVER () AS n, min(id) OVER () AS lowest FROM (
           SELECT k.id, k.date, ${scored ? SCORE : NEWEST_FIRST} AS score ${from} AND articles_fts.rowid <= @ceiling
           ORDER BY articles_fts.rowid DESC LIMIT @rankCap))
       ${keyset} ORDER BY score, id LIMIT @limit`,
    ).all({ ...params, ceiling, rankCap, afterScore: after?.score, afterId: after?.id })
    const window = after ?? windowOf(from, params, ceiling, rows[0] as { n: number; lowest: number } | undefined)
    const lowest = after?.lowest ?? rows[0]?.lowest
    // Past the window, the walk goes on through the older matches, so that it lists every match.
    const olderThan = below ?? (window.capped && rows.length < params.limit ? lowest : undefined)
    if (olderThan !== undefined) rows.push(...olderMatches(from, { ...params, limit: params.limit - rows.length }, olderThan))
    const ranking: Ranking = !scored
      ? { scope: 'none', ranked: 0, matches: window.matches, estimated: window.capped }
      : window.capped
        ? { scope: 'newest', ranked: rankCap, matches: window.matches, estimated: true }
        : { scope: 'all', ranked: window.matches, matches: window.matches, estimated: false }
    const walk = { ceiling, matches: window.matches, capped: window.capped, ...(scored ? {} : { scored }), ...(window.capped ? { lowest } : {}) }
    return { rows, ranking, walk }
  }

  /** Matches stored before id `below` (past the ranked window), most recently stored first. */
  function olderMatches(from: string, params: Params, below: number): Row[] {
    return statement<Row>(`SELECT k.id, k.date, 1 AS older ${from} AND articles_fts.rowid < @below ORDER BY articles_fts.rowid DESC LIMIT @limit`)
      .all({ ...params, below })
  }

  /**
   * Whether bm25 can tell the matches apart. A term in more than half of the articles gets an IDF
   * of zero or less, which FTS5 floors at 1e-6: a query made only of such terms (`the`) would be
   * ordered by how often the word recurs in each article, noise, at the full cost of scoring
   * (4.5 ms for the newest 1,000 matches of `the` on the 100,000-page benchmark). Each term's share
   * is read off its newest matches (a probe of a few microseconds): over half when they fill more
   * than half of the ids they span. Prefixes are not probed (expanding `a*` is itself costly)
   * and count as informative, as does any term on a collection too small to tell.
   */
  function informative(terms: readonly string[], ceiling: number): boolean {
    return terms.length === 0 || terms.some((term) => {
      if (term.endsWith('*')) return true
      // count() always gives a row; a full probe has a lowest id.
      const { n, lowest } = probe.get({ term: anyOf([term]), ceiling }) as { n: number; lowest: number }
      return n < PROBE || ceiling - lowest + 1 >= 2 * PROBE
    })
  }

  /**
   * A full window may have left older matches out; their number is then extrapolated from the
   * window's density over the ids. (An fts5vocab table gives a word's document count, but reads
   * its whole doclist to do so, 11.5 ms for `the` and 45 ms for `a*` on 100,000 pages, and knows
   * nothing of filters, phrases or superseded versions.)
   */
  function windowOf(from: string, params: Params, ceiling: number, first: { n: number; lowest: number } | undefined): { matches: number; capped: boolean } {
    if (!first || first.n < rankCap) return { matches: first?.n ?? 0, capped: false }
    const older = statement<{ one: 1 }>(`SELECT 1 AS one ${from} AND articles_fts.rowid < @lowest LIMIT 1`).get({ ...params, lowest: first.lowest })
    if (!older) return { matches: first.n, capped: false }
    const span = ceiling - (oldestId.get()?.id ?? first.lowest) + 1
    return { matches: Math.round((rankCap * span) / (ceiling - first.lowest + 1)), capped: true }
  }

  return (query: ArticleQuery): ArticlePage => {
    const { terms, params } = filterTerms(query)
    const compiled = query.q === undefined ? undefined : compileQuery(query.q)
    if (compiled && !compiled.ok) throw new InvalidSearchError(compiled.reason)
    const match = compiled?.fts
    const from = matchesSql(match !== undefined, terms)
    const base: Params & { limit: number } = { ...params, limit: query.limit + 1, ...(match === undefined ? {} : { match }) }

    let rows: Row[]
    let next: (last: Row) => ArticleCursor
    let ranking: Ranking | undefined
    if (query.sort === 'relevance') {
      const ranked = byRelevance(from, base, compiled?.ok ? compiled.terms : [], query.after?.sort === 'relevance' ? query.after : undefined)
      rows = ranked.rows
      ranking = ranked.ranking
      next = (last) => ({ sort: 'relevance', score: last.older ? 0 : (last.score as number), id: last.id, ...ranked.walk, ...(last.older ? { older: true } : {}) })
    } else {
      const sort = query.sort
      rows = byDate(sort, from, base, query.after?.sort === sort ? query.after : undefined)
      next = (last) => ({ sort, date: last.date, id: last.id })
    }

    const page = rows.slice(0, query.limit)
    const last = page.at(-1)
    const highlight = query.highlight ?? DEFAULT_HIGHLIGHT
    const search = compiled?.ok ? { match: compiled.fts, prefix: compiled.terms.some((w) => w.endsWith('*')), ...highlight } : undefined
    return {
      items: summaries(page.map((r) => r.id), search),
      next: rows.length > query.limit && last ? next(last) : null,
      ...(ranking ? { ranking } : {}),
      ...(query.facets?.length ? { facets: countFacets(query.facets, from, base, match !== undefined) } : {}),
    }
  }
}
