import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { serviceTypeName } from '../../../types/catalog/service-types'
import { listMyReports } from '../../../types/reports/contracts'
import { REPORT_STATUS_LABELS, type ReportSummary } from '../../../types/reports/schemas'
import { formatShanghai } from '../../../types/time'
import type { UserProfile } from '../../../types/users/schemas'
import { SignInRequired } from '../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../components/status-view'
import { isStaff, useProfile, type ProfileState } from '../../hooks/use-profile'
import { openRoute } from '../../lib/navigation'
import { ROUTES } from '../../routes'
import { callFunction } from '../../services/call-function'
import { hasSession } from '../../services/session'
import './index.scss'
import { HotlineCard } from '../../components/hotline-card'
import { PrivacySheet } from '../../components/privacy-sheet'

function isLiaison(profile: UserProfile | null): boolean {
  return profile?.roles.includes('liaison') ?? false
}

function isAssignee(profile: UserProfile | null): boolean {
  return !!profile && (profile.roles.includes('expert') || profile.roles.includes('agency'))
}

/** Reports come from registered enterprises only: point everyone else to 企业登记. */
function RegisterPrompt({ profile }: { profile: UserProfile }) {
  const pending = profile.latestApplication?.status === 'pending'
  return (
    <View className='card' data-testid='register-prompt'>
      <Text className='card__title'>{pending ? '企业登记审核中' : '请先完成企业登记'}</Text>
      <Text className='card__desc register-prompt__text'>
        {pending
          ? '您的企业登记正在审核，通过后即可使用风险上报。'
          : '风险上报面向已登记的出口企业。登记企业并通过审核后，您将成为企业联络员。'}
      </Text>
      <Button
        className='btn btn--primary'
        data-testid='report-register-enterprise'
        onClick={() => openRoute(pending ? ROUTES.myApplications : ROUTES.enterpriseApply)}
      >
        {pending ? '查看审核进度' : '去登记企业'}
      </Button>
    </View>
  )
}

/** The liaison's start: a new report, and the latest few of their own. */
function LiaisonSection() {
  const [recent, setRecent] = useState<{ items: ReportSummary[]; total: number } | null>(null)
  useDidShow(() => {
    if (!hasSession()) return
    callFunction(listMyReports, { page: 1, pageSize: 3 }).then(
      (page) => setRecent({ items: page.items, total: page.total }),
      () => setRecent(null),
    )
  })
  return (
    <View>
      <View className='card report-hero'>
        <Text className='report-hero__title'>遇到海外知识产权纠纷或风险？</Text>
        <Text className='card__desc report-hero__text'>
          被诉侵权、展会投诉、商标被抢注、平台下架……提交后系统将按服务类型和国家自动分派专家，全程可查进度。
        </Text>
        <Button className='btn btn--primary' data-testid='report-new' onClick={() => openRoute(ROUTES.reportNew)}>
          新建上报
        </Button>
      </View>
      <View className='menu'>
        <View className='menu__row' data-testid='report-my-list' onClick={() => openRoute(ROUTES.myReports)}>
          <Text>我的上报</Text>
          <View className='menu__extra'>
            {recent && <Text>{recent.total} 件</Text>}
            <Text className='menu__arrow'>›</Text>
          </View>
        </View>
        {recent?.items.map((report) => (
          <View
            key={report.reportId}
            className='menu__row'
            data-testid='report-recent-item'
            onClick={() => openRoute(ROUTES.reportDetail, { id: report.reportId })}
          >
            <View>
              <Text className='report-recent__title'>{serviceTypeName(report.serviceType)}</Text>
              <Text className='report-recent__time'>{formatShanghai(report.createdAt)}</Text>
            </View>
            <View className='menu__extra'>
              <Text>{REPORT_STATUS_LABELS[report.status]}</Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}

function Content({ state, refresh }: { state: ProfileState; refresh: () => void }) {
  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'signed-out') return <SignInRequired returnTo={ROUTES.report} />
  if (state.status === 'error') {
    return (
      <View className='card'>
        <LoadErrorView error={state.error} onRetry={refresh} />
      </View>
    )
  }
  const { profile } = state
  const liaison = isLiaison(profile)
  const assignee = isAssignee(profile)
  const staff = isStaff(profile.roles)
  return (
    <View>
      {liaison && <LiaisonSection />}
      {(assignee || staff) && (
        <View className='menu'>
          {assignee && (
            <View className='menu__row' data-testid='report-assigned' onClick={() => openRoute(ROUTES.assignedReports)}>
              <Text>分派给我的上报</Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          )}
          {staff && (
            <View className='menu__row' data-testid='report-staff-list' onClick={() => openRoute(ROUTES.staffReports)}>
              <Text>全部上报（分派与督办）</Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          )}
          {staff && (
            <View className='menu__row' data-testid='report-deadline-rules' onClick={() => openRoute(ROUTES.deadlineRules)}>
              <Text>境外法定期限规则</Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          )}
        </View>
      )}
      {!liaison && !assignee && !staff && <RegisterPrompt profile={profile} />}
    </View>
  )
}

export default function ReportPage() {
  const { state, refresh } = useProfile({ onError: 'quiet' })
  return (
    <View className='page'>
      <Content state={state} refresh={() => void refresh()} />
      <HotlineCard note='紧急情况或一直无人处理，请直接拨打热线。' />
      <PrivacySheet />
    </View>
  )
}
