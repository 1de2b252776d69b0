import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { inShanghai } from '../../../../types/time'
import { openWorkbench } from '../../../../types/workbench/audit'
import { getDashboard, type BreakdownRow, type Dashboard } from '../../../../types/workbench/dashboard'
import { exportWorkbook } from '../../../../types/workbench/exports'
import { periodRange, type Period } from '../../../../types/workbench/period'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError, showActionError } from '../../../services/show-error'
import { BarChart } from '../shared/bar-chart'
import { currentPeriod, hours, percent, stepPeriod, type PeriodKind } from '../shared/period-step'
import { openExport } from '../shared/open-export'
import '../shared/workbench.scss'

const KINDS: { kind: PeriodKind; label: string }[] = [
  { kind: 'month', label: '按月' },
  { kind: 'quarter', label: '按季度' },
  { kind: 'year', label: '按年' },
]

type State = { status: 'loading' } | { status: 'signed-out' } | { status: 'ready'; data: Dashboard } | { status: 'error'; error: ActionError }

function Tile({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <View className='wb-tile' data-testid={testId}>
      <Text className='wb-tile__label'>{label}</Text>
      <Text className='wb-tile__value' data-testid={`${testId}-value`}>
        {value}
      </Text>
      {note && <Text className='wb-tile__note'>{note}</Text>}
    </View>
  )
}

const average = (value: number | null) => (value === null ? '—' : value.toFixed(2))

/** The consultation and salon tiles as bars, so their table is one tap away like the other charts. */
function bookingRows(d: Dashboard): { consultations: BreakdownRow[]; salons: BreakdownRow[] } {
  const c = d.consultations
  const s = d.salons
  return {
    consultations: [
      { key: 'attended', label: '已完成', count: c.held },
      { key: 'no_show', label: '未到场', count: c.noShows },
      { key: 'cancelled', label: '已取消', count: c.cancelled },
    ],
    salons: [
      { key: 'sessions', label: '举办场次', count: s.sessions },
      { key: 'registrations', label: '报名（已确认）', count: s.registrations },
      { key: 'attended', label: '到场签到', count: s.attended },
    ],
  }
}

function Figures({ d }: { d: Dashboard }) {
  const fr = d.firstResponse
  const c = d.consultations
  const s = d.salons
  const bookings = bookingRows(d)
  return (
    <>
      <View className='wb-tiles'>
        <Tile testId='tile-total' label='上报总数' value={String(d.reports.total)} />
        <Tile testId='tile-first-response' label='首次响应中位数' value={hours(fr.medianMinutes)} note={`90分位 ${hours(fr.p90Minutes)}`} />
        <Tile testId='tile-within-3' label='3个工作日内响应' value={percent(fr.withinThreeDays.rate)} note={`欧盟服务台 ${percent(fr.euHelpdeskWithinThreeDays)}`} />
        <Tile testId='tile-within-1' label='1个工作日内响应' value={percent(fr.withinOneDay.rate)} note={`${fr.withinOneDay.count} / ${fr.count} 件`} />
        <Tile testId='tile-resolution' label='办结用时中位数' value={hours(d.resolution.medianMinutes)} note={`90分位 ${hours(d.resolution.p90Minutes)}`} />
        <Tile testId='tile-sla' label='超时' value={`${d.sla.breached} 件`} note={`超时率 ${percent(d.sla.rate)}`} />
        <Tile testId='tile-satisfaction' label='满意率（4分及以上）' value={percent(d.satisfaction.rate)} note={`平均 ${average(d.satisfaction.average)} 分，${d.satisfaction.ratings} 条评价`} />
        <Tile testId='tile-alerts' label='预警触达' value={`${d.alerts.delivered} / ${d.alerts.planned}`} note={`送达 / 计划，已读 ${d.alerts.read}`} />
        <Tile testId='tile-consultations' label='咨询场次（已完成）' value={`${c.held} 场`} note={`未到 ${c.noShows}，取消 ${c.cancelled}；满意率 ${percent(c.ratings.rate)}，平均 ${average(c.ratings.average)} 分，${c.ratings.count} 条评价`} />
        <Tile testId='tile-salons' label='沙龙到场率' value={percent(s.attendanceRate)} note={`${s.sessions} 场，报名 ${s.registrations} 人，到场 ${s.attended} 人`} />
      </View>
      <Text className='muted wb-note'>上报按提交时间计入本期；时长按工作时间（9:00–18:00，扣除节假日与等待企业补充材料的时间）计算。</Text>
      <BarChart testId='chart-service' title='按服务类型' rows={d.reports.byServiceType} />
      <BarChart testId='chart-country' title='按国家/地区' rows={d.reports.byCountry} />
      <BarChart testId='chart-ip' title='按知识产权类型' rows={d.reports.byIpType} />
      <BarChart testId='chart-district' title='按县（市、区）' rows={d.reports.byDistrict} />
      <BarChart testId='chart-load' title='在办案件（当前）' rows={d.openByAssignee} />
      <BarChart testId='chart-consultations' title='咨询（按预约时间计入本期）' rows={bookings.consultations} unit='场数' />
      <BarChart testId='chart-salons' title='培训沙龙（按开始时间计入本期）' rows={bookings.salons} unit='数量' shares={false} />
    </>
  )
}

export default function WorkbenchDashboardPage() {
  const [period, setPeriod] = useState<Period>(() => currentPeriod('month', inShanghai(Date.now()).format('YYYY-MM-DD')))
  const [state, setState] = useState<State>({ status: 'loading' })
  const [exporting, setExporting] = useState(false)
  const latest = useRef(0)
  const opened = useRef(false)

  const load = async (target: Period) => {
    if (!hasSession()) return setState({ status: 'signed-out' })
    const id = ++latest.current
    setState({ status: 'loading' })
    try {
      const data = await callFunction(getDashboard, { period: target })
      if (id === latest.current) setState({ status: 'ready', data })
    } catch (error) {
      const actionError = handleLoadError(error)
      if (id === latest.current) setState({ status: 'error', error: actionError })
    }
  }

  useDidShow(() => {
    // Entering the workbench opens a staff session: recorded once per visit in the audit log.
    if (!opened.current && hasSession()) {
      opened.current = true
      callFunction(openWorkbench, {}).catch(() => undefined)
    }
  })
  useEffect(() => {
    void load(period)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [period])

  const switchKind = (kind: PeriodKind) => setPeriod(currentPeriod(kind, inShanghai(Date.now()).format('YYYY-MM-DD')))

  const download = async (annual: boolean) => {
    if (exporting) return
    setExporting(true)
    try {
      const file = await callFunction(exportWorkbook, annual ? { kind: 'annual', year: period.kind === 'custom' ? Number(period.from.slice(0, 4)) : period.year } : { kind: 'dashboard', period })
      await openExport(file)
      void Taro.showToast({ title: '已导出', icon: 'success' })
    } catch (error) {
      showActionError(error)
    } finally {
      setExporting(false)
    }
  }

  return (
    <View className='page wb'>
      <View className='wb-links'>
        <Text className='wb-link' data-testid='open-registry' onClick={() => openRoute(ROUTES.workbenchRegistry)}>联络员名册</Text>
        <Text className='wb-link' data-testid='open-audit' onClick={() => openRoute(ROUTES.workbenchAudit)}>操作日志</Text>
      </View>
      <View className='card wb-period'>
        <View className='chips'>
          {KINDS.map(({ kind, label }) => (
            <Text key={kind} className={period.kind === kind ? 'chip chip--selected' : 'chip'} data-testid={`period-${kind}`} onClick={() => switchKind(kind)}>
              {label}
            </Text>
          ))}
        </View>
        <View className='wb-period__step'>
          <Text className='wb-period__arrow' data-testid='period-prev' onClick={() => setPeriod(stepPeriod(period, -1))}>‹ 上一期</Text>
          <Text className='wb-period__label' data-testid='period-label'>{periodRange(period).label}</Text>
          <Text className='wb-period__arrow' data-testid='period-next' onClick={() => setPeriod(stepPeriod(period, 1))}>下一期 ›</Text>
        </View>
      </View>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.workbenchDashboard} />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void load(period)} />
        </View>
      )}
      {state.status === 'ready' && <Figures d={state.data} />}
      <View className='btn-group wb-actions'>
        <Button className={`btn btn--secondary${exporting ? ' btn--disabled' : ''}`} data-testid='export-period' onClick={() => void download(false)}>
          导出本期
        </Button>
        <Button className={`btn btn--secondary${exporting ? ' btn--disabled' : ''}`} data-testid='export-annual' onClick={() => void download(true)}>
          年度汇总表
        </Button>
      </View>
    </View>
  )
}
