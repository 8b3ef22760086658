import Database from 'better-sqlite3'
import t from 'tap'
import { anyOf, distinctiveTerms, termCounts, tokenize } from '../../src/search/terms.js'
import { ftsTable } from './fts-table.js'

/** The words FTS5 itself makes of `text`, in order (the schema's tokenizer, read back through fts5vocab). */
function fts5Tokens(text: string): string[] {
  const db = new Database(':memory:')
  try {
    db.exec("CREATE VIRTUAL TABLE f USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    db.exec("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    db.prepare('INSERT INTO f (x) VALUES (?)').run(text)
    return db.prepare<[], { term: string }>('SELECT term FROM v ORDER BY offset').all().map((r) => r.term)
  } finally {
    db.close()
  }
}

t.test('tokenize splits and folds words as the FTS5 index does', async (t) => {
  const texts = [
    "U.S. and Iraqi officials believe the leader of IS group, Abu Bakr al-Baghdadi, has left — Mosul's \"GAME IS UP\"",
    'Le président a déclaré à Paris: «Ça suffit», a-t-il ajouté; l’économie française Über Straße naïve café crème',
    'Ação, coração; niño año; Dvořák Škoda; 2017年10月14日 東京 ; مرحبا بالعالم ; Москва Ёлка; Αθήνα Ελλάδα; Ελλάς; हिन्दी समाचार; ข่าวไทย',
    'e-mail 3.5% $1.13bn (£600m) x86_64 under_score #hashtag @user',
  ]
  for (const text of texts) t.same(tokenize(text), fts5Tokens(text), text.slice(0, 30))
})

t.test('termCounts keeps the words worth weighing', async (t) => {
  const counts = termCounts(['The Yukos case', null, 'Yukos: the case of the 2004 sale, in court. OK'], new Set(['the', 'of', 'in']))
  t.same(Object.fromEntries(counts), { yukos: 2, case: 2, sale: 1, court: 1 }, 'no stopwords, bare numbers or words under three letters')
})

t.test('distinctiveTerms ranks by tf·idf within the document-frequency bounds', async (t) => {
  const stats = [
    { term: 'yukos', tf: 3, df: 5 },
    { term: 'oil', tf: 4, df: 60 },
    { term: 'said', tf: 9, df: 900 },
    { term: 'only', tf: 9, df: 1 },
    { term: 'absent', tf: 2, df: 0 },
    { term: 'court', tf: 1, df: 5 },
    { term: 'bankruptcy', tf: 1, df: 5 },
  ]
  t.same(distinctiveTerms(stats, 1000, { max: 10, maxDf: 100 }), ['yukos', 'oil', 'bankruptcy', 'court'],
    'rarer first at equal tf; too common, only here and unknown words left out; ties in word order')
  t.same(distinctiveTerms(stats, 1000, { max: 2, maxDf: 100 }), ['yukos', 'oil'])
  t.same(distinctiveTerms([], 10, { max: 5, maxDf: 10 }), [])
})

t.test('anyOf is a safe FTS5 OR query', async (t) => {
  const table = ftsTable(t, ['a yukos page', 'oil here', 'nothing'])
  t.same(table.run(anyOf(['yukos', 'oil'])), [1, 2])
  t.equal(anyOf(['or', 'and', 'near', 'not']), '"or" OR "and" OR "near" OR "not"', 'operator words stay words')
  t.same(table.run(anyOf(['say "hi"'])), [], 'a quote cannot escape its string')
})
