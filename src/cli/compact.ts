import { compactRawPages } from '../db/compact.js'
import type { Db } from '../db/open.js'

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

/** `newsstand compact`: compactRawPages with progress on a terminal and a one-line report. */
export function runCompact(db: Db, { vacuum }: { vacuum: boolean }): number {
  const tty = process.stderr.isTTY
  const r = compactRawPages(db, {
    vacuum,
    onProgress: tty ? ({ pages, total }) => process.stderr.write(`\rcompact ${pages} / ${total} pages`) : undefined,
  })
  if (tty && r.pages > 0) process.stderr.write('\n')
  const saved = r.bytesBefore - r.bytesAfter
  const share = r.bytesBefore > 0 ? ` (${Math.round((saved / r.bytesBefore) * 100)} % saved)` : ''
  const lines = [`${db.name}: ${r.pages} raw pages compressed, ${mb(r.bytesBefore)} → ${mb(r.bytesAfter)}${share}; ${r.remaining} left`]
  if (r.vacuumed) lines.push('vacuumed: the file gave the freed space back to the disk')
  else if (r.freeBytes > 0) lines.push(`${mb(r.freeBytes)} of the file is free space, reused by later ingests; --vacuum gives it back to the disk`)
  console.log(lines.join('\n'))
  return 0
}
