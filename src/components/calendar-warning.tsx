import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { getWorkingCalendar } from '../../types/calendar/contracts'
import { openRoute } from '../lib/navigation'
import { ROUTES } from '../routes'
import { callFunction } from '../services/call-function'

/** The sentence staff see while a year within the next 60 days has no working calendar. */
export function missingYearsText(years: readonly number[]): string {
  const list = years.map((y) => `${y} 年`).join('、')
  return `未来 60 天将进入 ${list}，但尚未录入${list}的节假日安排（国务院办公厅通知未发布或未录入）。录入前，办理时限只按周一至周五计算，节假日会被当作工作日。`
}

/**
 * On staff pages: warns while the next 60 days reach a year without a working calendar, with a
 * link to enter it. Shows nothing when every year is there (or when the check cannot run).
 */
export function CalendarWarning({ showLink = true, missing }: { showLink?: boolean; missing?: readonly number[] }) {
  const [fetched, setFetched] = useState<readonly number[]>([])
  useEffect(() => {
    if (missing) return
    let live = true
    callFunction(getWorkingCalendar, {})
      .then((calendar) => live && setFetched(calendar.missingSoon))
      .catch(() => undefined) // a warning banner must never break the page it sits on
    return () => {
      live = false
    }
  }, [missing])
  const years = missing ?? fetched
  if (years.length === 0) return null
  return (
    <View className='card calendar-warning' data-testid='calendar-warning'>
      <Text className='calendar-warning__text'>{missingYearsText(years)}</Text>
      {showLink && (
        <Button className='btn btn--secondary btn--small' data-testid='calendar-warning-open' onClick={() => openRoute(ROUTES.workingCalendar)}>
          录入节假日安排
        </Button>
      )}
    </View>
  )
}
