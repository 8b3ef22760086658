// `npm run eval -- --page NAME`: what the parser got wrong on one page, for whoever is fixing it.
// Besides listing missing and extra paragraphs it says where each went (boilerplate, merged into a
// bigger paragraph, split, taken as a heading), because that is the first question when debugging.
import type { ParsedPage } from '../parse/types.js'
import type { EvalPage } from './corpus.js'
import { normalizeWs } from './metrics.js'
import { reason } from './reasons.js'
import type { FieldResult, PageResult } from './score.js'
import { predictedParagraphs } from './score.js'

const WIDTH = 120

function clip(s: string): string {
  return s.length <= WIDTH ? s : `${s.slice(0, WIDTH - 1)}…`
}

/** Paragraphs left after multiset matching, with their 1-based position in their own list. */
function unmatched(items: string[], others: string[]): Array<{ at: number; text: string }> {
  const bag = new Map<string, number>()
  for (const o of others) bag.set(o, (bag.get(o) ?? 0) + 1)
  const out: Array<{ at: number; text: string }> = []
  items.forEach((text, i) => {
    const left = bag.get(text) ?? 0
    if (left > 0) bag.set(text, left - 1)
    else out.push({ at: i + 1, text })
  })
  return out
}

function whereMissing(text: string, page: EvalPage, parsed: ParsedPage, predicted: string[]): string {
  const n = (s: string): string => normalizeWs(s)
  if (parsed.title !== null && n(parsed.title) === text) return 'taken as the title'
  if (parsed.sections.some((s) => s.heading !== null && n(s.heading) === text)) return 'taken as a heading'
  if (parsed.boilerplate.some((b) => n(b) === text)) return 'in boilerplate'
  const merged = predicted.findIndex((p) => p.length > text.length && p.includes(text))
  if (merged !== -1) return `inside predicted #${merged + 1}`
  const part = predicted.findIndex((p) => p.length >= 20 && text.includes(p))
  if (part !== -1) return `split: predicted #${part + 1} is part of it`
  if (parsed.boilerplate.some((b) => n(b).includes(text))) return 'inside a boilerplate line'
  return normalizeWs(page.text).includes(text) ? 'dropped' : 'not verbatim in the page text'
}

function whyExtra(text: string, page: EvalPage, expected: string[]): string {
  if (page.headings.some((h) => normalizeWs(h) === text)) return 'an expected heading'
  if (page.title !== null && normalizeWs(page.title).includes(text)) return 'part of the expected title'
  const whole = expected.findIndex((e) => e.length > text.length && e.includes(text))
  if (whole !== -1) return `part of expected #${whole + 1}`
  const holds = expected.findIndex((e) => text.length > e.length && e.length >= 20 && text.includes(e))
  if (holds !== -1) return `holds expected #${holds + 1} and more`
  return 'not in the article'
}

function fieldLine(label: string, f: FieldResult | null): string {
  const name = label.padEnd(7)
  if (f === null) return `${name} -      (nothing expected)`
  return `${name} ${f.correct ? 'ok   ' : 'WRONG'}  expected  ${JSON.stringify(f.expected)}\n${''.padEnd(15)}predicted ${JSON.stringify(f.predicted)}`
}

/** One line per paragraph, reason first, and a tally of the reasons so the main failure shows at a glance. */
function listing(header: string, prefix: string, items: Array<{ at: number; text: string; why: string }>): string[] {
  const tally = new Map<string, number>()
  for (const i of items) {
    const key = i.why.replace(/#\d+/u, '#…') // tally kinds of reason, not single paragraphs
    tally.set(key, (tally.get(key) ?? 0) + 1)
  }
  const counts = [...tally].sort((a, b) => b[1] - a[1]).map(([why, n]) => `${n} ${why}`).join(', ')
  const lines = [`${header} (${items.length}${items.length > 0 ? `: ${counts}` : ''}):`]
  for (const i of items) lines.push(`  ${`${prefix}#${i.at}`.padEnd(5)} [${i.why}] ${clip(i.text)}`)
  return lines
}

const pct = (x: number): string => x.toFixed(3)

export function pageDiff(page: EvalPage, parsed: ParsedPage, result: PageResult): string {
  const predicted = predictedParagraphs(parsed, page.headingsMarked).map(normalizeWs)
  const expected = page.paragraphs.map(normalizeWs)
  const missing = unmatched(expected, predicted)
  const extra = unmatched(predicted, expected)
  const { paragraphs: p, tokens: t } = result
  const out = [
    `${page.set}/${page.name}  (site ${page.site})${result.error ? `   PARSER THREW: ${result.error}` : ''}`,
    `in short: ${reason(result)}`,
    fieldLine('title', result.title),
    fieldLine('byline', result.byline),
    fieldLine('date', result.date),
    fieldLine('lang', result.lang),
    `paragraphs  P ${pct(p.p)}  R ${pct(p.r)}  F1 ${pct(p.f1)}   (${p.matched} matched; ${p.expected} expected, ${p.predicted} predicted)`,
    `tokens      P ${pct(t.p)}  R ${pct(t.r)}  F1 ${pct(t.f1)}   (${t.matched} matched; ${t.expected} expected, ${t.predicted} predicted)`,
    '',
    ...listing('MISSING — expected, not predicted', 'e', missing.map((m) => ({ ...m, why: whereMissing(m.text, page, parsed, predicted) }))),
    '',
    ...listing('EXTRA — predicted, not expected', 'p', extra.map((x) => ({ ...x, why: whyExtra(x.text, page, expected) }))),
  ]
  if (parsed.warnings.length > 0) out.push('', `parser warnings: ${parsed.warnings.map(clip).join('; ')}`)
  if (result.exact !== undefined) out.push('', `seed exact: ${result.exact ? 'yes' : 'no'}`)
  return out.join('\n')
}
