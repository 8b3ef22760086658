import { ruleSaysBody, type Analysis } from '../analyse.js'
import { bylineMatch, closesArticle } from '../patterns.js'
import type { Classified } from '../types.js'

/**
 * Evidence that a segment is article text, none of it about any one site: the rule-based
 * verdict, the line's own shape (length, stopwords, sentence end), its neighbours' (prose
 * around it, runs of short link-like lines), and where it stands (before or after the rules'
 * article, after a footer or a comment header, repeated on the page).
 */
export const LINE_FEATURES = [
  'rule_body', 'rule_body_near', 'prose', 'noise', 'short_line', 'timestamp', 'footer', 'prompt', 'dateline',
  'log_chars', 'words', 'stopwords', 'ends_sentence', 'heading_like', 'heading_then_prose', 'repeated',
  'before_article', 'after_article', 'prose_near', 'prose_wide', 'prev_prose', 'next_prose', 'short_run',
  'closes', 'after_close', 'after_footer', 'byline_like', 'starts_lower', 'digits', 'separators', 'position',
  'prose_far', 'gap_before', 'gap_after', 'between_prose', 'short_between_prose', 'label_colon', 'list_item',
  'rule_prose', 'rule_unpunctuated_prose', 'rule_short', 'opens_quote', 'quote_inside',
  'ends_near', 'ends_wide', 'depth', 'on_topic', 'on_topic_near', 'furniture',
] as const

/** One row of LINE_FEATURES per segment. */
export function lineRows(
  a: Analysis,
  ruleVerdicts: readonly boolean[] = a.segments.map((_, i) => ruleSaysBody(a, i)),
  furniture: ReadonlySet<string> = new Set(),
): Float64Array[] {
  const { segments, features } = a
  const n = segments.length
  const rule: number[] = ruleVerdicts.map((v) => (v ? 1 : 0))
  const prose: number[] = features.map((f) => (f?.cls === 'prose' ? 1 : 0))
  const ruleShare = windowShare(rule)
  const proseShare = windowShare(prose)
  // Teaser lists read like prose line by line but end no sentence: a neighbourhood of lines that
  // end none is a list of headlines, whatever each line says.
  const articleWords = wordsOfArticle(a, rule)
  const topic = onTopic(a, rule, articleWords)
  const topicShare = windowShare(topic)
  const endsShare = windowShare(features.map((f) => (f !== null && f.words >= 6 ? (f.endsSentence ? 1 : 0) : 0.5)))
  const shortRun = runsOfShortLines(a)
  const [before, after] = distancesToProse(prose)
  const { lo, hi } = a.article
  let closed = false
  let footer = false
  const rows: Float64Array[] = []
  const all = new Float64Array(n * LINE_FEATURES.length)
  for (let i = 0; i < n; i++) {
    const seg = segments[i] as Classified
    const f = features[i]
    const text = seg.text
    const closes = seg.kind === 'text' ? closesArticle(text) : undefined
    const words = f?.words ?? 0
    const next = features[i + 1]
    const heading = a.headingLike[i] === true
    // Written straight into a view of one buffer for the page: an array literal boxed each number,
    // and a typed array of its own each row allocated a backing store each.
    const row = all.subarray(i * LINE_FEATURES.length, (i + 1) * LINE_FEATURES.length)
    let k = 0
    row[k++] = rule[i] as number
    row[k++] = ruleShare(i, 3)
    row[k++] = prose[i] as number
    row[k++] = f?.cls === 'noise' ? 1 : 0
    row[k++] = f?.cls === 'short' ? 1 : 0
    row[k++] = seg.kind === 'timestamp' ? 1 : 0
    row[k++] = seg.kind === 'footer' ? 1 : 0
    row[k++] = seg.kind === 'prompt' ? 1 : 0
    row[k++] = seg.kind === 'attribution' && seg.keepText ? 1 : 0
    row[k++] = Math.log1p(text.length) / 6
    row[k++] = Math.min(words, 60) / 60
    row[k++] = f?.stopwordDensity ?? 0
    row[k++] = f?.endsSentence ? 1 : 0
    row[k++] = heading ? 1 : 0
    row[k++] = heading && next?.cls === 'prose' ? 1 : 0
    row[k++] = (a.occurrences.get(text) ?? 0) > 1 ? 1 : 0
    row[k++] = i < lo ? Math.log1p(lo - i) / 4 : 0
    row[k++] = i > hi ? Math.log1p(i - hi) / 4 : 0
    row[k++] = proseShare(i, 2)
    row[k++] = proseShare(i, 8)
    row[k++] = i > 0 ? (prose[i - 1] as number) : 0
    row[k++] = i + 1 < n ? (prose[i + 1] as number) : 0
    row[k++] = Math.log1p(shortRun[i] as number) / 3
    row[k++] = closes ? (closes.hard ? 2 : 1) : 0
    row[k++] = closed ? 1 : 0
    row[k++] = footer ? 1 : 0
    row[k++] = bylineMatch(text) !== null || ((text.charCodeAt(0) | 32) === 98 && /^by\s*\p{Lu}/u.test(text)) ? 1 : 0
    row[k++] = /^\p{Ll}/u.test(text) ? 1 : 0
    row[k++] = digitShare(text)
    row[k++] = mayHaveSeparator(text) && /\s[|•·]\s|\s[-–]\s\S+$/u.test(text) ? 1 : 0
    row[k++] = n > 1 ? i / (n - 1) : 0
    row[k++] = proseShare(i, 20)
    row[k++] = Math.log1p(before[i] as number) / 4
    row[k++] = Math.log1p(after[i] as number) / 4
    row[k++] = (before[i] as number) <= 8 && (after[i] as number) <= 8 ? 1 : 0
    row[k++] = f?.cls === 'short' && (before[i] as number) <= 8 && (after[i] as number) <= 8 ? 1 : 0
    row[k++] = text.indexOf(':') > 1 && text.indexOf(':') <= 25 && /^[\p{L}\s]{2,25}:\s+\S/u.test(text) ? 1 : 0
    row[k++] = /^(?:\d{1,3}[.)]|[-•*–·▪])\s/u.test(text) ? 1 : 0
    row[k++] = (rule[i] as number) * (prose[i] as number)
    row[k++] = (rule[i] as number) * (prose[i] as number) * (f?.endsSentence ? 0 : 1)
    row[k++] = f?.cls === 'short' ? (rule[i] as number) : 0
    row[k++] = /^["“«„'‘]/u.test(text) ? 1 : 0
    row[k++] = quotesInside(text) ? 1 : 0
    row[k++] = endsShare(i, 3)
    row[k++] = endsShare(i, 10)
    row[k++] = i >= lo ? Math.log1p(i - lo) / 5 : 0
    row[k++] = topic[i] as number
    row[k++] = topicShare(i, 3)
    row[k++] = furnitureShare(f?.content, furniture, articleWords, rule[i] as number)
    // A feature named but not written would stay 0 on every line and fit as nothing, silently.
    if (k !== LINE_FEATURES.length) throw new Error(`lineRows wrote ${k} features of ${LINE_FEATURES.length}`)
    rows.push(row)
    if (closes?.hard && i > lo) closed = true
    if (seg.kind === 'footer') footer = true
  }
  return rows
}

/**
 * The share of a line's content words that the fitted furniture list holds, but for those the
 * rules' article uses on other lines: `menu` is furniture on most pages and the subject of an
 * article about a menu.
 */
function furnitureShare(content: readonly string[] | undefined, furniture: ReadonlySet<string>, article: ReadonlyMap<string, number>, own: number): number {
  if (content === undefined || content.length === 0 || furniture.size === 0) return 0
  let hits = 0
  for (const w of content) if (furniture.has(w) && (article.get(w) ?? 0) - own <= 0) hits++
  return hits / content.length
}

/**
 * How much each line is about what the article is about: the share of its content words (four
 * letters or more, not stopwords) that the rules' article uses elsewhere. Article lines share
 * their story's names and terms; teasers for other stories, menus and ads do not.
 */
function onTopic(a: Analysis, rule: readonly number[], counts: ReadonlyMap<string, number>): number[] {
  const words = a.features.map((f) => f?.content ?? [])
  return words.map((ws, i) => {
    if (ws.length === 0) return 0
    const own = rule[i] ? 1 : 0
    let hits = 0
    for (const w of ws) if ((counts.get(w) ?? 0) - own > 0) hits++
    return hits / ws.length
  })
}

/** For each content word, how many lines of the rules' article hold it. */
function wordsOfArticle(a: Analysis, rule: readonly number[]): Map<string, number> {
  const counts = new Map<string, number>()
  a.features.forEach((f, i) => {
    if (rule[i] && f !== null) for (const w of new Set(f.content)) counts.set(w, (counts.get(w) ?? 0) + 1)
  })
  return counts
}

/** `share` in constant time a call, from prefix sums: lineRows asks for windows of up to 41 lines. */
function windowShare(values: readonly number[]): (i: number, r: number) => number {
  const sums = new Float64Array(values.length + 1)
  values.forEach((v, i) => { sums[i + 1] = (sums[i] as number) + v })
  return (i, r) => {
    const lo = Math.max(0, i - r)
    const hi = Math.min(values.length - 1, i + r)
    const count = hi - lo
    return count === 0 ? 0 : ((sums[hi + 1] as number) - (sums[lo] as number) - (values[i] as number)) / count
  }
}

/** The share of ones among the neighbours within `r` of i (i itself left out). */
function share(values: readonly number[], i: number, r: number): number {
  let sum = 0
  let count = 0
  for (let j = Math.max(0, i - r); j <= Math.min(values.length - 1, i + r); j++) {
    if (j === i) continue
    sum += values[j] as number
    count++
  }
  return count === 0 ? 0 : sum / count
}

/**
 * A quotation inside the line: an opening quote after a space, and a closing one at least nine
 * characters on. Two linear scans, not one regex: `\s"\S.{8,}"` backtracks from every opening
 * quote, which took seconds on one hostile line of 80,000 characters.
 */
export function quotesInside(text: string): boolean {
  const open = OPENING_QUOTE.exec(text)
  if (open === null) return false
  CLOSING_QUOTE.lastIndex = open.index + 10
  return CLOSING_QUOTE.test(text)
}

const OPENING_QUOTE = /(?<=\s)["“«„](?=\S)/u
const CLOSING_QUOTE = /["”»]/gu

/** How many segments back, and ahead, the nearest prose line is (a large number when there is none). */
function distancesToProse(prose: readonly number[]): [number[], number[]] {
  const n = prose.length
  const before = new Array<number>(n).fill(30)
  const after = new Array<number>(n).fill(30)
  for (let i = 0, last = -1000; i < n; i++) {
    before[i] = Math.min(30, i - last)
    if (prose[i]) last = i
  }
  for (let i = n - 1, next = n + 1000; i >= 0; i--) {
    after[i] = Math.min(30, next - i)
    if (prose[i]) next = i
  }
  return [before, after]
}

/** For each segment, the length of the run of short unpunctuated lines it stands in (menus, link lists). */
function runsOfShortLines(a: Analysis): number[] {
  const short = a.segments.map((s, i) => {
    const f = a.features[i]
    return s.kind !== 'text' || !f ? true : f.cls !== 'prose' && !f.endsSentence && f.words < 8
  })
  const out = new Array<number>(short.length).fill(0)
  let start = 0
  for (let i = 0; i <= short.length; i++) {
    if (i < short.length && short[i]) continue
    for (let j = start; j < i; j++) out[j] = i - start
    start = i + 1
  }
  return out
}

/** The separators of the `separators` feature are rare: most lines are ruled out without a regex. */
function mayHaveSeparator(text: string): boolean {
  return text.includes('|') || text.includes('•') || text.includes('·') || text.includes('-') || text.includes('–')
}

function digitShare(text: string): number {
  if (!/\d/u.test(text)) return 0
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) digits++
  }
  return text.length === 0 ? 0 : digits / text.length
}

/** Stage two: each segment's stage-one probability beside its neighbours', so lone decisions are smoothed. */
export const CONTEXT_FEATURES = ['p', 'p_prev', 'p_next', 'p_near', 'p_wide', 'p_max_near', 'heading_like', 'prose', 'rule_body', 'rule_prose_page'] as const

const idx = (name: (typeof LINE_FEATURES)[number]): number => LINE_FEATURES.indexOf(name)
const HEADING_LIKE = idx('heading_like')
const PROSE = idx('prose')
const RULE_BODY = idx('rule_body')

export function contextRows(p: readonly number[], rows: readonly Float64Array[]): Float64Array[] {
  // How much of the page's prose the rules' article holds: a short brief that is all the prose
  // of its page is the article, however few its neighbours. A page-wide number, so it is given
  // to this small linear stage only: the trees could learn pages by it.
  const prose = rows.reduce((sum, r) => sum + (r[PROSE] as number), 0)
  const kept = rows.reduce((sum, r) => sum + (r[PROSE] as number) * (r[RULE_BODY] as number), 0)
  const pageShare = prose === 0 ? 0 : kept / prose
  return p.map((pi, i) => {
    let max = 0
    for (let j = Math.max(0, i - 2); j <= Math.min(p.length - 1, i + 2); j++) if (j !== i) max = Math.max(max, p[j] as number)
    const row = rows[i] as Float64Array
    return new Float64Array([
      pi,
      i > 0 ? (p[i - 1] as number) : 0,
      i + 1 < p.length ? (p[i + 1] as number) : 0,
      share(p, i, 2),
      share(p, i, 6),
      max,
      row[HEADING_LIKE] as number,
      row[PROSE] as number,
      row[RULE_BODY] as number,
      (row[RULE_BODY] as number) * pageShare,
    ])
  })
}
