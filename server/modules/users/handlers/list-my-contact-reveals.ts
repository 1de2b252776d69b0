import { listMyContactReveals } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { revealsOf } from '../contact-reveals'

export const listMyContactRevealsHandler = defineHandler({
  contract: listMyContactReveals,
  access: 'signed-in',
  async handle(_input, { runtime, caller }) {
    return revealsOf(runtime.store, caller.userId)
  },
})
