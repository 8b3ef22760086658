import type { Readable } from 'node:stream'

export type Line = { bytes: Buffer } | { tooLong: number }

const NL = 0x0a
const CR = 0x0d

/**
 * The lines of a byte stream, without their line ends (`\n` or `\r\n`). A line longer than
 * `maxBytes` is not held in memory: its bytes are counted and dropped as they arrive and it is
 * yielded as `{ tooLong: size }`, so one enormous line cannot blow the memory bound.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let size = 0
  let dropping = false
  const end = (): Line => {
    if (dropping) return { tooLong: size }
    let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size)
    if (bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1)
    return { bytes }
  }
  for await (const piece of stream as AsyncIterable<Buffer | string>) {
    // A stream in object or string mode (a test's Readable.from) yields strings.
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
    let start = 0
    for (let nl = chunk.indexOf(NL); nl !== -1; nl = chunk.indexOf(NL, start)) {
      take(chunk.subarray(start, nl))
      yield end()
      parts = []
      size = 0
      dropping = false
      start = nl + 1
    }
    if (start < chunk.length) take(chunk.subarray(start))
  }
  if (size > 0 || parts.length > 0) yield end()

  function take(piece: Buffer) {
    size += piece.length
    if (dropping) return
    if (size > maxBytes) {
      dropping = true
      parts = []
    } else if (piece.length > 0) {
      // A copy: the stream may reuse the chunk's memory once we move on.
      parts.push(Buffer.from(piece))
    }
  }
}
