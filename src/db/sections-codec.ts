import type { Section } from '../model/articles.js'

// An article's sections are its body's lines, grouped: `body` (which full-text search needs) holds
// every heading and paragraph in order, one per line, so storing the sections' texts again doubled
// the largest part of the database. `articles.sections` holds one of three JSON values:
//   [2,-4]            the shape alone (migration 012 on): a section without a heading and two
//                     paragraphs, then one with a heading (negative: -1 - paragraphs) and three;
//                     the texts are the body's lines, in order
//   {"verbatim":[…]}  the sections in full, when the body's lines cannot give them back (a text
//                     with a line break, or with a lone surrogate, which SQLite's UTF-8 replaces)
//   [{…},…]           the sections in full, as stored before migration 012, until `compact`
// `[]` (no sections) is both the first and the last. Each reads back as JSON.stringify(sections),
// byte for byte, so GET /articles/{id} and reparse's before/after comparison do not change.

const VERBATIM = '{"verbatim":'

// A line break splits a text in two lines; an unpaired surrogate does not survive SQLite's UTF-8.
// (With the u flag a surrogate range matches only unpaired ones: a pair is one code point.)
const UNSAFE = /\n|[\uD800-\uDFFF]/u

/** What full-text search reads: every heading and paragraph, in order, one per line. */
export const bodyOf = (sections: readonly Section[]): string =>
  sections.flatMap((s) => (s.heading === null ? s.paragraphs : [s.heading, ...s.paragraphs])).join('\n')

/** The `sections` value to store beside `bodyOf(sections)`. */
export function packSections(sections: readonly Section[]): string {
  const shape: number[] = []
  for (const s of sections) {
    if ((s.heading !== null && UNSAFE.test(s.heading)) || s.paragraphs.some((p) => UNSAFE.test(p))) {
      return `${VERBATIM}${JSON.stringify(sections)}}`
    }
    shape.push(s.heading === null ? s.paragraphs.length : -1 - s.paragraphs.length)
  }
  return JSON.stringify(shape)
}

/** The sections as JSON text (what JSON.stringify gave at ingest), from the stored value and the body. */
export function sectionsJson(stored: string, body: string): string {
  if (stored.startsWith(VERBATIM)) return stored.slice(VERBATIM.length, -1)
  // Stored before migration 012, or no sections at all: already the answer.
  if (stored.charCodeAt(1) !== 45 /* - */ && (stored.charCodeAt(1) < 48 || stored.charCodeAt(1) > 57)) return stored
  const lines = body.split('\n')
  let at = 0
  const sections = (JSON.parse(stored) as number[]).map((n): Section => {
    const heading = n < 0 ? (lines[at++] as string) : null
    const count = n < 0 ? -1 - n : n
    at += count
    return { heading, paragraphs: lines.slice(at - count, at) }
  })
  return JSON.stringify(sections)
}

/** Whether a stored value is in the form written before migration 012 (what `compact` converts). */
export const isLegacySections = (stored: string): boolean => stored.startsWith('[{')
