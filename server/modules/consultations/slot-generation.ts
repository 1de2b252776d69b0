import type { AvailabilityRules } from '../../../types/consultations/availability'
import { dayjs, inShanghai, SHANGHAI } from '../../../types/time'

/** The working calendar as slot generation needs it (Asia/Shanghai calendar dates, YYYY-MM-DD). */
export interface CalendarView {
  isHoliday(date: string): boolean
  /** A weekend day that is a working day (调休上班). */
  isMakeupWorkday(date: string): boolean
}

/** A taken interval of the provider (a confirmed booking), UTC instants. */
export interface BusyInterval {
  startAt: string
  endAt: string
  /** Its Shanghai date when already known (stored on bookings), else derived from startAt. */
  day?: string
}

export interface Slot {
  startAt: string
  endAt: string
}

export interface SlotQuery {
  rules: AvailabilityRules
  now: Date
  calendar: CalendarView
  /** The provider's confirmed bookings (any range; only overlaps and per-day counts matter). */
  busy: readonly BusyInterval[]
  /** Narrows the window (never widens it past minimum notice and horizon). */
  from?: Date
  until?: Date
  /** Stop after this many slots (next-free-slot queries). */
  limit?: number
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** The weekday whose hours a make-up working day uses. */
const MAKEUP_DAY_WEEKDAY = 1

const shanghaiDate = (ms: number) => inShanghai(ms).format('YYYY-MM-DD')

interface DayInfo {
  /** The instant the Shanghai date begins. */
  start: number
  weekday: number
  next: string
  /** 24 hours long, so no UTC-offset change inside it: a time of day is start + minutes. */
  uniform: boolean
}

/**
 * Calendar facts of one Shanghai date, from the timezone database, memoised: zone conversions
 * dominated the booking path's CPU time (measured with bench:booking), and dates repeat.
 */
const dayCache = new Map<string, DayInfo>()
function dayInfo(date: string): DayInfo {
  const cached = dayCache.get(date)
  if (cached) return cached
  const start = dayjs.tz(date, SHANGHAI)
  const nextStart = start.add(1, 'day')
  const info = { start: start.valueOf(), weekday: start.day(), next: nextStart.format('YYYY-MM-DD'), uniform: nextStart.valueOf() - start.valueOf() === DAY }
  if (dayCache.size > 5000) dayCache.clear()
  dayCache.set(date, info)
  return info
}

/** The instant of wall-clock `time` ("HH:mm") on a Shanghai date; through the zone database on a day whose offset changes. */
function at(date: string, time: string): number {
  const info = dayInfo(date)
  if (!info.uniform) return dayjs.tz(`${date} ${time}`, SHANGHAI).valueOf()
  return info.start + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * MINUTE
}

/** The opening hours of one Shanghai calendar date, as [start, end) epoch-ms ranges. */
export function openingRanges(rules: AvailabilityRules, date: string, calendar: CalendarView): Array<[number, number]> {
  const exceptions = rules.exceptions.filter((e) => e.date === date)
  const dayOff = exceptions.some((e) => e.kind === 'off')
  let weekday = dayInfo(date).weekday
  let weeklyApplies = !dayOff
  if (rules.followWorkingCalendar) {
    if (calendar.isMakeupWorkday(date)) weekday = MAKEUP_DAY_WEEKDAY
    else if (calendar.isHoliday(date)) weeklyApplies = false
  }
  const ranges: Array<[number, number]> = []
  if (weeklyApplies) {
    for (const rule of rules.weekly) if (rule.weekday === weekday) ranges.push([at(date, rule.start), at(date, rule.end)])
  }
  for (const e of exceptions) if (e.kind === 'extra') ranges.push([at(date, e.start), at(date, e.end)])
  return ranges.sort((a, b) => a[0] - b[0])
}

/**
 * Free slots of one provider, earliest first: slots of `slotMinutes` laid out from the start of
 * each opening range with `bufferMinutes` between them, starting no earlier than now + minimum
 * notice and no later than now + horizon, not within a buffer of a confirmed booking, on days
 * below the daily cap. Pure: the same query always gives the same slots.
 */
export function generateSlots(query: SlotQuery): Slot[] {
  const { rules, now, calendar, busy } = query
  const slotMs = rules.slotMinutes * MINUTE
  const bufferMs = rules.bufferMinutes * MINUTE
  const earliest = Math.max(now.getTime() + rules.minNoticeHours * HOUR, query.from?.getTime() ?? -Infinity)
  const latest = Math.min(now.getTime() + rules.horizonDays * DAY, query.until?.getTime() ?? Infinity)
  if (earliest > latest) return []

  const busyMs = busy.map((b) => [Date.parse(b.startAt), Date.parse(b.endAt)] as const)
  const perDay = new Map<string, number>()
  for (const b of busy) {
    const day = b.day ?? shanghaiDate(Date.parse(b.startAt))
    perDay.set(day, (perDay.get(day) ?? 0) + 1)
  }

  const slots: Slot[] = []
  const seen = new Set<number>()
  const lastDate = shanghaiDate(latest)
  for (let date = shanghaiDate(earliest); date <= lastDate; date = dayInfo(date).next) {
    if ((perDay.get(date) ?? 0) >= rules.dailyCap) continue
    for (const [open, close] of openingRanges(rules, date, calendar)) {
      for (let start = open; start + slotMs <= close; start += slotMs + bufferMs) {
        if (start < earliest || start > latest || seen.has(start)) continue
        const end = start + slotMs
        if (busyMs.some(([bs, be]) => start < be + bufferMs && end > bs - bufferMs)) continue
        seen.add(start)
        slots.push({ startAt: new Date(start).toISOString(), endAt: new Date(end).toISOString() })
      }
    }
    if (query.limit !== undefined && slots.length >= query.limit) break
  }
  slots.sort((a, b) => a.startAt.localeCompare(b.startAt))
  return query.limit === undefined ? slots : slots.slice(0, query.limit)
}

/** Whether `startAt` is one of the provider's free slots right now (the booking's own check). */
export function findSlot(query: SlotQuery, startAt: string): Slot | null {
  const target = Date.parse(startAt)
  const day = shanghaiDate(target)
  const from = dayInfo(day).start
  const slots = generateSlots({ ...query, from: new Date(Math.max(from, query.from?.getTime() ?? from)), until: new Date(target) })
  return slots.find((s) => Date.parse(s.startAt) === target) ?? null
}

export type SlotRefusal = 'day_full' | 'not_offered'

/**
 * Why `startAt` is not a free slot, for the message: its day reached the daily cap, or it is not
 * offered at all (off the grid, past, inside the notice, beyond the horizon, overlapping).
 */
export function refusalFor(query: SlotQuery, startAt: string): SlotRefusal {
  const uncapped = { ...query, rules: { ...query.rules, dailyCap: Number.MAX_SAFE_INTEGER } }
  return findSlot(uncapped, startAt) ? 'day_full' : 'not_offered'
}
