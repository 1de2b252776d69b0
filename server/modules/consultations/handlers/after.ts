import { markAttendance, rateBooking, recordOutcome } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as after from '../after-consultation'
import { toBookingView } from '../booking-view'

export const markAttendanceHandler = defineHandler({
  contract: markAttendance,
  access: 'signed-in',
  handle: async (input, { runtime, caller, now }) => toBookingView(await after.markAttendance(runtime.store, caller, input, now)),
})

export const recordOutcomeHandler = defineHandler({
  contract: recordOutcome,
  access: ['expert', 'agency'],
  handle: async (input, { runtime, caller, now }) => toBookingView(await after.recordOutcome(runtime.store, caller, input, now)),
})

export const rateBookingHandler = defineHandler({
  contract: rateBooking,
  access: ['liaison'],
  handle: async (input, { runtime, caller, now }) => toBookingView(await after.rateBooking(runtime.store, caller, input, now)),
})
