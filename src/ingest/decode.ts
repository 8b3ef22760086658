const strict = new TextDecoder('utf-8', { fatal: true })
const lenient = new TextDecoder('utf-8')

/**
 * Bytes → text. Invalid UTF-8 is decoded with replacement characters rather than refused (the
 * rest of the page is still worth having) and said in a warning; the raw bytes are stored as they
 * were, so nothing is lost.
 */
export function decodePage(bytes: Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = []
  let text: string
  try {
    text = strict.decode(bytes)
  } catch {
    text = lenient.decode(bytes)
    warnings.push('the page is not valid UTF-8; undecodable bytes were replaced with U+FFFD')
  }
  return { text, warnings }
}
