import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { listAssignedReports } from '../../../../types/reports/contracts'
import { REPORT_STATUS_LABELS, type ReportStatus } from '../../../../types/reports/schemas'
import { FilterChips } from '../shared/chips'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { ReportListView } from '../shared/report-list-view'
import { useReportList } from '../shared/use-report-list'
import '../shared/reports.scss'

const ASSIGNEE_FILTERS: { code: ReportStatus; name: string }[] = (['assigned', 'in_progress', 'awaiting_info', 'resolved', 'closed'] as const).map((code) => ({
  code,
  name: REPORT_STATUS_LABELS[code],
}))

export default function AssignedReportsPage() {
  const [status, setStatus] = useState<ReportStatus | null>(null)
  const load = useCallback(() => callFunction(listAssignedReports, { page: 1, pageSize: 50, status: status ?? undefined }), [status])
  const { state, refresh } = useReportList(load)
  return (
    <View className='page'>
      <View className='report-toolbar'>
        <FilterChips options={ASSIGNEE_FILTERS} value={status} onChange={setStatus} testIdPrefix='assigned-filter' />
        {state.status === 'ready' && <Text className='muted'>共 {state.total} 件</Text>}
      </View>
      <ReportListView
        state={state}
        onRetry={() => void refresh()}
        returnTo={ROUTES.assignedReports}
        showEnterprise
        emptyTitle='暂无分派给您的上报'
        emptyDescription='系统按服务类型、国家与在办数量自动分派，有新上报时会通知您。'
      />
    </View>
  )
}
