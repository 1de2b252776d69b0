import { getAlertDeliveryStats } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { alertDeliveryStats } from '../alert-delivery-stats'

export const getAlertDeliveryStatsHandler = defineHandler({
  contract: getAlertDeliveryStats,
  access: CURATOR_ROLES,
  async handle({ contentId }, { runtime }) {
    return alertDeliveryStats(runtime.store, contentId)
  },
})
