import * as z from 'zod'
import { industryCodeSchema } from '../catalog/industries'
import { regionCodeSchema } from '../catalog/regions'
import { idSchema, textSchema } from '../common'

/** An edit of the enterprise's record by staff or one of its liaisons (never by an application). */
export const updateEnterpriseInputSchema = z.object({
  enterpriseId: idSchema,
  /** The revision the editor saw (0 before the first edit); a stale one is refused with CONFLICT. */
  expectedRevision: z.number({ message: '缺少版本号，请重新打开后再编辑' }).int().min(0),
  name: textSchema('企业名称', 60, 2),
  industry: industryCodeSchema,
  exportMarkets: z
    .array(regionCodeSchema)
    .min(1, { message: '请至少选择一个出口市场' })
    .max(20, { message: '出口市场最多选择 20 个' })
    .refine((codes) => new Set(codes).size === codes.length, { message: '出口市场有重复' }),
  /** Why, for the revision history (optional). */
  note: textSchema('修改说明', 200).nullable().default(null),
})
