import { anyOf, ATTRIBUTIONS, FOOTERS, PROMPTS } from './patterns.js'
import { parseWholeTimestamp } from './timestamps.js'
import type { Classified, Segment } from './types.js'

const PROMPT = anyOf(PROMPTS)

/**
 * What a segment is on its own, before context: a timestamp, an attribution, a footer, a widget
 * prompt, or text. Whether text is a heading, a paragraph or a related headline depends on its
 * neighbours and is decided by `assemble`.
 */
export function classify(seg: Segment): Classified {
  // Object literals rather than `{ ...seg }`: spreading costs more than the rest of classify.
  const { line, text } = seg
  const ts = parseWholeTimestamp(text)
  if (ts) return { line, text, kind: 'timestamp', iso: ts.iso, warnings: ts.warnings }

  for (const a of ATTRIBUTIONS) {
    const name = a.pattern.exec(text)?.groups?.name
    if (name && name.split(/\s+/u).length <= a.maxWords) return { line, text, kind: 'attribution', source: name, keepText: a.keepText }
  }
  for (const f of FOOTERS) {
    const m = f.pattern.exec(text)
    if (m) {
      const name = f.namesPublisher ? m.groups?.name?.trim() : undefined
      return { line, text, kind: 'footer', publisher: name ? name : null }
    }
  }
  if (PROMPT.test(text)) return { line, text, kind: 'prompt' }
  return { line, text, kind: 'text' }
}

/**
 * Short, unpunctuated lines: subheads (`ISOLATED`, `"GAME IS UP"`), titles and headline links.
 * Prose ends in sentence punctuation or runs longer than any heading.
 */
export function isHeadingLike(text: string): boolean {
  const bare = stripQuotes(text)
  if (bare.length === 0 || bare.length > 100 || !/\p{L}/u.test(bare)) return false
  if (/^[-•*–·▪]\s/u.test(bare)) return false // a bulleted list item (numbered ones may be subheads: `21) Star Wars`)
  if (bare.split(/\s+/u).length > 12) return false
  // A short question or exclamation can head a section: `Opting out?`, `15) Mother!`.
  if (/[?!]$/u.test(bare)) return bare.split(/\s+/u).length <= 12
  return !/[.!?;:,…。！？；：，]$/u.test(bare)
}

/** Headlines may be longer than subheads and end in a question mark, but are never long prose. */
export function isHeadlineLike(text: string): boolean {
  return /\p{L}/u.test(text) && text.length <= 200 && text.split(/\s+/u).length <= 30
}

/** `"GAME IS UP"` → `GAME IS UP`: quotes around a whole heading are decoration, not text. */
export function stripQuotes(text: string): string {
  const m = /^["“«'‘](.*)["”»'’]$/u.exec(text)
  return m?.[1] !== undefined && !/["“”«»]/u.test(m[1]) ? m[1].trim() : text
}
