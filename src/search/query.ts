/**
 * The search language of `q`, compiled to an FTS5 MATCH expression. User text never reaches FTS5
 * as syntax: every word and phrase is emitted as a quoted FTS5 string, and the only operators in
 * the output are the ones written here. The language:
 *
 *   bread butter        both words (every term must match)
 *   "tal afar"          the words in this order, next to each other
 *   -mosul -"al qaeda"  no article with this word or phrase
 *   blast OR bomb       either; binds tighter than the implicit AND, as in web search:
 *                       `iraq blast OR bomb` is iraq AND (blast OR bomb)
 *   bagh*               any word starting with "bagh" (at least one letter or digit before the
 *                       `*`; a `*` after a phrase is dropped)
 *
 * Anything else is text: `AND`, `NOT`, `NEAR(`, `col:`, `^`, `+`, brackets are searched as the
 * words they contain. `OR` is an operator only in capitals and only between two search terms;
 * first, last, doubled or next to an excluded term it is the word "or". A phrase left open runs
 * to the end of the text. Words and phrases with no letter or digit are dropped: the unicode61
 * tokenizer would find nothing in them. Only exclusions (FTS5's NOT needs something on its left)
 * or nothing left to search for is an error with a reason the API returns as a 400.
 *
 * `terms` lists the positive words and phrases (prefixes with their `*`), for highlighting and
 * for finding similar articles; excluded terms are not in it.
 */
import { lexQuery, OR, type Item, type Term } from './lex.js'

export type CompiledQuery =
  | { ok: true; fts: string; terms: string[] }
  | { ok: false; reason: string }

/** A search the user can fix; the error handler answers it with a 400 on `q`. */
export class InvalidSearchError extends Error {
  override name = 'InvalidSearchError'
}

const searchable = (term: Term): boolean => /[\p{L}\p{N}]/u.test(term.text)
const isPositive = (item: Item | undefined): item is Term => typeof item === 'object' && !item.negated

// The lexer never lets a quote into a term; doubling them anyway keeps the output safe on its own.
const render = (term: Term): string => `"${term.text.replaceAll('"', '""')}"${term.prefix ? '*' : ''}`

export function compileQuery(q: string): CompiledQuery {
  const items = lexQuery(q)
  const isOperator = items.map((item, i) => item === OR && isPositive(items[i - 1]) && isPositive(items[i + 1]))
  // Each group is a list of alternatives; the groups are ANDed.
  const groups: Term[][] = []
  const excluded: Term[] = []
  items.forEach((item, i) => {
    if (isOperator[i]) return
    const term: Term = item === OR ? { text: OR, phrase: false, prefix: false, negated: false } : item
    if (term.negated) excluded.push(term)
    else if (isOperator[i - 1]) groups.at(-1)?.push(term)
    else groups.push([term])
  })
  // Dropped only now, so that `blast OR 😀` is still one group (of one word), not `blast` AND "or".
  const wanted = groups.map((g) => g.filter(searchable)).filter((g) => g.length > 0)
  const unwanted = excluded.filter(searchable)
  if (wanted.length === 0) {
    return unwanted.length > 0
      ? { ok: false, reason: 'only excluded terms: add a word to search for' }
      : { ok: false, reason: 'nothing to search for: give at least one word with a letter or digit' }
  }
  const all = wanted.map((g) => (g.length === 1 ? render(g[0] as Term) : `(${g.map(render).join(' OR ')})`)).join(' AND ')
  // One NOT over an OR of the exclusions, not a NOT chain: FTS5 flattens OR lists but nests each
  // NOT a level deeper, and refuses expressions deeper than 256 levels.
  const fts = unwanted.length === 0 ? all : `(${all}) NOT (${unwanted.map(render).join(' OR ')})`
  const terms = [...new Set(wanted.flat().map((t) => (t.prefix ? `${t.text}*` : t.text)))]
  return { ok: true, fts, terms }
}

/** The MATCH expression for `q`, for repositories: a query that cannot run is an InvalidSearchError. */
export function ftsMatch(q: string): string {
  const compiled = compileQuery(q)
  if (!compiled.ok) throw new InvalidSearchError(compiled.reason)
  return compiled.fts
}
