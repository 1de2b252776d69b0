import { saveAvailability } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as service from '../availability-service'

const PROVIDERS_AND_STAFF = ['expert', 'agency', 'staff', 'admin'] as const

export const saveAvailabilityHandler = defineHandler({
  contract: saveAvailability,
  access: PROVIDERS_AND_STAFF,
  handle: (input, { runtime, caller, now }) => service.saveAvailability(runtime.store, caller, input.provider, input.rules, now),
})
