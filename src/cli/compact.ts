import { compactRawPages } from '../db/compact.js'
import { compactSections } from '../db/compact-sections.js'
import type { Db } from '../db/open.js'

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const saved = (before: number, after: number) => (before > 0 ? ` (${Math.round(((before - after) / before) * 100)} % saved)` : '')

/**
 * `newsstand compact`: compactSections, then compactRawPages (whose --vacuum comes last, when
 * both have freed what they can), with progress on a terminal and a line of report for each.
 */
export function runCompact(db: Db, { vacuum }: { vacuum: boolean }): number {
  const tty = process.stderr.isTTY
  const s = compactSections(db, {
    onProgress: tty ? ({ articles, total }) => process.stderr.write(`\rcompact ${articles} / ${total} articles' sections`) : undefined,
  })
  if (tty && s.articles > 0) process.stderr.write('\n')
  const r = compactRawPages(db, {
    vacuum,
    onProgress: tty ? ({ pages, total }) => process.stderr.write(`\rcompact ${pages} / ${total} pages`) : undefined,
  })
  if (tty && r.pages > 0) process.stderr.write('\n')
  const kept = s.verbatim > 0 ? `, ${s.verbatim} kept in full` : ''
  const lines = [
    `${db.name}: ${s.articles} articles' sections stored as their shape${kept}, ${mb(s.bytesBefore)} → ${mb(s.bytesAfter)}${saved(s.bytesBefore, s.bytesAfter)}; ${s.remaining} left`,
    `${db.name}: ${r.pages} raw pages compressed, ${mb(r.bytesBefore)} → ${mb(r.bytesAfter)}${saved(r.bytesBefore, r.bytesAfter)}; ${r.remaining} left`,
  ]
  if (r.vacuumed) lines.push('vacuumed: the file gave the freed space back to the disk')
  else if (r.freeBytes > 0) lines.push(`${mb(r.freeBytes)} of the file is free space, reused by later ingests; --vacuum gives it back to the disk`)
  console.log(lines.join('\n'))
  return 0
}
