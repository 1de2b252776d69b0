import { listSlots } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listProviderSlots } from '../browse-providers'
import { workingCalendar } from '../working-calendar'

export const listSlotsHandler = defineHandler({
  contract: listSlots,
  access: 'signed-in',
  handle: async (input, { runtime, now }) => listProviderSlots(runtime.store, input.provider, { from: input.from, days: input.days }, now, await workingCalendar(runtime.store, now)),
})
