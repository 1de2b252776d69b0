import { listAlertSchedules } from '../../../../types/alerts/contracts'
import { defineHandler } from '../../../core/define-handler'
import { CURATOR_ROLES } from '../../shared/curator-roles'
import { dispatchRepository } from '../dispatch-repository'
import { toAlertSchedule } from '../schedule-alert'

export const listAlertSchedulesHandler = defineHandler({
  contract: listAlertSchedules,
  access: CURATOR_ROLES,
  async handle({ state, page, pageSize }, { runtime }) {
    const { items, total } = await dispatchRepository(runtime.store).page(state, page, pageSize)
    return { items: items.map(toAlertSchedule), total, page, pageSize }
  },
})
