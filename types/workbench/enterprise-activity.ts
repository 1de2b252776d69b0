import * as z from 'zod'
import { serviceTypeSchema } from '../catalog/service-types'
import { idSchema, instantSchema } from '../common'
import { bookingStatusSchema } from '../consultations/booking-status'
import { registrationStatusSchema } from '../salons/registration-status'

/** One consultation an enterprise booked, as the workbench's enterprise page lists it. */
export const enterpriseConsultationSchema = z.object({
  bookingId: idSchema,
  providerName: z.string(),
  topic: serviceTypeSchema,
  startAt: instantSchema,
  status: bookingStatusSchema,
  rating: z.number().nullable(),
  reportId: idSchema.nullable(),
})

/** The enterprise's consultations: counts by outcome over all its bookings, and the latest ones. */
export const enterpriseConsultationsSchema = z.object({
  total: z.number().int().min(0),
  held: z.number().int().min(0),
  noShows: z.number().int().min(0),
  cancelled: z.number().int().min(0),
  /** Booked and not yet marked (upcoming, or awaiting the provider's mark). */
  booked: z.number().int().min(0),
  ratingCount: z.number().int().min(0),
  ratingAverage: z.number().nullable(),
  latest: z.array(enterpriseConsultationSchema),
})

/** One seat (or place in line) a person of the enterprise took at a salon. */
export const enterpriseSalonRegistrationSchema = z.object({
  registrationId: idSchema,
  sessionId: idSchema,
  /** Null when the session record is gone. */
  sessionTitle: z.string().nullable(),
  startsAt: instantSchema.nullable(),
  attendeeName: z.string(),
  status: registrationStatusSchema,
  checkedIn: z.boolean(),
})

/**
 * Salon attendance: of the enterprise's confirmed seats at published sessions that have started,
 * how many were checked in (the same definitions as the dashboard's salon tile).
 */
export const enterpriseSalonsSchema = z.object({
  sessionsAttended: z.number().int().min(0),
  registrations: z.number().int().min(0),
  attended: z.number().int().min(0),
  attendanceRate: z.number().nullable(),
  /** Confirmed seats at sessions still to come (not in the rate). */
  upcoming: z.number().int().min(0),
  latest: z.array(enterpriseSalonRegistrationSchema),
})
export type EnterpriseConsultations = z.infer<typeof enterpriseConsultationsSchema>
export type EnterpriseSalons = z.infer<typeof enterpriseSalonsSchema>

/** How many of each the enterprise page lists (newest first); the counts cover everything. */
export const OVERVIEW_LATEST = 50
