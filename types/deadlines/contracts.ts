import * as z from 'zod'
import { regionCodeSchema } from '../catalog/regions'
import { idSchema, pageInputSchema, pageOf } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { expectedRevisionSchema, revisionSchema } from '../revisions/schemas'
import { optionalTextSchema } from '../validation/optional-text'
import { deadlineRuleFieldsSchema, deadlineRuleSchema } from './schemas'

const fn = FUNCTION_NAMES.reports

/** Every rule (the table is small), optionally for one country; anyone signed in picks from it. */
export const listDeadlineRules = defineAction({
  functionName: fn,
  action: 'listDeadlineRules',
  input: z.object({ region: regionCodeSchema.optional() }),
  output: z.object({ items: z.array(deadlineRuleSchema) }),
})

/** Staff: creates a rule (no ruleId) or saves an edit over the revision the editor saw. */
export const saveDeadlineRule = defineAction({
  functionName: fn,
  action: 'saveDeadlineRule',
  input: z.object({
    ruleId: idSchema.nullable().default(null),
    expectedRevision: expectedRevisionSchema.optional(),
    fields: deadlineRuleFieldsSchema,
    reason: optionalTextSchema('修改原因', 200).default(null),
  }),
  output: deadlineRuleSchema,
})

export const listDeadlineRuleRevisions = defineAction({
  functionName: fn,
  action: 'listDeadlineRuleRevisions',
  input: pageInputSchema.extend({ ruleId: idSchema }),
  output: pageOf(revisionSchema),
})
