import * as z from 'zod'
import { idSchema, instantSchema } from '../common'

/**
 * History of staff edits, shared by agencies, experts and content. Each staff write adds one
 * revision that says who changed what, field by field, so an edit can be reviewed or undone by hand.
 */
export const REVISION_ACTIONS = ['create', 'update', 'status', 'import', 'publish', 'withdraw'] as const
export const revisionActionSchema = z.enum(REVISION_ACTIONS)
export type RevisionAction = z.infer<typeof revisionActionSchema>
export const REVISION_ACTION_LABELS: Record<RevisionAction, string> = {
  create: '新建',
  update: '修改',
  status: '变更状态',
  import: '批量导入',
  publish: '发布',
  withdraw: '撤回',
}

export const fieldChangeSchema = z.object({
  field: z.string(),
  /** The field's label for people (机构名称 …). */
  label: z.string(),
  before: z.json(),
  after: z.json(),
})
export type FieldChange = z.infer<typeof fieldChangeSchema>

export const revisionSchema = z.object({
  revision: z.number().int().min(1),
  action: revisionActionSchema,
  at: instantSchema,
  actor: z.object({ userId: idSchema, displayName: z.string() }),
  changes: z.array(fieldChangeSchema),
  note: z.string().nullable(),
})
export type Revision = z.infer<typeof revisionSchema>

/**
 * The revision an editor saw. A save names it; if someone else saved in between, the save fails
 * with CONFLICT instead of silently overwriting their work.
 */
export const expectedRevisionSchema = z.number({ message: '缺少版本号，请重新打开后再编辑' }).int().min(1)
