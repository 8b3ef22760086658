// eval-results/latest.json (git-ignored) and the one run before it, kept as previous.json so a
// parser change shows its effect as a delta.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EvalReport } from './run.js'
import { evalReportSchema } from './schema.js'

export type PreviousRun = { generatedAt: string; report: Pick<EvalReport, 'inSample' | 'leaveSiteOut'> } | { unreadable: string }

/**
 * Moves latest.json aside to previous.json and writes the new report as latest.json. Returns the
 * previous run when its file has today's shape (an older format is moved aside all the same).
 */
export function writeResults(dir: string, report: EvalReport): PreviousRun | null {
  mkdirSync(dir, { recursive: true })
  const latest = join(dir, 'latest.json')
  let previous: PreviousRun | null = null
  if (existsSync(latest)) {
    try {
      const parsed = evalReportSchema.safeParse(JSON.parse(readFileSync(latest, 'utf8')))
      previous = parsed.success ? { generatedAt: parsed.data.generatedAt, report: parsed.data as EvalReport } : { unreadable: 'an older format' }
    } catch {
      previous = { unreadable: 'not JSON' }
    }
    renameSync(latest, join(dir, 'previous.json'))
  }
  writeFileSync(latest, `${JSON.stringify(report, null, 1)}\n`)
  return previous
}
