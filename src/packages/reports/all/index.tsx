import { Switch, Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { listReports } from '../../../../types/reports/contracts'
import { REPORT_STATUSES, REPORT_STATUS_LABELS, type ReportStatus } from '../../../../types/reports/schemas'
import { CalendarWarning } from '../../../components/calendar-warning'
import { FilterChips } from '../shared/chips'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { ReportListView } from '../shared/report-list-view'
import { useReportList } from '../shared/use-report-list'
import '../shared/reports.scss'

const STATUS_FILTERS = REPORT_STATUSES.map((code) => ({ code, name: REPORT_STATUS_LABELS[code] }))

/** Staff: every report, filtered by status, or only those escalated for a missed SLA. */
export default function StaffReportsPage() {
  const [status, setStatus] = useState<ReportStatus | null>(null)
  const [escalatedOnly, setEscalatedOnly] = useState(false)
  const load = useCallback(
    () => callFunction(listReports, { page: 1, pageSize: 50, status: status ?? undefined, escalatedOnly }),
    [status, escalatedOnly],
  )
  const { state, refresh } = useReportList(load)
  return (
    <View className='page'>
      <CalendarWarning />
      <View className='card report-toolbar'>
        <FilterChips options={STATUS_FILTERS} value={status} onChange={setStatus} testIdPrefix='staff-filter' />
        <View className='report-toolbar__row'>
          <Text>只看已超时</Text>
          <Switch
            data-testid='staff-escalated-only'
            checked={escalatedOnly}
            color='#e5484d'
            onChange={(e) => setEscalatedOnly(e.detail.value)}
          />
        </View>
        {state.status === 'ready' && <Text className='muted'>共 {state.total} 件</Text>}
      </View>
      <ReportListView
        state={state}
        onRetry={() => void refresh()}
        returnTo={ROUTES.staffReports}
        showEnterprise
        emptyTitle={escalatedOnly ? '没有已超时的上报' : '暂无上报'}
      />
    </View>
  )
}
