import zlib from 'node:zlib'

/**
 * How `documents.raw` holds a page (`documents.raw_codec`, migration 011):
 * - null: stored before pages were compressed, as is; `newsstand compact` converts such rows;
 * - 'identity': as is, because compressing did not make it smaller (a tiny page);
 * - 'br': brotli.
 * sha256 is always that of the original bytes, so a page's identity does not depend on its codec.
 */
export type RawCodec = 'identity' | 'br'

export interface PackedRaw {
  codec: RawCodec
  bytes: Uint8Array
}

/**
 * Brotli at quality 5, text mode. Measured with `npm run bench:compress` (figures in
 * docs/development.md): it stores 43 % of the corpus pages and 46 % of generated bench pages at
 * 150–200 µs a page, against 45 % / 50 % for deflate at its default level (80–150 µs) and
 * 47 % / 52 % for zstd level 3 (Node 22.15+ only, so never the one codec). Quality 9 is no smaller
 * and 15x slower; 11 saves 8 points more but takes 4–7 ms a page, more than parsing it. Pages are
 * compressed on the parser threads, so the cost is theirs, not the writer's: a 20,000-page ingest
 * took 10 % more CPU time than storing pages as is, quality 1 about 3 % (but a database 4 % bigger
 * than quality 5's). Decompressing takes 35–45 µs a page, which /raw and reparse barely notice.
 * Any quality decodes alike, so changing it later needs no migration.
 */
const BROTLI_QUALITY = 5

export function packRaw(raw: Uint8Array): PackedRaw {
  const packed = zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  })
  return packed.length < raw.length ? { codec: 'br', bytes: packed } : { codec: 'identity', bytes: raw }
}

/** The original bytes of a stored page, whatever its codec. */
export function unpackRaw(bytes: Uint8Array, codec: string | null): Uint8Array {
  if (codec === null || codec === 'identity') return bytes
  if (codec === 'br') return zlib.brotliDecompressSync(bytes)
  // A codec this code does not know was written by a newer newsstand: say so rather than serve noise.
  throw new Error(`documents.raw_codec '${codec}' is unknown to this version of newsstand`)
}
