import type { ArticleFilters } from '../../model/article-list.js'
import { budgetCheck } from '../budget.js'
import type { Params } from '../statements.js'
import { lookupKey } from './documents.js'

/**
 * The WHERE terms over `article_keys k` for these filters, with their bound values. Lists show
 * the current version of each URL only; older versions stay retrievable by id.
 */
export function filterTerms(f: ArticleFilters): { terms: string[]; params: Params } {
  // The time budget, checked as candidate rows go by, so a read past it aborts (../budget.ts).
  const terms = ['k.current = 1', budgetCheck('k.id')]
  const params: Params = {}
  if (f.sources?.length) {
    terms.push('k.source_id IN (SELECT id FROM sources WHERE key IN (SELECT value FROM json_each(@sourceKeys)))')
    params.sourceKeys = JSON.stringify(f.sources.map(lookupKey))
  }
  if (f.publishers?.length) {
    terms.push('k.publisher_id IN (SELECT id FROM publishers WHERE key IN (SELECT value FROM json_each(@publisherKeys)))')
    params.publisherKeys = JSON.stringify(f.publishers.map(lookupKey))
  }
  if (f.langs?.length) {
    terms.push('k.lang IN (SELECT value FROM json_each(@langs))')
    params.langs = JSON.stringify(f.langs)
  }
  if (f.since !== undefined) {
    terms.push('k.date >= @since')
    params.since = f.since
  }
  if (f.before !== undefined) {
    terms.push('k.date < @before')
    params.before = f.before
  }
  if (f.hasTitle !== undefined) {
    terms.push('k.has_title = @hasTitle')
    params.hasTitle = f.hasTitle ? 1 : 0
  }
  return { terms, params }
}

/** All matches of `q` (when given) that pass the filters, as a FROM … WHERE … over `k`. */
export function matchesSql(hasQuery: boolean, terms: string[]): string {
  // The full-text index drives the join (CROSS JOIN fixes the order): a rare word reads a few
  // rows, a common one reads its doclist once, never one index probe per article.
  return hasQuery
    ? `FROM articles_fts CROSS JOIN article_keys k ON k.id = articles_fts.rowid WHERE articles_fts MATCH @match AND ${terms.join(' AND ')}`
    : `FROM article_keys k WHERE ${terms.join(' AND ')}`
}
