/** One CSV column: its header and how to read it from an item. */
export interface CsvColumn<T> {
  name: string
  value: (item: T) => string | number | null | undefined
}

/** How a list is written as CSV. */
export interface CsvLayout<T> {
  columns: readonly CsvColumn<T>[]
}

const NEEDS_QUOTES = /[",\r\n]/u

/**
 * One field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a quote, a comma,
 * CR or LF; as it is otherwise. null and undefined are empty fields.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export const csvRecord = (fields: readonly (string | number | null | undefined)[]): string => `${fields.map(csvField).join(',')}\r\n`

export const csvHeader = <T>(columns: readonly CsvColumn<T>[]): string => csvRecord(columns.map((c) => c.name))

export const csvRow = <T>(columns: readonly CsvColumn<T>[], item: T): string => csvRecord(columns.map((c) => c.value(item)))
