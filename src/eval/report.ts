// Text output of `npm run eval`: the summary tables, the targets, the worst pages and the change
// since the previous run. Kept apart from the script so the script reads as the steps of a run.
import { type ModeReport, rows } from './modes.js'
import type { WorstPage } from './reasons.js'
import { type Accuracy, rate } from './score.js'
import type { Target } from './targets.js'

const f3 = (x: number): string => x.toFixed(3)
const pad = (s: string, n: number): string => s.padEnd(n)
const lpad = (s: string, n: number): string => s.padStart(n)

/** `0.925 37/40`; `-` when no page of the set gives the field. */
function acc(a: Accuracy): string {
  const r = rate(a)
  return r === null ? '-' : `${f3(r)} ${a.correct}/${a.total}`
}

export function table(mode: ModeReport): string {
  const all = rows(mode)
  const w = Math.max(8, ...all.map(([name]) => name.length)) + 2
  const head1 = `${pad('', w + 6)}${pad('   paragraphs (multiset)', 21)}${pad('     tokens (bag)', 21)}`
  const head2 =
    `${pad('set', w)}${lpad('pages', 5)} ` +
    ['P', 'R', 'F1', 'P', 'R', 'F1'].map((h) => lpad(h, 6)).join(' ') +
    `   ${pad('title', 17)}${pad('byline', 17)}${pad('date', 17)}lang`
  const lines = [head1, head2]
  for (const [name, s] of all) {
    const nums = [s.paragraphs.p, s.paragraphs.r, s.paragraphs.f1, s.tokens.p, s.tokens.r, s.tokens.f1]
    const errors = s.errors > 0 ? `   (${s.errors} threw)` : ''
    lines.push(
      `${pad(name, w)}${lpad(String(s.pages), 5)} ` +
        nums.map((n) => lpad(f3(n), 6)).join(' ') +
        `   ${pad(acc(s.title), 17)}${pad(acc(s.byline), 17)}${pad(acc(s.date), 17)}${acc(s.lang)}${errors}`,
    )
  }
  return lines.join('\n')
}

export function targetLines(ts: readonly Target[]): string {
  const w = Math.max(...ts.map((t) => t.label.length))
  const judged = ts[0]?.judgedOn === 'inSample' ? 'in-sample (folds skipped)' : 'leave-site-out'
  const lines = [`  ${pad('', 6)}${pad('', w)}  ${pad('in-sample', 20)}leave-site-out     (judged on ${judged})`]
  for (const t of ts) {
    const mark = t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL'
    lines.push(`  ${mark}  ${pad(t.label, w)}  ${pad(t.inSample ?? 'not run', 20)}${t.leaveSiteOut ?? 'not run'}`)
  }
  return lines.join('\n')
}

export function worstLines(set: string, worst: readonly WorstPage[]): string {
  if (worst.length === 0) return `${set}: every page scored perfectly`
  const w = Math.max(4, ...worst.map((p) => p.name.length))
  const lines = [`${set}: ${worst.length} worst pages`, `  ${pad('page', w)}   loss  tok F1  para F1  reason`]
  for (const p of worst) {
    lines.push(`  ${pad(p.name, w)}  ${f3(p.loss)}  ${lpad(f3(p.tokenF1), 6)}  ${lpad(f3(p.paragraphF1), 7)}  ${p.reason}`)
  }
  return lines.join('\n')
}

const signed = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(3)

/** Change per row since the previous run, for the rows both runs measured in this mode. */
export function deltas(now: ModeReport, before: ModeReport): string {
  const prev = new Map(rows(before))
  const lines: string[] = []
  for (const [name, s] of rows(now)) {
    const p = prev.get(name)
    if (!p) continue
    const field = (k: 'title' | 'byline' | 'date'): string => {
      const a = rate(s[k])
      const b = rate(p[k])
      return a !== null && b !== null ? `  Δ${k} ${signed(a - b)}` : ''
    }
    lines.push(
      `  ${pad(name, 18)}Δpara F1 ${signed(s.paragraphs.f1 - p.paragraphs.f1)}  Δtoken F1 ${signed(s.tokens.f1 - p.tokens.f1)}` +
        `${field('title')}${field('byline')}${field('date')}`,
    )
  }
  return lines.length > 0 ? lines.join('\n') : '  (no set in common with the previous run)'
}

/** One line per fold: its page count and its site groups (a few, then how many more). */
export function foldLines(folds: ReadonlyArray<{ groups: string[]; pages: number }>): string {
  return folds
    .map((f, i) => {
      const shown = f.groups.slice(0, 6).join(', ')
      const more = f.groups.length > 6 ? ` and ${f.groups.length - 6} more` : ''
      return `  fold ${lpad(String(i), 2)}: ${lpad(String(f.pages), 5)} pages, ${lpad(String(f.groups.length), 3)} sites: ${shown}${more}`
    })
    .join('\n')
}
