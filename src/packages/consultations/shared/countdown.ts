import { formatShanghai } from '../../../../types/time'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "还有 2 天 3 小时" / "还有 45 分钟" / "进行中" / "已结束", from two instants (no device zone involved). */
export function countdownText(now: number, startAt: string, endAt: string): string {
  const start = Date.parse(startAt)
  const end = Date.parse(endAt)
  if (now >= end) return '已结束'
  if (now >= start) return '进行中'
  const left = start - now
  if (left >= DAY) {
    const days = Math.floor(left / DAY)
    const hours = Math.floor((left % DAY) / HOUR)
    return hours > 0 ? `还有 ${days} 天 ${hours} 小时` : `还有 ${days} 天`
  }
  if (left >= HOUR) {
    const hours = Math.floor(left / HOUR)
    const minutes = Math.floor((left % HOUR) / MINUTE)
    return minutes > 0 ? `还有 ${hours} 小时 ${minutes} 分钟` : `还有 ${hours} 小时`
  }
  return `还有 ${Math.max(1, Math.ceil(left / MINUTE))} 分钟`
}

/** "11月26日 周四 09:00–10:00", Asia/Shanghai. */
export function slotText(startAt: string, endAt: string): string {
  const weekday = '日一二三四五六'[Number(formatShanghai(startAt, 'd'))]
  return `${formatShanghai(startAt, 'M月D日')} 周${weekday} ${formatShanghai(startAt, 'HH:mm')}–${formatShanghai(endAt, 'HH:mm')}`
}

/** Slots grouped by Shanghai date, in order, for the picker. */
export function groupByDay<T extends { startAt: string }>(slots: readonly T[]): Array<{ day: string; label: string; slots: T[] }> {
  const groups = new Map<string, T[]>()
  for (const slot of slots) {
    const day = formatShanghai(slot.startAt, 'YYYY-MM-DD')
    groups.set(day, [...(groups.get(day) ?? []), slot])
  }
  return [...groups].map(([day, daySlots]) => ({
    day,
    label: `${formatShanghai(daySlots[0].startAt, 'M月D日')} 周${'日一二三四五六'[Number(formatShanghai(daySlots[0].startAt, 'd'))]}`,
    slots: daySlots,
  }))
}
