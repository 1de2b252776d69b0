import { Button, Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { industryName } from '../../../../types/catalog/industries'
import { ipTypeName } from '../../../../types/catalog/ip-types'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { getReport } from '../../../../types/reports/contracts'
import { OUTCOME_LABELS, REPORT_STATUS_LABELS, URGENCY_LABELS, type PostedEvent, type ReportDetail } from '../../../../types/reports/schemas'
import { formatShanghai } from '../../../../types/time'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useProfile } from '../../../hooks/use-profile'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError } from '../../../services/show-error'
import { countriesText, STATUS_TAG_CLASS } from '../shared/labels'
import { LegalDeadlineCard, TradeFairCard } from '../shared/legal-deadline-card'
import { AssigneeActions, EnterpriseActions, StaffActions } from './actions'
import { AttachmentList } from './attachment-list'
import { LiaisonContactCard } from './contact-card'
import { HotlineCard } from '../../../components/hotline-card'
import { Thread, Timeline } from './timeline'
import { useReportTimeline } from './use-report-timeline'
import '../shared/reports.scss'
import { PrivacySheet } from '../../../components/privacy-sheet'

type DetailState = { status: 'loading' } | { status: 'signed-out' } | { status: 'ready'; report: ReportDetail } | { status: 'error'; error: ActionError }

const OPEN_FOR_MESSAGES: ReadonlySet<ReportDetail['status']> = new Set(['assigned', 'in_progress', 'awaiting_info', 'resolved'])

function InfoRow({ label, value, testId, late }: { label: string; value: string; testId?: string; late?: boolean }) {
  if (!value) return null
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className={late ? 'info-row__value report-sla__late' : 'info-row__value'} data-testid={testId}>
        {value}
      </Text>
    </View>
  )
}

function Summary({ report }: { report: ReportDetail }) {
  return (
    <View className='card' data-testid='report-summary'>
      <View className='card__header'>
        <Text className='card__title'>{serviceTypeName(report.serviceType)}</Text>
        <Text className={STATUS_TAG_CLASS[report.status]} data-testid='report-status' data-status={report.status}>
          {REPORT_STATUS_LABELS[report.status]}
        </Text>
      </View>
      <InfoRow label='编号' value={report.number} testId='report-number' />
      <InfoRow label='企业' value={report.enterpriseName} />
      <InfoRow label='知识产权' value={ipTypeName(report.ipType)} />
      <InfoRow label='国家/地区' value={countriesText(report.countries)} />
      <InfoRow label='行业' value={industryName(report.industry)} />
      <InfoRow label='对方当事人' value={report.counterpart} />
      <InfoRow label='关键期限' value={report.deadline ?? ''} />
      <InfoRow label='紧急程度' value={URGENCY_LABELS[report.urgency]} />
      <InfoRow label='提交时间' value={formatShanghai(report.createdAt)} />
      <InfoRow label='承办人' value={report.assignee ? `${report.assignee.name}（${report.assignee.kind === 'expert' ? '专家' : '机构'}）` : '待分派'} testId='report-assignee' />
      <Text className='report-description' data-testid='report-description-text'>
        {report.description}
      </Text>
      {report.attachments.length > 0 && <AttachmentList reportId={report.reportId} fileIds={report.attachments} />}
    </View>
  )
}

function Sla({ report }: { report: ReportDetail }) {
  const { sla } = report
  const done = report.status === 'resolved' || report.status === 'closed' || report.status === 'withdrawn'
  return (
    <View className='card' data-testid='report-sla'>
      <Text className='card__title'>办理时限（北京时间）</Text>
      <InfoRow
        label='首次响应'
        value={sla.firstRespondedAt ? `${formatShanghai(sla.firstRespondedAt)} 已响应` : `${formatShanghai(sla.firstResponseDueAt)} 前${sla.firstResponseClock === 'calendar' ? '（展会案件，周末照常计时）' : ''}`}
        testId='sla-first-response'
        late={!!sla.firstResponseBreachedAt}
      />
      <InfoRow label='办结期限' value={`${formatShanghai(sla.resolutionDueAt)} 前`} testId='sla-resolution' late={!!sla.resolutionBreachedAt} />
      {sla.pausedAt && !done && <InfoRow label='计时暂停' value={`${formatShanghai(sla.pausedAt)} 起，等待企业补充`} />}
      {(sla.firstResponseBreachedAt || sla.resolutionBreachedAt) && (
        <Text className='tag tag--red' data-testid='sla-breached'>
          {sla.resolutionBreachedAt ? '已超过办结期限' : '已超过首次响应期限'}
        </Text>
      )}
    </View>
  )
}

function Outcome({ report }: { report: ReportDetail }) {
  if (!report.resolution && !report.rating) return null
  return (
    <View className='card' data-testid='report-outcome'>
      {report.resolution && (
        <>
          <Text className='card__title'>办结结果</Text>
          <InfoRow label='类别' value={OUTCOME_LABELS[report.resolution.outcomeCategory]} />
          <InfoRow label='办结时间' value={formatShanghai(report.resolution.resolvedAt)} />
          <Text className='report-description'>{report.resolution.summary}</Text>
        </>
      )}
      {report.rating && (
        <View data-testid='report-rating'>
          <InfoRow label='企业评价' value={`${'★'.repeat(report.rating.score)}${'☆'.repeat(5 - report.rating.score)}`} />
          {report.rating.comment && <Text className='report-description'>{report.rating.comment}</Text>}
        </View>
      )}
    </View>
  )
}

export default function ReportDetailPage() {
  const { params } = useRouter()
  const reportId = params.id ?? ''
  const { profile } = useProfile()
  const [state, setState] = useState<DetailState>({ status: 'loading' })
  const timeline = useReportTimeline(reportId)
  const { reset, append } = timeline

  const apply = useCallback(
    (report: ReportDetail) => {
      reset(report)
      setState({ status: 'ready', report })
    },
    [reset],
  )

  const load = useCallback(async () => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    try {
      apply(await callFunction(getReport, { reportId }))
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }, [reportId, apply])

  useEffect(() => {
    void load()
  }, [load])

  // Back on the report after acting elsewhere (a consultation booked from 预约咨询, moved or
  // cancelled): read it again so the timeline shows what happened meanwhile.
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current) void load()
    shownBefore.current = true
  })

  // A post answers only its own event; when it also moved the case on (an answer resumes it), the
  // summary and clock are read again.
  const onPosted = useCallback(
    (posted: PostedEvent) => {
      append(posted.event)
      if (state.status === 'ready' && posted.version !== state.report.version) void load()
    },
    [append, load, state],
  )

  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'signed-out') {
    return (
      <View className='page'>
        <SignInRequired returnTo={ROUTES.reportDetail} />
      </View>
    )
  }
  if (state.status === 'error') {
    return (
      <View className='page'>
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void load()} />
        </View>
      </View>
    )
  }
  const { report } = state
  const me = profile?.userId ?? ''
  // The server says how the caller relates to this report; the client never guesses from names.
  const isEnterprise = report.viewerRelations.includes('enterprise')
  const isAssignee = report.viewerRelations.includes('assignee')
  const staff = report.viewerRelations.includes('staff')
  const waitingForPeople = report.status === 'unassigned' || (report.urgency !== 'normal' && report.status === 'assigned')
  const canPost = (isAssignee || isEnterprise) && OPEN_FOR_MESSAGES.has(report.status)
  return (
    <View className='page' data-testid='report-detail' data-report-id={report.reportId}>
      <Summary report={report} />
      {report.legalDeadline && <LegalDeadlineCard deadline={report.legalDeadline} ruleChange={report.legalDeadlineRuleChange} now={Date.now()} />}
      {report.tradeFair && <TradeFairCard fair={report.tradeFair} />}
      <Sla report={report} />
      {isEnterprise && waitingForPeople && <HotlineCard note='尚无人接单或情况紧急，请直接拨打热线，工作人员会优先处理。' />}
      {(isAssignee || staff) && <LiaisonContactCard report={report} />}
      <Outcome report={report} />
      {isEnterprise && <EnterpriseActions report={report} apply={apply} now={Date.now()} />}
      {isEnterprise && report.status !== 'withdrawn' && (
        <View className='card'>
          <Button
            className='btn btn--primary'
            data-testid='report-book-consultation'
            onClick={() => openRoute(ROUTES.consultationProviders, { reportId: report.reportId, topic: report.serviceType })}
          >
            预约咨询
          </Button>
        </View>
      )}
      {isAssignee && <AssigneeActions report={report} apply={apply} />}
      {staff && <StaffActions report={report} apply={apply} />}
      <Thread report={report} timeline={timeline} me={me} canPost={canPost} onPosted={onPosted} />
      <Timeline timeline={timeline} />
      {!(isEnterprise && waitingForPeople) && <HotlineCard />}
      {/* Calling (hotline, liaison) is privacy-scoped: WeChat's prompt is answered here. */}
      <PrivacySheet />
    </View>
  )
}
