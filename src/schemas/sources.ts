import { z } from 'zod'
import { cursorSchema, LimitSchema, pageSchema } from './common.js'

export const SourcesQuerySchema = z.object({
  limit: LimitSchema,
  cursor: cursorSchema(z.object({ key: z.string() }), { key: 'ahram online' }).optional(),
})

export const SourceSchema = z
  .object({
    id: z.number().int(),
    name: z.string().describe('As first seen, e.g. `Ahram online`'),
    articleCount: z.number().int(),
  })
  .meta({ id: 'Source' })

export const SourcePageSchema = pageSchema(SourceSchema).meta({ id: 'SourcePage' })
