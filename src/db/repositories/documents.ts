import type { ParsedPage } from '../../parse/index.js'
import type { Db } from '../open.js'
import type { RawCodec } from '../raw-codec.js'
import { bodyOf, packSections, sectionsJson } from '../sections-codec.js'

export interface NewDocument {
  /** Of the original bytes, whatever the codec. */
  sha256: string
  /** The page as stored: compressed with `rawCodec` (src/db/raw-codec.ts). */
  raw: Uint8Array
  rawCodec: RawCodec
  origin: string | null
  url: string | null
  crawledAt: string | null
  /** The JSONL record's fields besides the text, as JSON; null for plain files. */
  meta: string | null
  parserVersion: number
}

/** What writing one page's records added, for the ingest summary. */
export interface RecordCounts {
  headlinesNew: number
  headlinesLinked: number
  sourcesNew: number
  publishersNew: number
}

/** Folds case and spacing so one source spelled two ways is one row. */
export const lookupKey = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim()

/**
 * Writes raw documents and the records derived from them. Every method is synchronous and meant
 * to run inside the caller's transaction: the loader batches many pages into one.
 */
export function createDocumentsRepository(db: Db) {
  const findBySha = db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE sha256 = ?')
  const insertDocument = db.prepare(
    `INSERT INTO documents (sha256, raw, raw_codec, origin, url, crawled_at, meta, parser_version)
     VALUES (@sha256, @raw, @rawCodec, @origin, @url, @crawledAt, @meta, @parserVersion)`,
  )
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, title, byline, published_at, lang, provenance, evidence, lead, body, sections, refs, boilerplate, warnings, source_id, publisher_id)
     VALUES (@id, @title, @byline, @publishedAt, @lang, @provenance, @evidence, @lead, @body, @sections, @refs, @boilerplate, @warnings, @sourceId, @publisherId)`,
  )
  const source = getOrCreateByKey(db, 'sources')
  const publisher = getOrCreateByKey(db, 'publishers')
  const insertHeadline = db.prepare('INSERT INTO headlines (title, published_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
  const findHeadline = db.prepare<[string, string | null], { id: number }>(
    "SELECT id FROM headlines WHERE title = ? AND ifnull(published_at, '') = ifnull(?, '')",
  )
  const stale = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM documents WHERE parser_version < ?')
  const latestOfUrl = db.prepare<[string], number | null>('SELECT max(id) FROM documents WHERE url = ?').pluck()
  const insertError = db.prepare('INSERT INTO ingest_errors (origin, line, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
  // The sections as read (sectionsJson), not as stored: a row re-derived from a page whose
  // sections were stored in full before migration 012 is unchanged if it reads the same.
  const snapshot = db.prepare<[number], { a: string; sections: string; body: string; h: string | null }>(
    `SELECT json_array(a.title, a.byline, a.published_at, a.lang, a.provenance, a.evidence, a.lead, a.body, a.refs,
                       a.boilerplate, a.warnings, a.source_id, a.publisher_id) AS a, a.sections, a.body,
            (SELECT group_concat(headline_id || ':' || position) FROM article_headlines WHERE article_id = a.id) AS h
     FROM articles a WHERE a.id = ?`,
  )
  const deleteArticle = db.prepare('DELETE FROM articles WHERE id = ?')
  const setParserVersion = db.prepare('UPDATE documents SET parser_version = ? WHERE id = ?')
  const orphans = [
    'DELETE FROM headlines WHERE id NOT IN (SELECT headline_id FROM article_headlines)',
    'DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM articles WHERE source_id IS NOT NULL)',
    'DELETE FROM publishers WHERE id NOT IN (SELECT publisher_id FROM articles WHERE publisher_id IS NOT NULL)',
  ].map((sql) => db.prepare(sql))
  const link = db.prepare('INSERT OR IGNORE INTO article_headlines (article_id, headline_id, position) VALUES (?, ?, ?)')
  const linksOf = db.prepare<[number], { sourceId: number | null; publisherId: number | null; headlineIds: string | null }>(
    `SELECT source_id AS sourceId, publisher_id AS publisherId,
            (SELECT json_group_array(headline_id) FROM article_headlines WHERE article_id = a.id) AS headlineIds
     FROM articles a WHERE a.id = ?`,
  )
  const deleteDocument = db.prepare<[number]>('DELETE FROM documents WHERE id = ?')
  // One row each, by index: the lookups this page named that no other article names any more.
  const dropIfUnused = {
    headline: db.prepare<{ id: number }>('DELETE FROM headlines WHERE id = @id AND NOT EXISTS (SELECT 1 FROM article_headlines WHERE headline_id = @id)'),
    source: db.prepare<{ id: number }>('DELETE FROM sources WHERE id = @id AND NOT EXISTS (SELECT 1 FROM articles WHERE source_id = @id)'),
    publisher: db.prepare<{ id: number }>('DELETE FROM publishers WHERE id = @id AND NOT EXISTS (SELECT 1 FROM articles WHERE publisher_id = @id)'),
  }

  return {
    findIdBySha256: (sha256: string): number | undefined => findBySha.get(sha256)?.id,

    insert: (doc: NewDocument): number => Number(insertDocument.run(doc).lastInsertRowid),

    /** Everything stored for an article, as one string, to tell whether a re-derivation changed it. */
    snapshot(id: number): string {
      const row = snapshot.get(id)
      return row === undefined ? 'null' : JSON.stringify([row.a, sectionsJson(row.sections, row.body), row.h])
    },

    /** Removes an article and its links (FTS follows by trigger); lookups are left for deleteOrphans. */
    deleteRecords: (id: number): void => {
      deleteArticle.run(id)
    },

    markParsed: (id: number, version: number): void => {
      setParserVersion.run(version, id)
    },

    /** Headlines, sources and publishers no article refers to any more. */
    deleteOrphans: (): void => {
      for (const stmt of orphans) stmt.run()
    },

    /** Pages whose records an older parser made: `reparse` brings them up to date. */
    countStale: (version: number): number => stale.get(version)?.n ?? 0,

    /** The current (newest) document of this URL, if any: a new one is then a new version of it. */
    latestIdByUrl: (url: string): number | undefined => latestOfUrl.get(url) ?? undefined,

    /**
     * Removes a document, its article and its links (by cascade; FTS follows by trigger), then the
     * headlines, source and publisher it named that no other article names. Only those: a scan
     * for every orphan (deleteOrphans) reads whole tables, and a page's own are all there can be.
     * False when there is no such document.
     */
    remove(id: number): boolean {
      const links = linksOf.get(id)
      if (deleteDocument.run(id).changes === 0) return false
      for (const headline of JSON.parse(links?.headlineIds ?? '[]') as number[]) dropIfUnused.headline.run({ id: headline })
      if (links?.sourceId != null) dropIfUnused.source.run({ id: links.sourceId })
      if (links?.publisherId != null) dropIfUnused.publisher.run({ id: links.publisherId })
      return true
    },

    recordError: (origin: string, line: number | null, reason: string): void => {
      insertError.run(origin, line, reason)
    },

    /** The article of document `id` and its links to sources, publishers and headlines. */
    writeRecords(id: number, page: ParsedPage): RecordCounts {
      const counts: RecordCounts = { headlinesNew: 0, headlinesLinked: 0, sourcesNew: 0, publishersNew: 0 }
      const src = page.source && source(page.source.name)
      const pub = page.publisher && publisher(page.publisher.name)
      if (src?.created) counts.sourcesNew++
      if (pub?.created) counts.publishersNew++
      const paragraphs = page.sections.flatMap((s) => s.paragraphs)
      insertArticle.run({
        id,
        title: page.title,
        byline: page.byline,
        publishedAt: page.publishedAt,
        lang: page.lang,
        provenance: JSON.stringify(page.provenance),
        evidence: JSON.stringify(page.evidence),
        lead: paragraphs[0] ?? null,
        body: bodyOf(page.sections),
        // Their shape alone: the texts are the body's lines (src/db/sections-codec.ts).
        sections: packSections(page.sections),
        refs: JSON.stringify(page.references),
        boilerplate: JSON.stringify(page.boilerplate),
        warnings: JSON.stringify(page.warnings),
        sourceId: src?.id ?? null,
        publisherId: pub?.id ?? null,
      })
      page.relatedHeadlines.forEach((h, position) => {
        const created = insertHeadline.run(h.title, h.publishedAt).changes > 0
        const headline = findHeadline.get(h.title, h.publishedAt)
        if (!headline) throw new Error(`headline "${h.title}" vanished while linking`)
        if (created) counts.headlinesNew++
        if (link.run(id, headline.id, position).changes > 0) counts.headlinesLinked++
      })
      return counts
    },
  }
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>

/** get-or-create on a lookup table's folded `key`; `created` says whether the row is new. */
function getOrCreateByKey(db: Db, table: 'sources' | 'publishers') {
  const insert = db.prepare(`INSERT INTO ${table} (name, key) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`)
  const find = db.prepare<[string], { id: number }>(`SELECT id FROM ${table} WHERE key = ?`)
  return (name: string): { id: number; created: boolean } => {
    const key = lookupKey(name)
    const res = insert.run(name, key)
    if (res.changes > 0) return { id: Number(res.lastInsertRowid), created: true }
    const row = find.get(key)
    if (!row) throw new Error(`${table} row for "${name}" vanished`)
    return { id: row.id, created: false }
  }
}
