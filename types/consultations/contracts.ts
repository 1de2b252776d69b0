import * as z from 'zod'
import { ipTypeSchema } from '../catalog/ip-types'
import { regionCodeSchema } from '../catalog/regions'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, pageInputSchema, pageOf, textSchema } from '../common'
import { defineAction } from '../contract'
import { FUNCTION_NAMES } from '../function-names'
import { availabilityRulesSchema, calendarDateSchema, providerKindSchema, providerRefSchema } from './availability'
import {
  availabilityViewSchema,
  bookingInputSchema,
  bookingPartySchema,
  bookingRefSchema,
  bookingSchema,
  bookingScopeSchema,
  bookingStatusSchema,
  cancelInputSchema,
  providerCardSchema,
  providerSummarySchema,
  rateInputSchema,
  slotSchema,
} from './schemas'

const fn = FUNCTION_NAMES.consultations
const bookingList = z.object({ items: z.array(bookingSchema) })

/** A provider's own availability (no `provider`), or any provider's for staff. */
export const getAvailability = defineAction({
  functionName: fn,
  action: 'getAvailability',
  input: z.object({ provider: providerRefSchema.optional() }),
  output: availabilityViewSchema,
})
export const saveAvailability = defineAction({
  functionName: fn,
  action: 'saveAvailability',
  input: z.object({ provider: providerRefSchema.optional(), rules: availabilityRulesSchema }),
  output: availabilityViewSchema,
})

/** Providers taking bookings, filtered, each with its next free slot (soonest first). */
export const listProviders = defineAction({
  functionName: fn,
  action: 'listProviders',
  input: z.object({
    topic: serviceTypeSchema.optional(),
    ipType: ipTypeSchema.optional(),
    country: regionCodeSchema.optional(),
    kind: providerKindSchema.optional(),
  }),
  output: z.object({ items: z.array(providerCardSchema) }),
})
export const listSlots = defineAction({
  functionName: fn,
  action: 'listSlots',
  input: z.object({ provider: providerRefSchema, from: calendarDateSchema.optional(), days: z.number().int().min(1).max(31).default(14) }),
  output: z.object({ provider: providerSummarySchema, card: providerCardSchema, slots: z.array(slotSchema) }),
})

/** Liaison of a verified enterprise; the same idempotency key returns the same booking. */
export const bookConsultation = defineAction({ functionName: fn, action: 'bookConsultation', input: bookingInputSchema, output: bookingSchema })
/** The enterprise (before the cutoff) or staff; claims the new slot before releasing the old one. */
export const rescheduleBooking = defineAction({
  functionName: fn,
  action: 'rescheduleBooking',
  input: bookingRefSchema.extend({ startAt: z.iso.datetime(), reason: z.string().trim().max(200).nullable().default(null) }),
  output: bookingSchema,
})
/** The enterprise (before the cutoff), the provider or staff (both with a reason). */
export const cancelBooking = defineAction({ functionName: fn, action: 'cancelBooking', input: cancelInputSchema, output: bookingSchema })
/** With the caller's parts in it, so the page offers only what the caller may do. */
export const getBooking = defineAction({
  functionName: fn,
  action: 'getBooking',
  input: bookingRefSchema,
  output: bookingSchema.extend({ viewer: z.array(bookingPartySchema) }),
})

export const listMyBookings = defineAction({ functionName: fn, action: 'listMyBookings', input: z.object({ scope: bookingScopeSchema }), output: bookingList })
export const listProviderBookings = defineAction({
  functionName: fn,
  action: 'listProviderBookings',
  input: z.object({ scope: bookingScopeSchema }),
  output: bookingList,
})
export const listAllBookings = defineAction({
  functionName: fn,
  action: 'listAllBookings',
  input: pageInputSchema.extend({
    providerId: idSchema.optional(),
    date: calendarDateSchema.optional(),
    status: bookingStatusSchema.optional(),
  }),
  output: pageOf(bookingSchema),
})

export const markAttendance = defineAction({
  functionName: fn,
  action: 'markAttendance',
  input: bookingRefSchema.extend({ attended: z.boolean() }),
  output: bookingSchema,
})
export const recordOutcome = defineAction({
  functionName: fn,
  action: 'recordOutcome',
  input: bookingRefSchema.extend({ note: textSchema('咨询小结', 500, 2) }),
  output: bookingSchema,
})
export const rateBooking = defineAction({ functionName: fn, action: 'rateBooking', input: rateInputSchema, output: bookingSchema })

/** Timer: ended bookings stop counting against their enterprise's open-booking limit; abandoned slot claims are swept. */
export const releaseEndedBookings = defineAction({
  functionName: fn,
  action: 'releaseEndedBookings',
  input: z.object({}),
  output: z.object({ released: z.number().int().min(0), abandonedClaims: z.number().int().min(0) }),
})
