import Taro from '@tarojs/taro'

/** The calendar form as typed; kept in storage until saved, so leaving the page loses nothing. */
export interface CalendarDraft {
  year: string
  noticeText: string
  holidays: string
  makeupWorkdays: string
  /** True once the dates came from the notice text (the saved source says so). */
  fromNotice: boolean
}

const KEY = 'working-calendar-draft'

export function emptyCalendarDraft(year: number): CalendarDraft {
  return { year: String(year), noticeText: '', holidays: '', makeupWorkdays: '', fromNotice: false }
}

export function loadCalendarDraft(): CalendarDraft | null {
  const stored: unknown = Taro.getStorageSync(KEY)
  if (!stored || typeof stored !== 'object') return null
  const get = (key: string) => (key in stored ? (stored as Record<string, unknown>)[key] : undefined)
  const text = (key: string) => (typeof get(key) === 'string' ? (get(key) as string) : '')
  return { year: text('year'), noticeText: text('noticeText'), holidays: text('holidays'), makeupWorkdays: text('makeupWorkdays'), fromNotice: get('fromNotice') === true }
}

export function saveCalendarDraft(draft: CalendarDraft): void {
  Taro.setStorageSync(KEY, draft)
}

export function clearCalendarDraft(): void {
  Taro.removeStorageSync(KEY)
}

/** Dates typed one per line, or separated by commas, spaces or 、. */
export function splitDates(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((d) => d.trim())
    .filter(Boolean)
}
