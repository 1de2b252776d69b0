import { previewHolidayNotice as contract } from '../../../../types/calendar/contracts'
import { defineHandler } from '../../../core/define-handler'
import { parseHolidayNotice } from '../parse-holiday-notice'

export const previewHolidayNoticeHandler = defineHandler({
  contract,
  access: ['staff', 'admin'],
  async handle(input) {
    return parseHolidayNotice(input.text, input.year)
  },
})
