// The shape of eval-results/latest.json, so a test can hold the file to it and the next run can
// tell whether the previous file is one it can compare with.
import { z } from 'zod'
import { SETS } from './corpus.js'

const setName = z.enum(SETS)
const rate01 = z.number().min(0).max(1)
const count = z.number().int().min(0)

const counts = z.object({ matched: count, predicted: count, expected: count, p: rate01, r: rate01, f1: rate01 })
const micro = counts.extend({ macroF1: rate01 })
const accuracy = z.object({ correct: count, total: count })
const fieldResult = z.object({ expected: z.string(), predicted: z.string().nullable(), correct: z.boolean() }).nullable()

export const setSummarySchema = z.object({
  pages: count,
  errors: count,
  paragraphs: micro,
  tokens: micro,
  title: accuracy,
  byline: accuracy,
  date: accuracy,
  lang: accuracy,
  exact: z.boolean().optional(),
})

const worstPage = z.object({
  name: z.string(),
  site: z.string(),
  loss: z.number().gt(0).max(1),
  tokenF1: rate01,
  paragraphF1: rate01,
  reason: z.string().min(1),
})

export const modeReportSchema = z.object({
  sets: z.partialRecord(setName, setSummarySchema),
  overallWithoutBbc: setSummarySchema.nullable(),
  overall: setSummarySchema,
  worst: z.partialRecord(setName, z.array(worstPage).max(10)),
})

export const pageResultSchema = z.object({
  error: z.string().optional(),
  paragraphs: counts,
  tokens: counts,
  title: fieldResult,
  byline: fieldResult,
  date: fieldResult,
  lang: fieldResult,
  exact: z.boolean().optional(),
})

export const evalReportSchema = z.object({
  generatedAt: z.iso.datetime(),
  corpus: z.string().min(1),
  sets: z.array(setName).min(1),
  folds: z
    .object({ k: z.number().int().min(2), folds: z.array(z.object({ groups: z.array(z.string()), pages: count })) })
    .nullable(),
  inSample: modeReportSchema,
  leaveSiteOut: modeReportSchema.nullable(),
  targets: z.array(
    z.object({
      label: z.string(),
      inSample: z.string().nullable(),
      leaveSiteOut: z.string().nullable(),
      pass: z.boolean().nullable(),
      judgedOn: z.enum(['leaveSiteOut', 'inSample']),
    }),
  ),
  timings: z.object({ fitSeconds: z.number().min(0), totalSeconds: z.number().min(0) }),
  pages: z.array(
    z.object({
      set: setName,
      name: z.string(),
      site: z.string().min(1),
      fold: z.number().int().min(0).nullable(),
      inSample: pageResultSchema,
      leaveSiteOut: pageResultSchema.nullable(),
    }),
  ),
})
