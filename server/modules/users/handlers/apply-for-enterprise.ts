import { applyForEnterprise } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { applyForEnterprise as apply } from '../apply-for-enterprise'
import { toApplicationView } from '../application-view'

export const applyForEnterpriseHandler = defineHandler({
  contract: applyForEnterprise,
  access: 'signed-in',
  async handle(input, { runtime, caller, now }) {
    return toApplicationView(await apply(runtime.store, caller, input, now))
  },
})
