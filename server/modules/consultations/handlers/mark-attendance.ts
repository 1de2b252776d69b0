import { markAttendance } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as after from '../after-consultation'
import { toBookingView } from '../booking-view'

export const markAttendanceHandler = defineHandler({
  contract: markAttendance,
  access: 'signed-in',
  handle: async (input, { runtime, caller, now }) => toBookingView(await after.markAttendance(runtime.store, caller, input, now)),
})
