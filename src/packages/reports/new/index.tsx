import { Button, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { REPORT_STATUS_LABELS, type ReportDetail } from '../../../../types/reports/schemas'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { useProfile } from '../../../hooks/use-profile'
import { openRoute, replaceRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { emptyDraft, loadDraft } from '../shared/draft'
import { ReportForm } from './report-form'
import '../shared/reports.scss'
import { HotlineCard } from '../../../components/hotline-card'

function Submitted({ report }: { report: ReportDetail }) {
  return (
    <View className='report-success' data-testid='report-success'>
      <Text className='report-success__title'>已提交</Text>
      <Text className='card__desc'>
        编号 {report.number}，当前状态：{REPORT_STATUS_LABELS[report.status]}
        {report.assignee ? `，已分派给 ${report.assignee.name}` : ''}
      </Text>
      <Button className='btn btn--primary report-success__button' data-testid='report-open-detail' onClick={() => replaceRoute(ROUTES.reportDetail, { id: report.reportId })}>
        查看处理进度
      </Button>
    </View>
  )
}

export default function NewReportPage() {
  const { state, profile, refresh } = useProfile()
  const [submitted, setSubmitted] = useState<ReportDetail | null>(null)
  const userId = profile?.userId ?? null
  const enterpriseIndustry = profile?.enterprise?.industry ?? null
  // Read once per user: later edits live in the form and are saved from there.
  const initial = useMemo(() => (userId ? loadDraft(userId) ?? emptyDraft(enterpriseIndustry) : null), [userId, enterpriseIndustry])

  if (submitted) {
    return (
      <View className='page'>
        <Submitted report={submitted} />
      </View>
    )
  }
  return (
    <View className='page report-new'>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.reportNew} />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void refresh()} />
        </View>
      )}
      {profile && !profile.roles.includes('liaison') && (
        <StatusView icon='报' title='请先完成企业登记' description='风险上报面向已认证企业的联络员。' testId='report-not-liaison'>
          <Button className='btn btn--primary btn--small' onClick={() => openRoute(ROUTES.enterpriseApply)}>
            去登记企业
          </Button>
        </StatusView>
      )}
      {profile && profile.roles.includes('liaison') && userId && initial && (
        <ReportForm key={userId} userId={userId} initial={initial} onSubmitted={setSubmitted} />
      )}
      <HotlineCard note='情况紧急（如明天开庭、展会现场被投诉）？提交后请再拨打热线。' />
    </View>
  )
}
