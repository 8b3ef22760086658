/**
 * Search text → a flat list of items, before any meaning is given to their order. Only three
 * characters are syntax here: white space (and control characters) separate items, `"` opens and
 * closes a phrase, and `-` at the start of an item excludes it. Everything else is text.
 */

/** A word or phrase the user typed, with its marks taken off. */
export interface Term {
  /** What to search for; for a phrase, its words joined by single spaces. */
  text: string
  phrase: boolean
  /** The word ended in `*`: match any word that starts with `text`. */
  prefix: boolean
  /** It was written `-word` or `-"a phrase"`. */
  negated: boolean
}

/** `OR` in capitals, bare; whether it is an operator depends on its neighbours (see query.ts). */
export const OR = 'OR'
export type Item = Term | typeof OR

// An optional `-`, then a phrase (closed by the next quote, or by the end of the text when the
// user forgot to close it) or a run of anything but white space, control characters and quotes.
// Control characters separate like spaces because FTS5 reads its query as a C string: a NUL inside
// a phrase would cut the query short and leave the quote unterminated.
const ITEM = /(-?)(?:"([^"]*)"?|([^\s\p{Cc}"]+))/gu
const SEPARATORS = /[\s\p{Cc}]+/gu

export function lexQuery(q: string): Item[] {
  const items: Item[] = []
  for (const [, dash, phrase, word] of q.matchAll(ITEM)) {
    const negated = dash === '-'
    if (phrase !== undefined) {
      items.push({ text: phrase.replace(SEPARATORS, ' ').trim(), phrase: true, prefix: false, negated })
    } else if (word === OR && !negated) {
      items.push(OR)
    } else {
      // A lone `-` is the word "-" (dropped later as unsearchable), never an exclusion of nothing.
      const text = (word as string).replace(/\*+$/u, '')
      items.push({ text, phrase: false, prefix: text !== word, negated })
    }
  }
  return items
}
