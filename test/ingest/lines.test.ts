import { Readable } from 'node:stream'
import t from 'tap'
import { readLines, type Line } from '../../src/ingest/lines.js'

/** The lines of `chunks` streamed as they are cut, shown as strings or `tooLong:N`. */
async function lines(chunks: string[], max = 100): Promise<string[]> {
  const out: string[] = []
  for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max) as AsyncIterable<Line>) {
    out.push('bytes' in line ? line.bytes.toString() : `tooLong:${line.tooLong}`)
  }
  return out
}

t.test('lines end at \\n or \\r\\n, wherever the chunks are cut', async (t) => {
  t.same(await lines(['a\nb\r\nc']), ['a', 'b', 'c'], 'no line end after the last line')
  t.same(await lines(['a\n', 'b\n']), ['a', 'b'], 'a final line end adds no empty line')
  t.same(await lines(['ab', 'c\r', '\nd', 'e\n\nf']), ['abc', 'de', '', 'f'], 'lines and line ends split across chunks')
  t.same(await lines(['é', '\n']), ['é'], 'bytes are kept whole, a character split across chunks too')
  t.same(await lines([]), [], 'an empty stream has no lines')
  const strings: string[] = []
  for await (const line of readLines(Readable.from(['a\nb', 'c']), 10)) if ('bytes' in line) strings.push(String(line.bytes))
  t.same(strings, ['a', 'bc'], 'a stream of strings (object mode) too')
})

t.test('a line over the limit is reported with its size and never held', async (t) => {
  t.same(await lines(['short\n', 'x'.repeat(60), 'x'.repeat(60), '\nafter\n'], 100), ['short', 'tooLong:120', 'after'])
  t.same(await lines(['x'.repeat(101)], 100), ['tooLong:101'], 'the last line too')
  t.same(await lines(['x'.repeat(100), '\n'], 100), ['x'.repeat(100)], 'exactly the limit is allowed')
})

t.test('lines do not share memory with the stream\'s chunks', async (t) => {
  const chunk = Buffer.from('abc\ndef')
  const got: Buffer[] = []
  for await (const line of readLines(Readable.from([chunk]), 100)) if ('bytes' in line) got.push(line.bytes)
  chunk.fill(0)
  t.same(got.map(String), ['abc', 'def'])
})
