import { countdownText, groupByDay, slotText } from './countdown'

const START = '2026-11-26T02:00:00.000Z' // Thursday 10:00 Shanghai
const END = '2026-11-26T03:00:00.000Z'

describe('countdownText', () => {
  it('counts down in days, hours and minutes, then says in progress and ended', () => {
    expect(countdownText(Date.parse('2026-11-24T01:00:00.000Z'), START, END)).toBe('还有 2 天 1 小时')
    expect(countdownText(Date.parse('2026-11-25T02:00:00.000Z'), START, END)).toBe('还有 1 天')
    expect(countdownText(Date.parse('2026-11-26T00:30:00.000Z'), START, END)).toBe('还有 1 小时 30 分钟')
    expect(countdownText(Date.parse('2026-11-26T01:59:30.000Z'), START, END)).toBe('还有 1 分钟')
    expect(countdownText(Date.parse('2026-11-26T02:10:00.000Z'), START, END)).toBe('进行中')
    expect(countdownText(Date.parse('2026-11-26T03:00:00.000Z'), START, END)).toBe('已结束')
  })
})

describe('slot labels', () => {
  it('shows Shanghai dates and weekdays whatever the device zone', () => {
    expect(slotText(START, END)).toBe('11月26日 周四 10:00–11:00')
    // 23:30 UTC on the 30th is already Tuesday 1 December in Shanghai.
    const groups = groupByDay([{ startAt: '2026-11-30T01:00:00.000Z' }, { startAt: '2026-11-30T23:30:00.000Z' }])
    expect(groups.map((g) => g.label)).toEqual(['11月30日 周一', '12月1日 周二'])
  })
})
