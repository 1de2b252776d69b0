import * as z from 'zod'

/**
 * A booking's status on its own, so contracts that only show it (the workbench's enterprise
 * activity) do not build every consultation schema at their function's cold start.
 */
export const BOOKING_STATUSES = ['confirmed', 'cancelled', 'attended', 'no_show'] as const
export const bookingStatusSchema = z.enum(BOOKING_STATUSES)
export type BookingStatus = z.infer<typeof bookingStatusSchema>
