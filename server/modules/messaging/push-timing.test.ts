import { TEMPLATE_KEYS } from '../../../types/messaging/schemas'
import { URGENCIES } from '../../../types/reports/schemas'
import { alertUrgency, PUSH_TIMING_TABLE, pushesAtOnce } from './push-timing'

describe('push timing: the one urgency table', () => {
  it('has a row for every template the product sends, and a column for every case urgency', () => {
    expect(Object.keys(PUSH_TIMING_TABLE).sort()).toEqual([...TEMPLATE_KEYS].sort())
    for (const rows of Object.values(PUSH_TIMING_TABLE)) {
      for (const columns of Object.values(rows)) expect(Object.keys(columns).sort()).toEqual([...URGENCIES].sort())
    }
  })

  it('case progress of any kind follows the case urgency alike', () => {
    expect(pushesAtOnce('report_status_changed', 'progress', 'normal')).toBe(false)
    expect(pushesAtOnce('report_status_changed', 'progress', 'urgent')).toBe(true)
    expect(pushesAtOnce('report_status_changed', 'progress', 'critical')).toBe(true)
  })

  it('escalations to staff always go at once; courtesy reminders never wake anyone', () => {
    for (const urgency of URGENCIES) {
      expect(pushesAtOnce('report_status_changed', 'escalation', urgency)).toBe(true)
      expect(pushesAtOnce('report_status_changed', 'reminder', urgency)).toBe(false)
    }
  })

  it('application decisions wait; only 紧急预警 alerts go at night', () => {
    expect(pushesAtOnce('application_reviewed', 'decision', 'normal')).toBe(false)
    expect(pushesAtOnce('alert_published', 'alert', alertUrgency('urgent'))).toBe(true)
    expect(pushesAtOnce('alert_published', 'alert', alertUrgency('warning'))).toBe(false)
    expect(pushesAtOnce('alert_published', 'alert', alertUrgency(null))).toBe(false)
  })
})
