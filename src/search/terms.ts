/**
 * "More like this": an article's most distinctive words, by tf·idf, as an FTS5 OR query. Pure;
 * the repository looks up document frequencies in the articles_fts_vocab table.
 */

export interface TermStat {
  term: string
  /** Occurrences in the article. */
  tf: number
  /** Articles whose index holds the term (the article itself included). */
  df: number
}

/**
 * Words as FTS5's `unicode61 remove_diacritics 2` tokenizer makes them: runs of letters, digits
 * and private-use characters, lower-cased, diacritics removed. Close but not identical (some
 * letters fold differently); a word the index spells otherwise has no document frequency and is
 * skipped, so a difference costs a candidate, never a wrong match.
 */
export function tokenize(text: string): string[] {
  // FTS5 removes diacritics from Latin letters only (`ё` stays `ё`, `é` becomes `e`), and case-
  // folds the Greek final sigma, which lower-casing keeps.
  const folded = text.toLowerCase().normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC').replaceAll('ς', 'σ')
  return folded.split(/[^\p{L}\p{N}\p{Co}]+/u).filter((w) => w.length > 0)
}

/** Candidate words and their counts: no stopwords, none under three characters, no bare numbers. */
export function termCounts(texts: readonly (string | null)[], stopwords: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const word of tokenize(text ?? '')) {
      if (word.length < 3 || stopwords.has(word) || /^\p{N}+$/u.test(word)) continue
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return counts
}

/**
 * The `max` words with the highest tf·ln(N/df). A word only this article has (df ≤ 1) finds
 * nothing else; a word in more than `maxDf` articles says little about the topic and makes the
 * query slow (its whole posting list is scored), so both are left out.
 */
export function distinctiveTerms(stats: readonly TermStat[], articles: number, { max, maxDf }: { max: number; maxDf: number }): string[] {
  return stats
    .filter((s) => s.df > 1 && s.df <= maxDf)
    .map((s) => ({ term: s.term, weight: s.tf * Math.log(articles / s.df) }))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, max)
    .map((s) => s.term)
}

/** Any of the words, each quoted so that no word can be FTS5 syntax. */
export const anyOf = (terms: readonly string[]): string => terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ')
