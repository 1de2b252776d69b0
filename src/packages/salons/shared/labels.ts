import { REGISTRATION_STATUS_LABELS, type RegistrationStatus, type SessionSummary } from '../../../../types/salons/schemas'
import { formatShanghai, inShanghai } from '../../../../types/time'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** "11月28日（周六）09:30–12:00", in Asia/Shanghai. */
export function sessionTimeText(startsAt: string, endsAt: string): string {
  const start = inShanghai(startsAt)
  return `${start.format('M月D日')}（周${WEEKDAYS[start.day()]}）${start.format('HH:mm')}–${formatShanghai(endsAt, 'HH:mm')}`
}

/** Seats left in words: never a colour alone. */
export function seatsText(s: Pick<SessionSummary, 'seatsLeft' | 'waiting'>): string {
  if (s.seatsLeft > 0) return `剩余 ${s.seatsLeft} 席`
  return s.waiting > 0 ? `已满 · ${s.waiting} 人候补` : '已满 · 可候补'
}

export const STATUS_TAG: Record<RegistrationStatus, string> = {
  confirmed: 'tag tag--green',
  held: 'tag tag--orange',
  waiting: 'tag tag--blue',
  cancelled: 'tag',
  left: 'tag',
  expired: 'tag',
  void: 'tag tag--red',
}

export function statusLabel(status: RegistrationStatus): string {
  return REGISTRATION_STATUS_LABELS[status]
}
