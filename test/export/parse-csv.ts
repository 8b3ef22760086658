/**
 * An RFC 4180 reader for the tests, written apart from src/export/csv.ts so that the writer is
 * checked against an independent reading: quoted fields may hold commas, CR, LF and doubled
 * quotes; records end in CRLF; anything else malformed throws.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const c = text[i] as string
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [`${field}"`, i + 2]
      else if (c === '"') [quoted, i] = [false, i + 1]
      else [field, i] = [field + c, i + 1]
      if (!quoted && i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`)
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`)
      ;[quoted, i] = [true, i + 1]
    } else if (c === ',') {
      row.push(field)
      ;[field, i] = ['', i + 1]
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      ;[row, field, i] = [[], '', i + 2]
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a bare line break outside quotes at ${i}`)
    } else {
      ;[field, i] = [field + c, i + 1]
    }
  }
  if (quoted) throw new Error('an unclosed quote')
  if (field !== '' || row.length > 0) throw new Error('the last record does not end in CRLF')
  return rows
}
