// The parser's goals (issue 13). They are judged on the leave-site-out figures, since a parser
// meets crawled pages from sites nobody fitted it to; the in-sample value is shown beside them.
import type { ModeReport } from './modes.js'
import { TARGET_SETS } from './modes.js'
import { rate, type SetSummary } from './score.js'

export interface Target {
  label: string
  /** The figure in each mode (`0.912 38/40`, `exact`); null for a mode that was not run. */
  inSample: string | null
  leaveSiteOut: string | null
  /** Judged on leave-site-out, or in-sample when the folds were skipped; null = its set was not run. */
  pass: boolean | null
  judgedOn: 'leaveSiteOut' | 'inSample'
}

interface Goal {
  label: string
  /** The summary the goal reads in a mode; undefined when its set was not run. */
  of: (m: ModeReport) => SetSummary | null | undefined
  /** The figure and whether it meets the goal; null when the summary has nothing to judge. */
  judge: (s: SetSummary) => { value: string; pass: boolean } | null
}

const f3 = (x: number): string => x.toFixed(3)

const atLeast = (get: (s: SetSummary) => number, goal: number) => (s: SetSummary) => ({ value: f3(get(s)), pass: get(s) >= goal })

const accuracyAtLeast = (key: 'title' | 'byline' | 'date', goal: number) => (s: SetSummary) => {
  const r = rate(s[key])
  return r === null ? null : { value: `${f3(r)} ${s[key].correct}/${s[key].total}`, pass: r >= goal }
}

function goals(): Goal[] {
  const articles = (m: ModeReport): SetSummary | null => m.overallWithoutBbc
  const on = TARGET_SETS.join('+')
  return [
    { label: `${on} token F1 >= 0.96`, of: articles, judge: atLeast((s) => s.tokens.f1, 0.96) },
    { label: `${on} paragraph F1 >= 0.88`, of: articles, judge: atLeast((s) => s.paragraphs.f1, 0.88) },
    { label: `${on} title accuracy >= 0.90`, of: articles, judge: accuracyAtLeast('title', 0.9) },
    { label: `${on} byline accuracy >= 0.75`, of: articles, judge: accuracyAtLeast('byline', 0.75) },
    { label: `${on} date accuracy >= 0.85`, of: articles, judge: accuracyAtLeast('date', 0.85) },
    { label: 'bbc paragraph F1 >= 0.99', of: (m) => m.sets.bbc, judge: atLeast((s) => s.paragraphs.f1, 0.99) },
    {
      label: 'seed page parses exactly',
      of: (m) => m.sets.seed,
      judge: (s) => (s.exact === undefined ? null : { value: s.exact ? 'exact' : 'differs', pass: s.exact }),
    },
  ]
}

export function targets(inSample: ModeReport, leaveSiteOut: ModeReport | null): Target[] {
  return goals().map((g) => {
    const judge = (m: ModeReport | null): { value: string; pass: boolean } | null => {
      const s = m === null ? undefined : g.of(m)
      return s == null ? null : g.judge(s)
    }
    const a = judge(inSample)
    const b = judge(leaveSiteOut)
    const judged = leaveSiteOut === null ? a : b
    return {
      label: g.label,
      inSample: a?.value ?? null,
      leaveSiteOut: b?.value ?? null,
      pass: judged?.pass ?? null,
      judgedOn: leaveSiteOut === null ? 'inSample' : 'leaveSiteOut',
    }
  })
}
