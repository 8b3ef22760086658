import type { Db } from '../open.js'

export interface Source {
  id: number
  name: string
  articleCount: number
}

const COLUMNS = `s.id, s.name, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS articleCount`

/** Sources in name order; the cursor is the last name's folded key, which is unique. */
export function createSourcesRepository(db: Db) {
  const list = db.prepare<{ afterKey: string | null; limit: number }, Source & { key: string }>(
    `SELECT ${COLUMNS}, s.key FROM sources s WHERE @afterKey IS NULL OR s.key > @afterKey ORDER BY s.key LIMIT @limit`,
  )
  const one = db.prepare<[number], Source>(`SELECT ${COLUMNS} FROM sources s WHERE s.id = ?`)

  return {
    find({ limit, afterKey }: { limit: number; afterKey?: string | undefined }): { items: Source[]; next: string | null } {
      const rows = list.all({ afterKey: afterKey ?? null, limit: limit + 1 })
      const page = rows.slice(0, limit)
      return {
        items: page.map(({ key: _key, ...source }) => source),
        next: rows.length > limit ? (page.at(-1)?.key ?? null) : null,
      }
    },
    get: (id: number): Source | undefined => one.get(id),
  }
}

export type SourcesRepository = ReturnType<typeof createSourcesRepository>
