import { listProviders } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import { listProviderCards } from '../browse-providers'
import { workingCalendar } from '../working-calendar'

/** Anyone signed in may browse who takes consultations and when (booking needs a verified enterprise). */
export const listProvidersHandler = defineHandler({
  contract: listProviders,
  access: 'signed-in',
  handle: async (input, { runtime, now }) => ({ items: await listProviderCards(runtime.store, input, now, await workingCalendar(runtime.store, now)) }),
})
