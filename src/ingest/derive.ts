import { createHash } from 'node:crypto'
import { packRaw, type PackedRaw } from '../db/raw-codec.js'
import { parsePage, type ParsedPage } from '../parse/index.js'
import { decodePage } from './decode.js'
import type { PageMeta } from '../model/page-record.js'

export interface DerivedPage {
  sha256: string
  parsed: ParsedPage
}

/**
 * Raw bytes (and, for JSONL pages, their record's metadata) → the parse that records are made
 * from. Ingest and any later re-derivation from the stored `documents.raw` and `documents.meta`
 * go through this one function, so both give the same records. Pages with no text, or that are
 * not text at all, are refused, and so is a page the parser throws on (with what it said).
 */
export function derivePage(raw: Uint8Array, meta: PageMeta = {}): DerivedPage | { error: string } {
  if (looksBinary(raw)) return { error: 'binary data, not a text page' }
  const decoded = decodePage(raw)
  if (decoded.text.trim() === '') return { error: raw.length === 0 ? 'empty file' : 'the page holds only white space' }
  let parsed: ParsedPage
  try {
    parsed = parsePage(decoded.text, { crawledAt: meta.timestamp, url: meta.url })
  } catch (err) {
    // The parser must never throw; if it does, this is the one place that hears of it, so the
    // page is refused alike from a file, a worker, POST /documents or reparse, and the run goes on.
    return { error: `parser failure: ${err instanceof Error ? err.message : String(err)}` }
  }
  parsed.warnings.unshift(...decoded.warnings)
  applyMetadata(parsed, meta)
  return { sha256: createHash('sha256').update(raw).digest('hex'), parsed }
}

/** A derived page with its raw bytes compressed as documents.raw stores them. */
export interface PackedPage extends DerivedPage {
  packed: PackedRaw
}

/**
 * derivePage, and the page compressed for storage: done where the page is parsed (a parser thread
 * during ingest), so the single writer only writes. A refused page is not compressed.
 */
export function derivePacked(raw: Uint8Array, meta: PageMeta = {}): PackedPage | { error: string } {
  const derived = derivePage(raw, meta)
  return 'error' in derived ? derived : { ...derived, packed: packRaw(raw) }
}

/**
 * The page's own text wins; metadata fills what it lacks: the record's title, its date (before a
 * day read off the URL's path: the record says when, the path only which day), and its URL's host
 * as the publisher when the page has no copyright footer. Provenance says which.
 */
function applyMetadata(parsed: ParsedPage, meta: PageMeta) {
  if (parsed.title === null && meta.title) {
    parsed.title = meta.title
    parsed.provenance.title = 'metadata'
  }
  const date = meta.date ? Date.parse(meta.date) : Number.NaN
  if ((parsed.publishedAt === null || parsed.provenance.publishedAt === 'url') && !Number.isNaN(date)) {
    parsed.publishedAt = new Date(date).toISOString().replace('.000Z', 'Z')
    parsed.provenance.publishedAt = 'metadata'
  }
  const host = meta.domain ?? hostOf(meta.url)
  if (parsed.publisher === null && host) parsed.publisher = { name: host.replace(/^www\./u, '') }
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).hostname || undefined
  } catch {
    return undefined
  }
}

/** NUL bytes in the first 8 KB beyond a stray few: an image, an archive, a database, not a page. */
function looksBinary(raw: Uint8Array): boolean {
  const head = raw.subarray(0, 8192)
  // Pages almost never hold a NUL: indexOf finds that out without a loop over every byte.
  let nul = 0
  for (let at = head.indexOf(0); at !== -1; at = head.indexOf(0, at + 1)) nul++
  return nul > 8 && nul > head.length / 100
}
