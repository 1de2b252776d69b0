import { scheduleAlert } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { scheduleAlert as schedule } from '../schedule-alert'

export const scheduleAlertHandler = defineHandler({
  contract: scheduleAlert,
  access: CURATOR_ROLES,
  async handle({ contentId, publishAt }, { runtime, caller, now }) {
    return schedule(runtime.store, caller, contentId, new Date(publishAt), now)
  },
})
