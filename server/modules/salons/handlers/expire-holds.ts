import { expireHolds as contract } from '../../../../types/salons/contracts'
import { defineHandler } from '../../../core/define-handler'
import { expireHolds as runExpiry } from '../registration-changes'

export const expireHoldsHandler = defineHandler({
  contract,
  access: 'timer',
  async handle(_input, { runtime, now }) {
    return runExpiry(runtime.store, now)
  },
})
