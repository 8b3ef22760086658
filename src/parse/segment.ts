import { FOOTER_STARTS } from './patterns.js'
import { findEmbeddedSpan } from './timestamps.js'
import type { Segment } from './types.js'

/** Non-empty lines, trimmed, with their 1-based numbers. */
export function splitLines(text: string): Segment[] {
  const out: Segment[] = []
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim()
    if (t !== '') out.push({ line: i + 1, text: t })
  })
  return out
}

/**
 * Crawl text glues inline blocks together: a related headline runs straight into the next
 * timestamp (`…Baghdad blastGMT 15:45 2017 Tuesday ,29 August`) and the last one into the footer
 * (`…in IraqMaintained and developed by…`). Cutting at those boundaries gives segments that each
 * hold one kind of thing; together they still hold every character of the line but whitespace.
 */
export function splitGlued(line: Segment): Segment[] {
  const out: Segment[] = []
  let rest = line.text
  while (rest !== '') {
    const cut = nextCut(rest)
    if (cut === null) {
      out.push({ line: line.line, text: rest })
      break
    }
    const before = rest.slice(0, cut.start).trim()
    if (before !== '') out.push({ line: line.line, text: before })
    const piece = rest.slice(cut.start, cut.end).trim()
    if (piece !== '') out.push({ line: line.line, text: piece })
    rest = rest.slice(cut.end).trim()
  }
  return out
}

function nextCut(text: string): { start: number; end: number } | null {
  const ts = findEmbeddedSpan(text)
  const footer = firstFooterStart(text)
  const byline = gluedByline(text)
  // A footer or a byline runs to the end of its line; a timestamp ends where its pattern ends.
  const toEnd = footer === null ? byline : byline === null ? footer : Math.min(footer, byline)
  if (toEnd !== null && (ts === null || toEnd < ts.start)) return { start: toEnd, end: text.length }
  return ts
}

/**
 * A headline glued to the byline after it (`…Star Conleth HillBy Nick Levine | February 28`):
 * `By` and a capitalised name straight after a lower-case letter or closing punctuation, where
 * no word of prose would put a capital B.
 */
function gluedByline(text: string): number | null {
  if (!text.includes('By')) return null
  const m = /(?<=[\p{Ll}'’"”?!])By\s+\p{Lu}/u.exec(text)
  return m === null ? null : m.index
}

/**
 * Whether the text before a footer phrase makes it a mention: white space, or an opening quote or
 * bracket (`He wrote "All rights reserved"`). A closing quote glued to a headline does not
 * (`…'to star in Da Vinci film'Maintained and developed by…`).
 */
function opensMention(text: string, at: number): boolean {
  const before = text[at - 1] ?? ''
  if (/\s/u.test(before)) return true
  return /["“'‘«(\[{]/u.test(before) && (at < 2 || /[\s(\[{]/u.test(text[at - 2] ?? ''))
}

/**
 * A footer phrase that opens the text or is glued to the text before it (`IraqMaintained`,
 * `reserved.All`). After a space, quote or bracket it is a mention inside prose, not a footer.
 */
function firstFooterStart(text: string): number | null {
  let best: number | null = null
  for (const { opens, pattern } of FOOTER_STARTS) {
    // matchAll copies the pattern on every call: skip it for the many lines that cannot match.
    if (!text.includes(opens)) continue
    for (const m of text.matchAll(pattern)) {
      const glued = m.index === 0 || !opensMention(text, m.index)
      if (glued) {
        if (best === null || m.index < best) best = m.index
        break
      }
    }
  }
  return best
}
