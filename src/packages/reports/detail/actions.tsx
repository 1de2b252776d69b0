import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { searchExperts } from '../../../../types/experts/contracts'
import type { ExpertSummary } from '../../../../types/experts/schemas'
import {
  acceptReport,
  declineReport,
  provideGuidance,
  rateReport,
  reassignReport,
  reopenReport,
  requestMoreInfo,
  resolveReport,
  withdrawReport,
} from '../../../../types/reports/contracts'
import { OUTCOME_CATEGORIES, OUTCOME_LABELS, type OutcomeCategory, type ReportDetail } from '../../../../types/reports/schemas'
import { classNames } from '../../../lib/class-names'
import { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'
import { usePreloadSubscribeTemplates } from '../../../services/subscribe-templates'
import { SingleChips } from '../shared/chips'
import { TextAction } from './text-action'

const REOPEN_WINDOW_MS = 14 * 24 * 60 * 60 * 1000
const OUTCOME_OPTIONS = OUTCOME_CATEGORIES.map((code) => ({ code, name: OUTCOME_LABELS[code] }))

type Apply = (report: ReportDetail) => void

function toast(title: string) {
  void Taro.showToast({ title, icon: 'none' })
}

async function confirm(title: string, content: string): Promise<boolean> {
  const result = await Taro.showModal({ title, content })
  return result.confirm
}

/** The enterprise: withdraw before anyone accepted, rate after resolution, reopen within 14 days. */
export function EnterpriseActions({ report, apply, now }: { report: ReportDetail; apply: Apply; now: number }) {
  const [withdrawing, setWithdrawing] = useState(false)
  const canWithdraw = report.status === 'unassigned' || report.status === 'assigned'
  const resolvedAt = report.resolution ? Date.parse(report.resolution.resolvedAt) : null
  const canReopen = (report.status === 'resolved' || report.status === 'closed') && resolvedAt !== null && now - resolvedAt <= REOPEN_WINDOW_MS

  const withdraw = async () => {
    if (withdrawing || !(await confirm('撤回上报', '撤回后不再处理，如需帮助请重新上报。确定撤回？'))) return
    setWithdrawing(true)
    try {
      apply(await callFunction(withdrawReport, { reportId: report.reportId }))
      toast('已撤回')
    } catch (error) {
      showActionError(error)
    } finally {
      setWithdrawing(false)
    }
  }

  if (!canWithdraw && report.status !== 'resolved' && !canReopen) return null
  return (
    <View className='card report-actions' data-testid='enterprise-actions'>
      <Text className='card__title'>我的操作</Text>
      {report.status === 'resolved' && <RatingForm report={report} apply={apply} />}
      {canWithdraw && (
        <Button
          className={classNames('btn btn--danger', withdrawing && 'btn--disabled')}
          data-testid='report-withdraw'
          disabled={withdrawing}
          onClick={() => void withdraw()}
        >
          撤回上报
        </Button>
      )}
      {canReopen && (
        <TextAction
          field='reason'
          testId='report-reopen'
          opener='问题未解决，重新打开'
          label='重新打开的原因'
          placeholder='请说明仍未解决的问题（将交回原承办人）'
          submitLabel='重新打开'
          maxLength={500}
          onSubmit={async (reason) => apply(await callFunction(reopenReport, { reportId: report.reportId, reason }))}
        />
      )}
    </View>
  )
}

function RatingForm({ report, apply }: { report: ReportDetail; apply: Apply }) {
  const [score, setScore] = useState(0)
  return (
    <View data-testid='rating-form'>
      <Text className='form-field__label'>对本次服务评分</Text>
      <View className='rating-stars'>
        {[1, 2, 3, 4, 5].map((n) => (
          <Text key={n} className={n <= score ? 'rating-star rating-star--on' : 'rating-star'} data-testid={`rating-star-${n}`} onClick={() => setScore(n)}>
            ★
          </Text>
        ))}
      </View>
      <TextAction
        field='comment'
        testId='report-rate'
        label=''
        placeholder='评价（可选，不超过 500 字）'
        submitLabel='提交评价'
        maxLength={500}
        extraError={{ field: 'score' }}
        onSubmit={async (comment) => {
          apply(await callFunction(rateReport, { reportId: report.reportId, score, comment: comment.trim() ? comment : null }))
          toast('感谢您的评价')
        }}
      />
    </View>
  )
}

/** The current assignee: accept or decline; then ask, advise and resolve. */
export function AssigneeActions({ report, apply }: { report: ReportDetail; apply: Apply }) {
  const [accepting, setAccepting] = useState(false)
  usePreloadSubscribeTemplates()
  const [outcome, setOutcome] = useState<OutcomeCategory | null>(null)

  const accept = async () => {
    // First, before any await: WeChat opens the subscribe popup only inside the tap itself.
    void askToSubscribe('reportAccept')
    if (accepting) return
    setAccepting(true)
    try {
      apply(await callFunction(acceptReport, { reportId: report.reportId, expectedVersion: report.version }))
      toast('已接单')
    } catch (error) {
      showActionError(error)
    } finally {
      setAccepting(false)
    }
  }

  const working = report.status === 'in_progress' || report.status === 'awaiting_info'
  if (report.status !== 'assigned' && !working) return null
  return (
    <View className='card report-actions' data-testid='assignee-actions'>
      <Text className='card__title'>承办操作</Text>
      {report.status === 'assigned' && (
        <>
          <Button
            className={classNames('btn btn--primary', accepting && 'btn--disabled')}
            data-testid='report-accept'
            disabled={accepting}
            loading={accepting}
            onClick={() => void accept()}
          >
            接单
          </Button>
          <TextAction
            field='reason'
            testId='report-decline'
            opener='无法承办，拒绝接单'
            tone='danger'
            label='拒绝理由'
            placeholder='如：利益冲突、不熟悉该国程序（系统将改派他人）'
            submitLabel='确认拒绝'
            maxLength={200}
            onSubmit={async (reason) => apply(await callFunction(declineReport, { reportId: report.reportId, reason }))}
          />
        </>
      )}
      {report.status === 'in_progress' && (
        <>
          <TextAction
            field='guidance'
            testId='report-guidance'
            opener='提供指导意见'
            label='指导意见'
            placeholder='给企业的应对建议、需准备的材料、时间安排等'
            submitLabel='发送指导意见'
            maxLength={2000}
            onSubmit={async (guidance) => apply(await callFunction(provideGuidance, { reportId: report.reportId, guidance }))}
          />
          <TextAction
            field='question'
            testId='report-request-info'
            opener='请企业补充材料'
            label='需要补充的内容'
            placeholder='等待企业补充期间，时限暂停计算'
            submitLabel='发送补充请求'
            maxLength={1000}
            onSubmit={async (question) => apply(await callFunction(requestMoreInfo, { reportId: report.reportId, question }))}
          />
        </>
      )}
      {working && (
        <TextAction
          field='summary'
          testId='report-resolve'
          opener='办结'
          label='办结结果'
          placeholder='办结说明：处理经过与结论'
          submitLabel='确认办结'
          maxLength={2000}
          extraError={{ field: 'outcomeCategory' }}
          onSubmit={async (summary) => {
            if (!outcome) throw new ActionError('VALIDATION_FAILED', '请选择办结结果类别', [{ path: ['outcomeCategory'], message: '请选择办结结果类别' }])
            apply(await callFunction(resolveReport, { reportId: report.reportId, summary, outcomeCategory: outcome }))
            toast('已办结')
          }}
        >
          <SingleChips options={OUTCOME_OPTIONS} value={outcome} onChange={setOutcome} testIdPrefix='resolve-outcome' />
        </TextAction>
      )}
    </View>
  )
}

/** Staff: hand an open report to another expert, with the reason on the timeline. */
export function StaffActions({ report, apply }: { report: ReportDetail; apply: Apply }) {
  const [experts, setExperts] = useState<ExpertSummary[] | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const open = report.status !== 'resolved' && report.status !== 'closed' && report.status !== 'withdrawn'

  useEffect(() => {
    if (!open) return
    callFunction(searchExperts, { page: 1, pageSize: 50, serviceType: report.serviceType }).then(
      (page) => setExperts(page.items.filter((e) => e.status === 'active')),
      () => setExperts([]),
    )
  }, [open, report.serviceType])

  if (!open) return null
  const options = (experts ?? [])
    .filter((e) => !(report.assignee?.kind === 'expert' && report.assignee.id === e.expertId))
    .map((e) => ({ code: e.expertId, name: e.name }))
  return (
    <View className='card report-actions' data-testid='staff-actions'>
      <Text className='card__title'>工作人员操作</Text>
      <TextAction
        field='reason'
        testId='report-reassign'
        opener={report.assignee ? '改派' : '人工分派'}
        label='选择承办专家（提供该服务类型的专家）'
        placeholder='改派理由'
        submitLabel='确认改派'
        maxLength={200}
        extraError={{ field: 'assignee' }}
        onSubmit={async (reason) => {
          if (!chosen) throw new ActionError('VALIDATION_FAILED', '请选择承办专家', [{ path: ['assignee'], message: '请选择承办专家' }])
          apply(await callFunction(reassignReport, { reportId: report.reportId, assignee: { kind: 'expert', id: chosen }, reason }))
          setChosen(null)
          toast('已改派')
        }}
      >
        {experts === null ? (
          <Text className='muted'>加载专家…</Text>
        ) : options.length === 0 ? (
          <Text className='muted'>没有可选的专家</Text>
        ) : (
          <SingleChips options={options} value={chosen} onChange={setChosen} testIdPrefix='reassign-expert' />
        )}
      </TextAction>
    </View>
  )
}
