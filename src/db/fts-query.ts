/**
 * User search text → an FTS5 query that can never be a syntax error. Every whitespace-separated
 * word becomes a quoted phrase (inner quotes doubled), so `AND`, `"`, `*`, `NEAR(` and `col:` are
 * searched as text instead of being read as operators, and all words must match. Words with no
 * letter or digit cannot match anything under the unicode61 tokenizer and are dropped.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(q: string): string | null {
  const phrases = q
    // Control characters separate words too: FTS5 reads the query as a C string, so a NUL inside
    // a phrase would cut it short and leave its quote unterminated.
    .split(/[\s\p{Cc}]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => `"${word.replaceAll('"', '""')}"`)
  return phrases.length > 0 ? phrases.join(' ') : null
}
