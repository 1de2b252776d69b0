import { formatShanghai } from '../../types/time'
import type { BookingChange, BookingHooks } from '../modules/consultations/booking-hooks'
import { appendLinkedEvent } from '../modules/reports/linked-events'

function textOf({ booking, action, fromStartAt, reason }: BookingChange): string {
  const who = booking.providerName
  if (action === 'booked') return `已预约咨询：${who} ${formatShanghai(booking.startAt)}`
  if (action === 'rescheduled') return `咨询已改期：${who} ${fromStartAt ? `${formatShanghai(fromStartAt)} 改为 ` : ''}${formatShanghai(booking.startAt)}`
  return `咨询已取消：${who} ${formatShanghai(booking.startAt)}${reason ? `（${reason}）` : ''}`
}

/**
 * Consultations → reports, connected here rather than by consultations importing the timeline
 * writer: a booking linked to a report shows on that report's timeline when it is made, moved or
 * cancelled. Keyed by booking id and version, so a retried booking adds no second entry.
 */
export const consultationReportHooks: BookingHooks = {
  onBookingChanged: async (store, change, now) => {
    const { booking } = change
    if (!booking.reportId) return
    const by = booking.history.at(-1)?.by
    await appendLinkedEvent(
      store,
      {
        reportId: booking.reportId,
        sourceKey: `${booking._id}_v${booking.version}`,
        type: 'consultation',
        text: textOf(change),
        actorUserId: change.actorUserId,
        actorRole: by === 'enterprise' ? 'enterprise' : by === 'staff' ? 'staff' : 'system',
      },
      now,
    )
  },
}
