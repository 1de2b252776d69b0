import { OFFICIAL_NOTICES } from './official-notices'
import { parseHolidayNotice } from './parse-holiday-notice'

const notice = (year: number) => OFFICIAL_NOTICES.find((n) => n.year === year)?.text ?? ''

describe('reading the State Council holiday notice', () => {
  it('reads 2026 into the days the SLA clock used before (holidays and 调休 working days)', () => {
    const parsed = parseHolidayNotice(notice(2026), 2026)
    expect(parsed.problems).toEqual([])
    expect(parsed.makeupWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
    expect(parsed.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7)
    expect(parsed.holidays).toEqual(expect.arrayContaining(['2026-01-01', '2026-01-03', '2026-02-15', '2026-02-23', '2026-10-07']))
    expect(parsed.holidays).not.toContain('2026-02-24')
  })

  it('reads 2025, with a range across a month and a single day without 至', () => {
    const parsed = parseHolidayNotice(notice(2025), 2025)
    expect(parsed.problems).toEqual([])
    expect(parsed.holidays).toEqual(expect.arrayContaining(['2025-01-01', '2025-01-28', '2025-02-04', '2025-05-31', '2025-06-02', '2025-10-08']))
    expect(parsed.holidays).not.toContain('2025-01-02')
    expect(parsed.holidays).toHaveLength(1 + 8 + 3 + 5 + 3 + 8)
    expect(parsed.makeupWorkdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'])
  })

  it('reads explicit years of a New Year holiday that starts in December', () => {
    const parsed = parseHolidayNotice('一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。', 2023)
    expect(parsed).toEqual({ holidays: ['2022-12-31', '2023-01-01', '2023-01-02'], makeupWorkdays: [], problems: [] })
  })

  it('reports what it cannot trust instead of guessing', () => {
    expect(parseHolidayNotice('明年放假安排另行通知', 2027).problems).toEqual(['没有识别到放假安排，请粘贴通知中“一、元旦：……”起的正文'])
    expect(parseHolidayNotice('一、元旦：1月1日至3日放假，共4天。', 2026).problems).toEqual(['元旦：写明共4天，但日期范围是3天'])
    expect(parseHolidayNotice('一、元旦：1月1日至3日放假，共3天。1月5日（周一）上班。', 2026).problems).toEqual(['2026-01-05 不是周末，不能作为调休上班日'])
    expect(parseHolidayNotice('一、元旦：2月30日放假。', 2026).problems).toContain('元旦：无法识别日期“2月30日”')
  })
})
