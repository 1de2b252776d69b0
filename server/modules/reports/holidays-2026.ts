/**
 * Public holidays and 调休 make-up working days of 2026 in mainland China, as data (国务院办公厅
 * 关于2026年部分节假日安排的通知). Dates are Asia/Shanghai calendar days. Add next year's list as a
 * new file when the State Council publishes it; a year without a list counts weekends only.
 */
export const HOLIDAYS_2026: readonly string[] = [
  // 元旦
  '2026-01-01', '2026-01-02', '2026-01-03',
  // 春节
  '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
  // 清明节
  '2026-04-04', '2026-04-05', '2026-04-06',
  // 劳动节
  '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
  // 端午节
  '2026-06-19', '2026-06-20', '2026-06-21',
  // 中秋节
  '2026-09-25', '2026-09-26', '2026-09-27',
  // 国庆节
  '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
]

/** Weekend days that are working days (调休上班). */
export const MAKEUP_WORKDAYS_2026: readonly string[] = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']

export interface WorkingCalendar {
  holidays: ReadonlySet<string>
  makeupWorkdays: ReadonlySet<string>
}

export const CALENDAR_2026: WorkingCalendar = {
  holidays: new Set(HOLIDAYS_2026),
  makeupWorkdays: new Set(MAKEUP_WORKDAYS_2026),
}
