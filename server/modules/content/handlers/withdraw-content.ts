import { withdrawContent } from '../../../../types/content/contracts'
import { defineHandler } from '../../../core/define-handler'
import { stopAlertDeliveries } from '../../alerts/stop-alert-deliveries'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { toContentView } from '../content-view'
import { withdrawContent as withdraw } from '../withdraw-content'

export const withdrawContentHandler = defineHandler({
  contract: withdrawContent,
  access: CURATOR_ROLES,
  async handle(input, { runtime, caller, now }) {
    const withdrawn = await withdraw(runtime.store, caller.userId, input, now)
    // After the withdrawal commits, cancel its pending sends at once rather than at the next
    // alerts tick; the tick still reconciles anything this misses (e.g. a crash right here).
    await stopAlertDeliveries(runtime.store, withdrawn._id, now)
    return toContentView(withdrawn)
  },
})
