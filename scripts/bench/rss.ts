// The server's resident memory, sampled from /proc: VmRSS of the process that serves (the largest
// of its group, should a launcher sit in front of it; its read threads are threads of that
// process, so included).
import { readdirSync, readFileSync } from 'node:fs'

function statusOf(pid: string): string | null {
  try { return readFileSync(`/proc/${pid}/status`, 'utf8') } catch { return null } // exited meanwhile
}

/** VmRSS in MB of the largest process in the process group `pgid` (the server, not the tsx launcher). */
export function groupServerRssMb(pgid: number): number {
  let best = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try { stat = readFileSync(`/proc/${entry}/stat`, 'utf8') } catch { continue }
    if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue
    const kb = Number(/^VmRSS:\s+(\d+) kB/mu.exec(statusOf(entry) ?? '')?.[1] ?? 0)
    best = Math.max(best, kb)
  }
  return best / 1024
}

/** Samples every second until stopped; `mark()` starts a new phase. */
export function sampleRss(pgid: number) {
  const phases: number[][] = [[]]
  const timer = setInterval(() => phases.at(-1)?.push(groupServerRssMb(pgid)), 1000)
  return {
    mark() { phases.push([]) },
    stop() { clearInterval(timer); return phases },
  }
}
