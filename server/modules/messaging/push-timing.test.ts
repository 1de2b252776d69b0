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

  it('legal-deadline reminders go at night only in the last three days', () => {
    for (const urgency of URGENCIES) {
      expect(pushesAtOnce('report_status_changed', 'deadline_ahead', urgency)).toBe(false)
      expect(pushesAtOnce('report_status_changed', 'deadline_close', urgency)).toBe(true)
    }
  })

  it('application decisions wait; takeover warnings (join request, objection, new liaison) do not', () => {
    expect(pushesAtOnce('application_reviewed', 'decision')).toBe(false)
    expect(pushesAtOnce('application_reviewed', 'proof_request')).toBe(false)
    expect(pushesAtOnce('application_reviewed', 'enterprise_edited')).toBe(false)
    expect(pushesAtOnce('application_reviewed', 'membership_alert')).toBe(true)
  })

  it('only 紧急预警 alerts go at night', () => {
    expect(pushesAtOnce('alert_published', 'alert', alertUrgency('urgent'))).toBe(true)
    expect(pushesAtOnce('alert_published', 'alert', alertUrgency('warning'))).toBe(false)
    expect(pushesAtOnce('alert_published', 'alert', alertUrgency(null))).toBe(false)
  })

  it('a blocked scheduled alert reaches staff as the alert itself would have: at night only for 紧急预警', () => {
    expect(pushesAtOnce('alert_published', 'publication_blocked', alertUrgency('urgent'))).toBe(true)
    expect(pushesAtOnce('alert_published', 'publication_blocked', alertUrgency('info'))).toBe(false)
  })

  it('consultations: confirmations, changes and the hour-before reminder go at once; the day-before reminder waits', () => {
    expect(pushesAtOnce('consultation_booked', 'confirmation')).toBe(true)
    expect(pushesAtOnce('consultation_changed', 'change')).toBe(true)
    expect(pushesAtOnce('consultation_reminder', 'hour_before')).toBe(true)
    expect(pushesAtOnce('consultation_reminder', 'day_before')).toBe(false)
  })

  it('salons: an offered seat, a moved or cancelled session go at once; other news and reminders wait', () => {
    expect(pushesAtOnce('salon_status_changed', 'seat_offered')).toBe(true)
    expect(pushesAtOnce('salon_status_changed', 'session_changed')).toBe(true)
    expect(pushesAtOnce('salon_status_changed', 'session_cancelled')).toBe(true)
    expect(pushesAtOnce('salon_status_changed', 'status')).toBe(false)
    expect(pushesAtOnce('salon_reminder', 'reminder')).toBe(false)
  })

  it('a row the table does not have is a programming error, not a silent default', () => {
    // Casts stand in for a caller outside the type system (e.g. a value read from a record).
    expect(() => pushesAtOnce('salon_reminder', 'hour_before' as 'reminder')).toThrow(/no row salon_reminder × hour_before/)
    expect(() => pushesAtOnce('alert_published', 'toString' as 'alert')).toThrow(RangeError)
  })
})
