import * as z from 'zod'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, pageInputSchema, pageOf, textSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import {
  attachmentLinksSchema,
  outcomeCategorySchema,
  postedEventSchema,
  ratingInputSchema,
  reportDetailSchema,
  reportEventPageSchema,
  reportInputSchema,
  reportRefSchema,
  reportStatusSchema,
  reportSummarySchema,
  TIMELINE_PAGE_SIZE,
} from './schemas'
import { revealedContactSchema } from '../users/contact-reveals'

const fn = FUNCTION_NAMES.reports
const page = pageOf(reportSummarySchema)

/** Liaison of a verified enterprise; the same idempotency key returns the same report. */
export const submitReport = defineAction({ functionName: fn, action: 'submitReport', input: reportInputSchema, output: reportDetailSchema })
export const listMyReports = defineAction({
  functionName: fn,
  action: 'listMyReports',
  input: pageInputSchema.extend({ status: reportStatusSchema.optional() }),
  output: page,
})
/** Any party of the report (its enterprise, its current assignee, staff), with the timeline. */
export const getReport = defineAction({ functionName: fn, action: 'getReport', input: reportRefSchema, output: reportDetailSchema })
export const withdrawReport = defineAction({
  functionName: fn,
  action: 'withdrawReport',
  input: reportRefSchema.extend({ reason: textSchema('撤回原因', 200).optional() }),
  output: reportDetailSchema,
})
/** The two-way thread; an enterprise message while more information is awaited resumes the case. */
export const postMessage = defineAction({
  functionName: fn,
  action: 'postMessage',
  input: reportRefSchema.extend({ text: textSchema('留言', 1000) }),
  output: postedEventSchema,
})
/** Older timeline events of a report, for any party: pass `olderEventsCursor`, then each `nextCursor`. */
export const listReportEvents = defineAction({
  functionName: fn,
  action: 'listReportEvents',
  input: reportRefSchema.extend({
    before: z.string().min(1).max(200),
    limit: z.number().int().min(1).max(TIMELINE_PAGE_SIZE).default(TIMELINE_PAGE_SIZE),
  }),
  output: reportEventPageSchema,
})

export const listAssignedReports = defineAction({
  functionName: fn,
  action: 'listAssignedReports',
  input: pageInputSchema.extend({ status: reportStatusSchema.optional() }),
  output: page,
})
export const acceptReport = defineAction({
  functionName: fn,
  action: 'acceptReport',
  input: reportRefSchema.extend({ expectedVersion: z.number().int().min(1).optional() }),
  output: reportDetailSchema,
})
export const declineReport = defineAction({
  functionName: fn,
  action: 'declineReport',
  input: reportRefSchema.extend({ reason: textSchema('拒绝理由', 200, 2) }),
  output: reportDetailSchema,
})
export const requestMoreInfo = defineAction({
  functionName: fn,
  action: 'requestMoreInfo',
  input: reportRefSchema.extend({ question: textSchema('需要补充的内容', 1000, 2) }),
  output: reportDetailSchema,
})
export const provideGuidance = defineAction({
  functionName: fn,
  action: 'provideGuidance',
  input: reportRefSchema.extend({ guidance: textSchema('指导意见', 2000, 2) }),
  output: reportDetailSchema,
})
export const resolveReport = defineAction({
  functionName: fn,
  action: 'resolveReport',
  input: reportRefSchema.extend({ summary: textSchema('办结说明', 2000, 2), outcomeCategory: outcomeCategorySchema }),
  output: reportDetailSchema,
})

export const listReports = defineAction({
  functionName: fn,
  action: 'listReports',
  input: pageInputSchema.extend({
    status: reportStatusSchema.optional(),
    serviceType: serviceTypeSchema.optional(),
    escalatedOnly: z.boolean().default(false),
    assigneeUserId: idSchema.optional(),
  }),
  output: page,
})
export const reassignReport = defineAction({
  functionName: fn,
  action: 'reassignReport',
  input: reportRefSchema.extend({
    assignee: z.object({ kind: z.enum(['expert', 'agency']), id: idSchema }),
    reason: textSchema('改派理由', 200, 2),
  }),
  output: reportDetailSchema,
})

export const rateReport = defineAction({ functionName: fn, action: 'rateReport', input: ratingInputSchema, output: reportDetailSchema })
export const reopenReport = defineAction({
  functionName: fn,
  action: 'reopenReport',
  input: reportRefSchema.extend({ reason: textSchema('重新打开的原因', 500, 2) }),
  output: reportDetailSchema,
})

/** Timer: SLA escalation and the one rating reminder, in one action (one trigger per function). */
export const checkSla = defineAction({
  functionName: fn,
  action: 'checkSla',
  input: z.object({}),
  output: z.object({
    firstResponseBreaches: z.number().int(),
    resolutionBreaches: z.number().int(),
    ratingReminders: z.number().int(),
    /** Reports within the legal-deadline margin still unassigned or unanswered, raised to staff. */
    deadlineEscalations: z.number().int(),
  }),
})

/** Staff or the current assignee reveal the reporting liaison's mobile to call them; audited. */
export const revealLiaisonContact = defineAction({
  functionName: fn,
  action: 'revealLiaisonContact',
  input: reportRefSchema,
  output: revealedContactSchema,
})

/** Any party of the report: links to its attachments that expire after a few minutes. */
export const getAttachmentLinks = defineAction({
  functionName: fn,
  action: 'getAttachmentLinks',
  input: reportRefSchema,
  output: attachmentLinksSchema,
})
