import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import type { Route } from '../../../routes'
import { ReportItem } from './report-item'
import type { ListState } from './use-report-list'

interface ReportListViewProps {
  state: ListState
  onRetry: () => void
  returnTo: Route
  showEnterprise: boolean
  emptyTitle: string
  emptyDescription?: string
  children?: ReactNode
}

export function ReportListView({ state, onRetry, returnTo, showEnterprise, emptyTitle, emptyDescription, children }: ReportListViewProps) {
  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'signed-out') return <SignInRequired returnTo={returnTo} />
  if (state.status === 'error') {
    return (
      <View className='card'>
        <LoadErrorView error={state.error} onRetry={onRetry} />
      </View>
    )
  }
  if (state.items.length === 0) {
    return (
      <StatusView icon='报' title={emptyTitle} description={emptyDescription} testId='reports-empty'>
        {children}
      </StatusView>
    )
  }
  return (
    <View data-testid='report-list'>
      {state.items.map((report) => (
        <ReportItem key={report.reportId} report={report} showEnterprise={showEnterprise} />
      ))}
    </View>
  )
}
