import t from 'tap'
import { csvField, csvHeader, csvRecord, csvRow } from '../../src/export/csv.js'
import { parseCsv } from './parse-csv.js'

t.test('fields are quoted exactly when RFC 4180 needs it', async (t) => {
  t.equal(csvField('plain text'), 'plain text')
  t.equal(csvField(42), '42')
  t.equal(csvField(null), '', 'null is an empty field')
  t.equal(csvField(undefined), '')
  t.equal(csvField(''), '')
  t.equal(csvField('a, b'), '"a, b"', 'a comma')
  t.equal(csvField('say "hi"'), '"say ""hi"""', 'quotes are doubled')
  t.equal(csvField('two\nlines'), '"two\nlines"', 'LF')
  t.equal(csvField('two\r\nlines'), '"two\r\nlines"', 'CRLF')
  t.equal(csvField('a\rb'), '"a\rb"', 'a lone CR')
  t.equal(csvField(' padded '), ' padded ', 'spaces are data, kept unquoted')
  t.equal(csvField('=1+1'), '=1+1', 'formula-looking text is written as it is (the export is data, not a spreadsheet)')
})

t.test('records end in CRLF and read back to the same values', async (t) => {
  t.equal(csvRecord(['a', 1, null]), 'a,1,\r\n')
  const tricky = ['Mosul, "the city"', 'line one\nline two', 'cr\rlf\r\n', '""', '"', ',', 'é — 中文 🙂', '']
  const text = csvRecord(tricky) + csvRecord(['x', 'y', 'z', '', '', '', '', 'last'])
  t.same(parseCsv(text), [tricky, ['x', 'y', 'z', '', '', '', '', 'last']])
})

t.test('header and rows follow the columns', async (t) => {
  const columns = [
    { name: 'id', value: (r: { id: number; ref: { name: string } | null }) => r.id },
    { name: 'ref_name', value: (r: { id: number; ref: { name: string } | null }) => r.ref?.name },
  ]
  t.equal(csvHeader(columns), 'id,ref_name\r\n')
  t.equal(csvRow(columns, { id: 1, ref: { name: 'A, B' } }), '1,"A, B"\r\n')
  t.equal(csvRow(columns, { id: 2, ref: null }), '2,\r\n')
})

t.test('the test reader refuses malformed CSV', async (t) => {
  t.throws(() => parseCsv('a,b'), /CRLF/)
  t.throws(() => parseCsv('"a\r\n'), /unclosed/)
  t.throws(() => parseCsv('a\nb\r\n'), /bare line break/)
  t.throws(() => parseCsv('"a"b\r\n'), /after a closing quote/)
  t.throws(() => parseCsv('a"b"\r\n'), /inside an unquoted/)
})
