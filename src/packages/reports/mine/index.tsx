import { Button, View } from '@tarojs/components'
import { useCallback } from 'react'
import { listMyReports } from '../../../../types/reports/contracts'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { ReportListView } from '../shared/report-list-view'
import { useReportList } from '../shared/use-report-list'
import '../shared/reports.scss'

export default function MyReportsPage() {
  const load = useCallback(() => callFunction(listMyReports, { page: 1, pageSize: 50 }), [])
  const { state, refresh } = useReportList(load)
  return (
    <View className='page'>
      <ReportListView
        state={state}
        onRetry={() => void refresh()}
        returnTo={ROUTES.myReports}
        showEnterprise={false}
        emptyTitle='还没有上报'
        emptyDescription='遇到海外知识产权纠纷或风险，可随时上报，专家将及时跟进。'
      />
      {state.status === 'ready' && (
        <Button className='btn btn--primary' data-testid='my-reports-new' onClick={() => openRoute(ROUTES.reportNew)}>
          新建上报
        </Button>
      )}
    </View>
  )
}
