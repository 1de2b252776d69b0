import { saveCalendarYear as contract } from '../../../../types/calendar/contracts'
import { defineHandler } from '../../../core/define-handler'
import { saveCalendarYear } from '../calendar-admin'

export const saveCalendarYearHandler = defineHandler({
  contract,
  access: ['staff', 'admin'],
  async handle(input, { runtime, caller, now }) {
    return saveCalendarYear(runtime.store, caller, input, now)
  },
})
