import { openDatabase } from '../src/db/open.js'

/**
 * What a crash test compares between a killed-and-rerun database and a clean one: integrity, row
 * counts, no page without its article, no duplicate page, the FTS index's size and every page's
 * hash. Read-only, so it can be taken while a writer runs.
 */
export function dbState(path: string) {
  const db = openDatabase(path, { readonly: true })
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n
    return {
      integrity: db.prepare('PRAGMA integrity_check').pluck().get(),
      documents: n('SELECT count(*) AS n FROM documents'),
      distinct: n('SELECT count(DISTINCT sha256) AS n FROM documents'),
      articles: n('SELECT count(*) AS n FROM articles'),
      orphans: n('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id)'),
      headlines: n('SELECT count(*) AS n FROM headlines'),
      links: n('SELECT count(*) AS n FROM article_headlines'),
      sources: n('SELECT count(*) AS n FROM sources'),
      publishers: n('SELECT count(*) AS n FROM publishers'),
      indexed: n('SELECT count(*) AS n FROM articles_fts_docsize'),
      shas: (db.prepare('SELECT sha256 FROM documents ORDER BY sha256').pluck().all() as string[]).join(),
    }
  } finally {
    db.close()
  }
}
