import { z } from 'zod'
import { cursorSchema, LimitSchema, pageSchema } from './common.js'

export const SourcesQuerySchema = z.object({
  limit: LimitSchema,
  cursor: cursorSchema(z.object({ key: z.string() }), { key: 'ahram online' }).optional(),
})

export const SourceSchema = z
  .object({
    id: z.number().int().describe('Its id, also in the articles attributed to it'),
    name: z.string().describe('As first seen, e.g. `Ahram online`'),
    articleCount: z.number().int().describe('Stored articles attributed to it, every version counted'),
  })
  .meta({ id: 'Source' })

export const SourcePageSchema = pageSchema(SourceSchema).meta({ id: 'SourcePage' })
