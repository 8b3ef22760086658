import { z } from 'zod'
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '../model/defaults.js'

export const IdParamsSchema = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).describe('The record id').meta({ example: 1 }),
})

export const LimitSchema = z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT)
  .describe(`Items per page, 1–${MAX_PAGE_LIMIT}`).meta({ example: 20 })

const SEARCH_SYNTAX =
  'Every word must match; `"an exact phrase"`; `-word` or `-"a phrase"` excludes (with at least one word to search for); ' +
  '`a OR b` (in capitals) matches either and binds tighter than the spaces between words; `bagh*` matches words starting with `bagh`. ' +
  'Anything else (`AND`, `NOT`, `NEAR(`, `col:`, `^`, `+`, brackets) is searched as text; an unclosed quote runs to the end. ' +
  'A query with nothing to search for is a 400.'

/** The `q` of every search, in the language that src/search/query.ts compiles to FTS5. */
export function searchQuerySchema(over: string, example: string) {
  return z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .optional()
    .describe(`Full-text search over ${over}. ${SEARCH_SYNTAX}`)
    .meta({ example })
}

export const NamedRefSchema = z
  .object({ id: z.number().int().describe('Its id (`/sources/{id}` for a source)'), name: z.string().describe('As first seen') })
  .meta({ id: 'NamedRef' })

/**
 * An opaque `next` token: base64url JSON of where the previous page ended. Decoding checks the
 * shape, so a tampered token is a 400 on `cursor`, never a query with garbage in it.
 */
export function cursorSchema<T extends z.ZodType>(shape: T, next: z.input<T>) {
  return z
    .string()
    .max(512)
    .transform((token, ctx): z.output<T> => {
      let value: unknown
      try {
        value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
      } catch {
        value = undefined
      }
      const parsed = shape.safeParse(value)
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: 'not a cursor this API issued: pass back the `next` value of a previous page' })
        return z.NEVER
      }
      return parsed.data
    })
    .describe('The `next` value of the previous page')
    .meta({ 'x-examples': cursorExamples(encodeCursor(next)) })
}

/**
 * A cursor's examples. Swagger UI fills a parameter in with its first example and sends it, and
 * any cursor pages past the first page of the sample data: the first example is "none", so that
 * "Try it out" shows the first page; the second is a `next` value as the API issues them.
 */
function cursorExamples(next: string) {
  return {
    firstPage: { summary: 'The first page: no cursor', value: '' },
    nextPage: { summary: 'A `next` value from a previous page', value: next },
  }
}

export const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')

/** The list envelope every collection uses. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    next: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  })
}

/** A 200 response with its own description (fastify-swagger would otherwise say "Default Response"). */
export function jsonResponse<T extends z.ZodType>(description: string, schema: T, example: z.output<T>) {
  return { description, content: { 'application/json': { schema, example } } }
}
