// Lines built to make a backtracking regex take quadratic time: the parser must stay linear, since
// POST /documents takes pages from anyone. The bound is generous (the parse takes tens of ms);
// a quadratic feature took 5 s at a quarter of this size.
import t from 'tap'
import { parsePage } from '../../src/parse/index.js'

const PROSE = 'The minister said the plan would go ahead despite the protests in the capital this week. '
// Paragraphs that differ (a page's repeated lines are furniture, not its article).
const paragraphs = (from: number): string[] => Array.from({ length: 30 }, (_, i) => `${PROSE}It was day ${from + i} of the talks. ${PROSE}`)
const around = (line: string): string => ['Home', 'News', ...paragraphs(1), line, ...paragraphs(31)].join('\n')

t.test('a long line of opening quotes with no closing one', (t) => {
  const started = Date.now()
  const parsed = parsePage(around(' “xx'.repeat(40_000)))
  t.ok(Date.now() - started < 5000, `parsed in ${Date.now() - started} ms`)
  t.ok(parsed.sections.length > 0, 'the article around it is still found')
  t.end()
})

t.test('long lines of the shapes the header features look for', (t) => {
  for (const unit of [' - a', ' | a', 'aB', 'xBy Ab ', ': x', "a's ", '12/12/2023 ', 'Dec 21, 2023 ', 'a@b ', 'By Jane Doe | ']) {
    const started = Date.now()
    parsePage(around(unit.repeat(Math.ceil(160_000 / unit.length))))
    t.ok(Date.now() - started < 5000, `${JSON.stringify(unit)}: ${Date.now() - started} ms`)
  }
  t.end()
})
