export interface Normalized {
  text: string
  warnings: string[]
}

/**
 * Makes line handling uniform without changing any visible character: drops a byte-order mark,
 * turns CRLF and lone CR into LF, and removes NUL characters (which carry no text but break
 * downstream tools). Unicode is not re-normalized: paragraphs must stay exactly as on the page.
 */
export function normalize(raw: string): Normalized {
  const warnings: string[] = []
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  text = text.replace(/\r\n?/g, '\n')
  if (text.includes('\u0000')) {
    warnings.push('the page contained NUL characters; they were removed')
    text = text.replaceAll('\u0000', '')
  }
  return { text, warnings }
}
