import * as z from 'zod'
import { roleSchema } from '../roles'
import { idSchema, pageInputSchema, pageOf } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })

export const auditEntrySchema = z.object({
  entryId: z.string(),
  at: z.string(),
  kind: z.enum(['write', 'sign_in']),
  actorUserId: z.string(),
  actorName: z.string(),
  actorRoles: z.array(roleSchema),
  functionName: z.string(),
  action: z.string(),
  records: z.array(z.string()),
  outcome: z.enum(['ok', 'failed']),
  failureCode: z.string().nullable(),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>

/** Staff and admins: newest first, by person, by record id, by Shanghai dates (inclusive). */
export const listAuditLog = defineAction({
  functionName: FUNCTION_NAMES.workbench,
  action: 'listAuditLog',
  input: pageInputSchema
    .extend({ actorUserId: idSchema.optional(), recordId: idSchema.optional(), from: date.optional(), to: date.optional() })
    .refine((i) => !i.from || !i.to || i.from <= i.to, { message: '开始日期不能晚于结束日期', path: ['to'] }),
  output: pageOf(auditEntrySchema),
})

/**
 * Entering the workbench on WeChat opens a staff session: it is recorded as a sign-in (on H5 the
 * gateway's sign-in is recorded too). Answers the caller's display name.
 */
export const openWorkbench = defineAction({
  functionName: FUNCTION_NAMES.workbench,
  action: 'openWorkbench',
  input: z.object({}),
  output: z.object({ displayName: z.string() }),
})
