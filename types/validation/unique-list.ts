import * as z from 'zod'

/** A multiple choice from a catalog: no repeats, a bounded length, Chinese messages. */
export function uniqueListSchema<T extends z.ZodType>(item: T, label: string, max: number, min = 0) {
  return z
    .array(item, { message: `请选择${label}` })
    .min(min, { message: `请至少选择一项${label}` })
    .max(max, { message: `${label}最多选择 ${max} 项` })
    .refine((values) => new Set(values).size === values.length, { message: `${label}有重复，请去掉重复项` })
}
