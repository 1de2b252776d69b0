import { getAvailability } from '../../../../types/consultations/contracts'
import { defineHandler } from '../../../core/define-handler'
import * as service from '../availability-service'

const PROVIDERS_AND_STAFF = ['expert', 'agency', 'staff', 'admin'] as const

export const getAvailabilityHandler = defineHandler({
  contract: getAvailability,
  access: PROVIDERS_AND_STAFF,
  handle: (input, { runtime, caller }) => service.getAvailability(runtime.store, caller, input.provider),
})
