// Text output of `npm run eval`: the summary table, the targets, the worst pages and the change
// since the previous run. Kept apart from the script so the script reads as the steps of a run.
import type { Accuracy, PageResult, SetSummary } from './score.js'

const f3 = (x: number): string => x.toFixed(3)
const pad = (s: string, n: number): string => s.padEnd(n)
const lpad = (s: string, n: number): string => s.padStart(n)

const rate = (a: Accuracy): number | null => (a.total === 0 ? null : a.correct / a.total)

/** `0.925 37/40`; `n/a` when the parser has no such field yet (or nothing in the set expects it). */
function acc(a: Accuracy): string {
  const r = rate(a)
  if (r === null) return a.missing > 0 ? `n/a (${a.missing} exp)` : 'n/a'
  return `${f3(r)} ${a.correct}/${a.total}`
}

export function table(rows: Array<[string, SetSummary]>): string {
  const head1 = `${pad('', 18)}${pad('paragraphs (multiset)', 28)}${pad('body tokens (bag of words)', 28)}`
  const head2 =
    `${pad('set', 12)}${lpad('pages', 5)} ` +
    ['P', 'R', 'F1', 'macro', 'P', 'R', 'F1', 'macro'].map((h) => lpad(h, 6)).join(' ') +
    `   ${pad('title', 17)}${pad('byline', 17)}${pad('date', 17)}lang`
  const lines = [head1, head2]
  for (const [name, s] of rows) {
    const nums = [s.paragraphs.p, s.paragraphs.r, s.paragraphs.f1, s.paragraphs.macroF1, s.tokens.p, s.tokens.r, s.tokens.f1, s.tokens.macroF1]
    lines.push(
      `${pad(name, 12)}${lpad(String(s.pages), 5)} ` +
        nums.map((n) => lpad(f3(n), 6)).join(' ') +
        `   ${pad(acc(s.title), 17)}${pad(acc(s.byline), 17)}${pad(acc(s.date), 17)}${acc(s.lang)}`,
    )
  }
  lines.push('accuracy = correct/scored; "n/a (N exp)": N pages expect the field but the parser does not produce it yet')
  return lines.join('\n')
}

export interface Target {
  label: string
  value: string
  /** null = not measured in this run (its set was left out with --set). */
  pass: boolean | null
}

/** The parser's goals; micro-averaged figures, since those weigh every paragraph and word equally. */
export function targets(sets: Map<string, SetSummary>): Target[] {
  const out: Target[] = []
  const r = sets.get('readability')
  const b = sets.get('bbc')
  const seed = sets.get('seed')
  const min = (label: string, s: SetSummary | undefined, get: (s: SetSummary) => number, goal: number): void => {
    out.push(s ? { label, value: f3(get(s)), pass: get(s) >= goal } : { label, value: 'not run', pass: null })
  }
  min('readability body token F1 >= 0.95', r, (s) => s.tokens.f1, 0.95)
  min('readability paragraph F1 >= 0.90', r, (s) => s.paragraphs.f1, 0.9)
  const titles = [r, b].filter((s): s is SetSummary => s !== undefined).map((s) => s.title)
  const t = titles.reduce((a, x) => ({ correct: a.correct + x.correct, total: a.total + x.total, missing: 0 }), { correct: 0, total: 0, missing: 0 })
  const tr = rate(t)
  const tLabel = `title accuracy >= 0.90 (${r && b ? 'readability+bbc' : r ? 'readability only' : 'bbc only'})`
  out.push(tr === null ? { label: tLabel, value: 'not run', pass: null } : { label: tLabel, value: `${f3(tr)} ${t.correct}/${t.total}`, pass: tr >= 0.9 })
  min('bbc paragraph F1 >= 0.99', b, (s) => s.paragraphs.f1, 0.99)
  out.push(
    seed?.exact === undefined
      ? { label: 'seed page parses exactly', value: 'not run', pass: null }
      : { label: 'seed page parses exactly', value: seed.exact ? 'exact' : 'differs', pass: seed.exact },
  )
  return out
}

export function targetLines(ts: readonly Target[]): string {
  const w = Math.max(...ts.map((t) => t.label.length))
  return ts.map((t) => `  ${t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL'}  ${pad(t.label, w)}  ${t.value}`).join('\n')
}

export function worstPages(results: readonly PageResult[], n: number): string {
  const worst = [...results].sort((a, b) => a.tokens.f1 - b.tokens.f1 || a.name.localeCompare(b.name)).slice(0, n)
  const w = Math.max(4, ...worst.map((r) => r.name.length))
  const lines = [`  ${pad('page', w)}  tok P  tok R  tok F1  para F1  title`]
  for (const r of worst) {
    const title = r.title === null ? '-' : r.title.correct ? 'ok' : 'wrong'
    lines.push(
      `  ${pad(r.name, w)}  ${f3(r.tokens.p)}  ${f3(r.tokens.r)}  ${lpad(f3(r.tokens.f1), 6)}  ${lpad(f3(r.paragraphs.f1), 7)}  ${title}${r.error ? '  (parser threw)' : ''}`,
    )
  }
  return lines.join('\n')
}

const signed = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(3)

/** Change per set since the previous run, for the sets both runs measured. */
export function deltas(now: Map<string, SetSummary>, before: Record<string, SetSummary>): string {
  const lines: string[] = []
  for (const [name, s] of now) {
    const p = before[name]
    if (!p?.paragraphs || !p.tokens) continue
    const tNow = rate(s.title)
    const tBefore = p.title ? rate(p.title) : null
    const title = tNow !== null && tBefore !== null ? `  Δtitle ${signed(tNow - tBefore)}` : ''
    lines.push(
      `  ${pad(name, 12)}Δpara F1 ${signed(s.paragraphs.f1 - p.paragraphs.f1)}  Δtoken F1 ${signed(s.tokens.f1 - p.tokens.f1)}` +
        `  Δtoken macroF1 ${signed(s.tokens.macroF1 - p.tokens.macroF1)}${title}`,
    )
  }
  return lines.length > 0 ? lines.join('\n') : '  (no set in common with the previous run)'
}
