import { createHash } from 'node:crypto'
import { parsePage, type ParsedPage } from '../parse/index.js'
import { decodePage } from './decode.js'

export interface DerivedPage {
  sha256: string
  parsed: ParsedPage
}

/**
 * Raw bytes → the parse that records are made from; pages with no text are refused. Ingest and any later re-derivation from the stored
 * `documents.raw` go through this one function, so both give the same records.
 */
export function derivePage(raw: Uint8Array): DerivedPage | { error: string } {
  const decoded = decodePage(raw)
  if (decoded.text.trim() === '') return { error: raw.length === 0 ? 'empty file' : 'the page holds only white space' }
  const parsed = parsePage(decoded.text)
  parsed.warnings.unshift(...decoded.warnings)
  return { sha256: createHash('sha256').update(raw).digest('hex'), parsed }
}
