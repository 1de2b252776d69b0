import { dayjs } from '../../../types/time'

export interface ParsedNotice {
  holidays: string[]
  makeupWorkdays: string[]
  /** Chinese, one per problem: a notice with problems is shown to staff, never saved as is. */
  problems: string[]
}

/** A date as the notices write it: optional year, optional month (inherited), day, optional (weekday). */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\([^)]*\))?/g

function normalise(text: string): string {
  return text
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/，/g, ',')
    .replace(/\s+/g, '')
}

function iso(year: number, month: number, day: number): string | null {
  const d = dayjs.utc(Date.UTC(year, month - 1, day))
  return d.month() === month - 1 && d.date() === day ? d.format('YYYY-MM-DD') : null
}

function datesIn(sentence: string, year: number): { dates: string[]; bad: string[] } {
  const dates: string[] = []
  const bad: string[] = []
  let month: number | null = null
  let inYear = year
  for (const m of sentence.matchAll(DATE)) {
    if (m[1]) inYear = Number(m[1])
    if (m[2]) month = Number(m[2])
    if (month === null) {
      bad.push(m[0])
      continue
    }
    const date = iso(inYear, month, Number(m[3]))
    if (date) dates.push(date)
    else bad.push(m[0])
  }
  return { dates, bad }
}

function daysFrom(first: string, last: string): string[] {
  const days: string[] = []
  for (let d = dayjs.utc(first); !d.isAfter(dayjs.utc(last)) && days.length < 40; d = d.add(1, 'day')) days.push(d.format('YYYY-MM-DD'))
  return days
}

/**
 * Reads the dates out of the State Council's annual notice (国务院办公厅关于YYYY年部分节假日安排的通知),
 * item by item: "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。" A range
 * before 放假 gives days off (checked against 共N天 when given); the dates of a sentence ending in
 * 上班 are make-up working days (they must fall on a weekend). Staff confirm the result before saving.
 */
export function parseHolidayNotice(text: string, year: number): ParsedNotice {
  const holidays = new Set<string>()
  const makeup = new Set<string>()
  const problems: string[] = []
  const items = normalise(text)
    .split(/(?<=^|。)(?=[一二三四五六七八九十]+、)/)
    .filter((item) => /^[一二三四五六七八九十]+、[^:]{1,12}:/.test(item))
  for (const item of items) {
    const name = item.slice(item.indexOf('、') + 1, item.indexOf(':'))
    for (const sentence of item.slice(item.indexOf(':') + 1).split('。').filter(Boolean)) {
      const { dates, bad } = datesIn(sentence, year)
      for (const b of bad) problems.push(`${name}：无法识别日期“${b}”`)
      if (sentence.includes('上班')) {
        for (const d of dates) makeup.add(d)
      } else if (sentence.includes('放假') && dates.length > 0) {
        const first = dates[0] as string
        const last = sentence.includes('至') ? (dates[1] ?? first) : first
        const range = daysFrom(first, last)
        const stated = /共(\d+)天/.exec(sentence)
        if (stated && Number(stated[1]) !== range.length) problems.push(`${name}：写明共${stated[1]}天，但日期范围是${range.length}天`)
        for (const d of range) holidays.add(d)
      }
    }
  }
  for (const d of makeup) {
    const weekday = dayjs.utc(d).day()
    if (weekday !== 0 && weekday !== 6) problems.push(`${d} 不是周末，不能作为调休上班日`)
    if (holidays.has(d)) problems.push(`${d} 同时是放假日和上班日`)
  }
  if (items.length === 0 || holidays.size === 0) problems.push('没有识别到放假安排，请粘贴通知中“一、元旦：……”起的正文')
  return { holidays: [...holidays].sort(), makeupWorkdays: [...makeup].sort(), problems }
}
