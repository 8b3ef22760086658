import type { Db } from '../open.js'

export interface DataVersion {
  /** Random per database (migration 006), so two databases' counters never look alike. */
  database: string
  /** Changes, by trigger, in every transaction that changes served data. */
  version: number
}

/** The data version HTTP validators are built from: one indexed read of two settings rows. */
export function createDataVersionRepository(db: Db) {
  const read = db.prepare<[], DataVersion>(
    `SELECT (SELECT value FROM settings WHERE key = 'database_id') AS database,
            (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'data_version') AS version`,
  )
  return {
    current: (): DataVersion => read.get() as DataVersion,
  }
}

export type DataVersionRepository = ReturnType<typeof createDataVersionRepository>
