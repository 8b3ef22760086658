// Real query terms for the search benchmark, picked from the database itself and always the same
// for the same database: word statistics come from an fts5vocab table in the TEMP schema, so the
// database file is read, never changed.
import type { Db } from '../../src/db/open.js'

export interface Counted { q: string; matches: number }
export interface Terms {
  articles: number
  commonest: Counted
  rare: Counted[]
  twoWords: Counted[]
  phrases: Counted[]
  prefixes: Counted[]
  source: { name: string; articles: number }
  ids: number[]
}

const PER_CLASS = 8
const IDS = 1000

/** `n` items spread evenly over `xs` (all of them when there are fewer). */
function spread<T>(xs: readonly T[], n: number): T[] {
  if (xs.length <= n) return [...xs]
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)] as T)
}

export function pickTerms(db: Db): Terms {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, articles_fts, 'row')")
  const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  if (articles === 0) throw new Error('the database has no articles to search')
  const countStmt = db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck()
  const count = (match: string) => countStmt.get(match) as number
  const dfStmt = db.prepare('SELECT doc FROM temp.bench_vocab WHERE term = ?').pluck()
  const df = (term: string) => (dfStmt.get(term) as number | undefined) ?? 0
  // Plain words only: digits and non-Latin tokens make odd queries to read in a report.
  const WORD = "term NOT GLOB '*[^a-z]*' AND length(term) >= 4"

  const top = db.prepare('SELECT term, doc FROM temp.bench_vocab ORDER BY doc DESC, term LIMIT 1').get() as { term: string; doc: number }

  // Rare: document frequency 5–50; where too few words are that rare, the nearest to it.
  const rareRows = db.prepare(`SELECT term, doc FROM temp.bench_vocab WHERE ${WORD} AND doc BETWEEN 5 AND 50 ORDER BY term`).all() as { term: string; doc: number }[]
  const rare = (rareRows.length >= PER_CLASS ? spread(rareRows, PER_CLASS)
    : db.prepare(`SELECT term, doc FROM temp.bench_vocab WHERE ${WORD} ORDER BY abs(doc - 25), term LIMIT ${PER_CLASS}`).all() as { term: string; doc: number }[])
    .map((r) => ({ q: r.term, matches: r.doc }))

  // Two words and phrases come from article titles, the way people search: words of one title
  // occur together, and neighbours in it form a phrase that exists. Words in over a fifth of
  // the articles (the, of, …) are left out: they say little and would make every pair common.
  const titles = spread(db.prepare("SELECT DISTINCT title FROM articles WHERE title IS NOT NULL ORDER BY title").pluck().all() as string[], 150)
  const usable = (w: string) => /^[a-z]{3,}$/.test(w) && df(w) > 0 && df(w) <= articles / 5
  const pairs: Counted[] = []
  const phrases: Counted[] = []
  const seen = new Set<string>()
  for (const title of titles) {
    const words = title.toLowerCase().split(/[^a-z]+/).filter(Boolean)
    const good = [...new Set(words.filter(usable))].sort((a, b) => df(b) - df(a) || a.localeCompare(b))
    // The title's two most frequent usable words: the most matches a pair from it can have.
    if (good.length >= 2) {
      const q = `${good[0]} ${good[1]}`
      if (!seen.has(q)) { seen.add(q); pairs.push({ q, matches: count(`"${good[0]}" "${good[1]}"`) }) }
    }
    const i = words.findIndex((w, k) => k + 1 < words.length && usable(w) && usable(words[k + 1] as string))
    if (i !== -1) {
      const phrase = `${words[i]} ${words[i + 1]}`
      if (!seen.has(phrase)) { seen.add(phrase); phrases.push({ q: `"${phrase}"`, matches: count(`"${phrase}"`) }) }
    }
  }
  // Pairs with five pages of results (the cursor walk needs them) first, in title order.
  const deep = pairs.filter((p) => p.matches > 80)
  const twoWords = deep.length >= PER_CLASS ? spread(deep, PER_CLASS) : [...deep, ...pairs.filter((p) => p.matches <= 80).sort((a, b) => b.matches - a.matches)].slice(0, PER_CLASS)

  // Prefixes of three letters matching a few hundred articles. A prefix matches at least as many
  // articles as its most frequent word and at most the sum over its words, so only prefixes
  // within those bounds are counted (at most 60: counting is the slow part).
  const prefixRows = db.prepare(
    `SELECT substr(term, 1, 3) AS p FROM temp.bench_vocab WHERE ${WORD} GROUP BY p HAVING sum(doc) >= 200 AND max(doc) <= 800 ORDER BY p`,
  ).pluck().all() as string[]
  const prefixCandidates = spread(prefixRows, 60).map((p) => ({ q: `${p}*`, matches: count(`"${p}"*`) }))
  const fewHundred = prefixCandidates.filter((c) => c.matches >= 200 && c.matches <= 800)
  const prefixes = fewHundred.length > 0 ? spread(fewHundred, PER_CLASS) : spread([...prefixCandidates].sort((a, b) => a.matches - b.matches), PER_CLASS)

  const source = db.prepare(
    'SELECT s.name, count(*) AS articles FROM articles a JOIN sources s ON s.id = a.source_id GROUP BY s.id ORDER BY articles DESC, s.name LIMIT 1',
  ).get() as { name: string; articles: number } | undefined
  if (!source) throw new Error('no article has a source: nothing to filter on')

  // Ids spread over the whole table, in a scrambled but fixed order (a prime stride).
  const allIds = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]
  const ids = Array.from({ length: Math.min(IDS, allIds.length) }, (_, i) => allIds[(i * 7919) % allIds.length] as number)

  db.exec('DROP TABLE temp.bench_vocab')
  return { articles, commonest: { q: top.term, matches: top.doc }, rare, twoWords, phrases: spread(phrases, PER_CLASS), prefixes, source, ids }
}
