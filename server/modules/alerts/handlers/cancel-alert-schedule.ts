import { cancelAlertSchedule } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { cancelAlertSchedule as cancel } from '../schedule-alert'

export const cancelAlertScheduleHandler = defineHandler({
  contract: cancelAlertSchedule,
  access: CURATOR_ROLES,
  async handle({ contentId }, { runtime, now }) {
    return { contentId, cancelled: await cancel(runtime.store, contentId, now) }
  },
})
