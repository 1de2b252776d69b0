import * as z from 'zod'

/** A search box: at most 40 characters; blank means no keyword. */
export const keywordSchema = z
  .string()
  .trim()
  .max(40, { message: '搜索词不能超过 40 个字' })
  .optional()
  .transform((value) => (value ? value : undefined))
