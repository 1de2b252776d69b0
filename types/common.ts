import * as z from 'zod'

/** A UTC instant as produced by `Date.prototype.toISOString()`; shown in Asia/Shanghai by the client. */
export const instantSchema = z.iso.datetime()
export type Instant = z.infer<typeof instantSchema>

export const idSchema = z.string().min(1).max(64)

/** Trimmed text with Chinese messages for the two usual limits. */
export function textSchema(label: string, max: number, min = 1) {
  return z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, { message: `请填写${label}`, abort: true })
    .min(min, { message: `${label}至少 ${min} 个字` })
    .max(max, { message: `${label}不能超过 ${max} 个字` })
}

export const pageInputSchema = z.object({
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
})

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  })
}
