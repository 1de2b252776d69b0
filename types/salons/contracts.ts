import * as z from 'zod'
import { idSchema, instantSchema, pageInputSchema, pageOf, textSchema } from '../common'
import { defineAction } from '../contract'
import { exportFileSchema, transferFormatSchema } from '../directory/transfer-schemas'
import { FUNCTION_NAMES } from '../function-names'
import {
  checkInResultSchema,
  registerInputSchema,
  sessionDetailSchema,
  sessionInputSchema,
  sessionStatsSchema,
  sessionStatusSchema,
  sessionSummarySchema,
  staffAttendeeSchema,
  ticketSchema,
} from './schemas'

const fn = FUNCTION_NAMES.salons
const sessionRef = z.object({ sessionId: idSchema })
const registrationRef = z.object({ registrationId: idSchema })

// ── attendees ──────────────────────────────────────────────────────────────────────────────
/** Published sessions that have not ended, soonest first, with seats left. */
export const listSessions = defineAction({ functionName: fn, action: 'listSessions', input: pageInputSchema, output: pageOf(sessionSummarySchema) })
export const getSession = defineAction({ functionName: fn, action: 'getSession', input: sessionRef, output: sessionDetailSchema })
/** Each named attendee gets a seat if one is free, otherwise a place on the waiting list. */
export const registerForSession = defineAction({
  functionName: fn,
  action: 'registerForSession',
  input: registerInputSchema,
  output: z.object({ registrations: z.array(ticketSchema) }),
})
/** Cancels a seat (until the cutoff), declines an offered seat, or leaves the waiting list (any time). */
export const cancelRegistration = defineAction({ functionName: fn, action: 'cancelRegistration', input: registrationRef, output: ticketSchema })
/** Takes an offered seat before its hold expires. */
export const confirmHold = defineAction({ functionName: fn, action: 'confirmHold', input: registrationRef, output: ticketSchema })
export const getTicket = defineAction({
  functionName: fn,
  action: 'getTicket',
  input: registrationRef,
  output: ticketSchema.extend({ session: sessionDetailSchema.omit({ myRegistrations: true }) }),
})
export const listMyRegistrations = defineAction({
  functionName: fn,
  action: 'listMyRegistrations',
  input: pageInputSchema,
  output: pageOf(ticketSchema.extend({ sessionTitle: z.string(), startsAt: instantSchema })),
})
export const submitFeedback = defineAction({
  functionName: fn,
  action: 'submitFeedback',
  input: registrationRef.extend({
    rating: z.number({ message: '请选择评分' }).int().min(1, { message: '请选择 1–5 分' }).max(5, { message: '请选择 1–5 分' }),
    comment: textSchema('意见建议', 500).nullable().default(null),
  }),
  output: ticketSchema,
})

// ── staff ──────────────────────────────────────────────────────────────────────────────────
export const listStaffSessions = defineAction({
  functionName: fn,
  action: 'listStaffSessions',
  input: pageInputSchema.extend({ status: sessionStatusSchema.optional() }),
  output: pageOf(sessionSummarySchema),
})
export const createSession = defineAction({ functionName: fn, action: 'createSession', input: sessionInputSchema, output: sessionDetailSchema })
/** Registrants are told when the time or place changes. */
export const updateSession = defineAction({
  functionName: fn,
  action: 'updateSession',
  input: sessionInputSchema.extend({ sessionId: idSchema }),
  output: sessionDetailSchema,
})
export const publishSession = defineAction({ functionName: fn, action: 'publishSession', input: sessionRef, output: sessionDetailSchema })
/** Everyone registered or waiting is told; every ticket becomes void. */
export const cancelSession = defineAction({
  functionName: fn,
  action: 'cancelSession',
  input: sessionRef.extend({ reason: textSchema('取消原因', 100, 2) }),
  output: sessionDetailSchema,
})
/** The scanner: a signed ticket code, or a registration picked from a name search. */
export const checkIn = defineAction({
  functionName: fn,
  action: 'checkIn',
  input: sessionRef.extend({ ticketCode: z.string().trim().min(1, { message: '请扫描或输入票码' }).max(200).optional(), registrationId: idSchema.optional() }),
  output: checkInResultSchema,
})
export const searchAttendees = defineAction({
  functionName: fn,
  action: 'searchAttendees',
  input: sessionRef.extend({ name: z.string().trim().max(20).default('') }),
  output: z.object({ items: z.array(staffAttendeeSchema) }),
})
export const getSessionStats = defineAction({ functionName: fn, action: 'getSessionStats', input: sessionRef, output: sessionStatsSchema })
export const exportAttendees = defineAction({
  functionName: fn,
  action: 'exportAttendees',
  input: sessionRef.extend({ format: transferFormatSchema.default('csv') }),
  output: exportFileSchema,
})

// ── timer ──────────────────────────────────────────────────────────────────────────────────
/** Releases expired holds and offers each freed seat to the next in line. */
export const expireHolds = defineAction({
  functionName: fn,
  action: 'expireHolds',
  input: z.object({}),
  output: z.object({ expired: z.number().int(), offered: z.number().int() }),
})
