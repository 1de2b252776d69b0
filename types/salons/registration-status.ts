import * as z from 'zod'

/**
 * One attendee seat's life. confirmed / held / waiting are active (they count against the
 * per-enterprise limit); held = a freed seat offered to the first in line until holdExpiresAt.
 * On its own so contracts that only show it (the workbench's enterprise activity) do not build
 * every salon schema at their function's cold start.
 */
export const REGISTRATION_STATUSES = ['confirmed', 'held', 'waiting', 'cancelled', 'left', 'expired', 'void'] as const
export const registrationStatusSchema = z.enum(REGISTRATION_STATUSES)
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>
