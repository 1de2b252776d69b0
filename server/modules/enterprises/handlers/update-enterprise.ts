import { updateEnterprise } from '../../../../types/users/contracts'
import { defineHandler } from '../../../core/define-handler'
import { toEnterpriseView } from '../../users/application-review'
import { updateEnterprise as update } from '../update-enterprise'

export const updateEnterpriseHandler = defineHandler({
  contract: updateEnterprise,
  access: 'signed-in',
  async handle(input, { runtime, caller, now }) {
    return toEnterpriseView(await update(runtime.store, caller, input, now))
  },
})
