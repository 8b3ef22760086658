import { z } from 'zod'
import { csvHeader, csvRow, type CsvLayout } from '../export/csv.js'
import { FORMATS } from '../export/negotiate.js'

/** The `format` of a list: one JSON page, or every match streamed. */
export const FormatSchema = z
  .enum(FORMATS)
  .optional()
  .describe(
    '`json` (the default): one page of `{items, next}`. `ndjson` or `csv`: every match in one streamed download ' +
      '(`limit` is ignored; it starts after `cursor` when one is given). Without this parameter, an `Accept` header ' +
      'that ranks `application/x-ndjson` or `text/csv` above `application/json` asks for the same. An error after ' +
      'the first byte of a download closes the connection before the end of the body, so a cut-off download never ' +
      'looks complete.',
  )
  // json, so that Swagger UI's Try it out shows a page rather than offering a download.
  .meta({ example: 'json' })

/**
 * A list's 200 in its three media types, for the OpenAPI document: the JSON page, NDJSON items
 * (OpenAPI 3.1 cannot say "a sequence of", so the schema is that of one line) and CSV text.
 */
export function listResponse<P extends z.ZodType, I extends z.ZodType, T>(
  what: string,
  page: { schema: P; example: z.output<P> },
  item: { schema: I; example: z.output<I> & T },
  { columns }: CsvLayout<T>,
) {
  const names = columns.map((c) => `\`${c.name}\``).join(', ')
  const csv = z
    .string()
    .describe(`RFC 4180 CSV, UTF-8, CRLF line ends, a header row, then one row per match. Columns: ${names}. Empty is null.`)
  return {
    description:
      `A page of ${what} (\`application/json\`), or with \`format\` (or \`Accept\`) every matching one: ` +
      `one JSON object per line (\`application/x-ndjson\`, each line one item of the page) or CSV (\`text/csv\`), ` +
      `sent as an attachment (\`Content-Disposition\`).`,
    content: {
      'application/json': page,
      'application/x-ndjson': item,
      // The example item as the export writes it: header and one row.
      'text/csv': { schema: csv, example: csvHeader(columns) + csvRow(columns, item.example) },
    },
  }
}
