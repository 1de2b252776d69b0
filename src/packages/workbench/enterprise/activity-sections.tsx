import { Text, View } from '@tarojs/components'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { BOOKING_STATUS_LABELS } from '../../../../types/consultations/schemas'
import { REPORT_STATUS_LABELS, type ReportSummary } from '../../../../types/reports/schemas'
import { REGISTRATION_STATUS_LABELS } from '../../../../types/salons/schemas'
import { formatShanghai } from '../../../../types/time'
import type { EnterpriseConsultations, EnterpriseSalons } from '../../../../types/workbench/enterprise-activity'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)

/** The enterprise's reports, newest first; each opens the report's own page. */
export function ReportsSection({ reports, total }: { reports: ReportSummary[]; total: number }) {
  return (
    <View className='wb-section' data-testid='overview-reports'>
      <Text className='section-title'>纠纷与风险上报（共 {total} 件）</Text>
      {reports.length === 0 && <Text className='muted wb-note'>暂无上报</Text>}
      {reports.map((r) => (
        <View key={r.reportId} className='card wb-item' data-testid='overview-report' data-id={r.reportId} onClick={() => openRoute(ROUTES.reportDetail, { id: r.reportId })}>
          <View className='card__header'>
            <Text className='card__title'>{r.number}</Text>
            <Text className={r.status === 'closed' ? 'tag tag--green' : 'tag tag--blue'}>{REPORT_STATUS_LABELS[r.status]}</Text>
          </View>
          <Text className='wb-item__line'>{serviceTypeName(r.serviceType)} · 对方：{r.counterpart}</Text>
          <Text className='wb-item__line muted'>{formatShanghai(r.createdAt)} 提交{r.assignee ? ` · 承办：${r.assignee.name}` : ''}</Text>
        </View>
      ))}
    </View>
  )
}

export function ConsultationsSection({ consultations: c }: { consultations: EnterpriseConsultations }) {
  return (
    <View className='wb-section' data-testid='overview-consultations'>
      <Text className='section-title'>咨询预约（共 {c.total} 次）</Text>
      <View className='wb-summary' data-testid='overview-consultations-summary'>
        <Text className='wb-item__line'>已完成 {c.held} 次 · 未到场 {c.noShows} 次 · 已取消 {c.cancelled} 次 · 待进行 {c.booked} 次</Text>
        <Text className='wb-item__line'>{c.ratingCount > 0 ? `平均评分 ${c.ratingAverage?.toFixed(1) ?? '—'}（${c.ratingCount} 条评价）` : '暂无评价'}</Text>
      </View>
      {c.latest.map((b) => (
        <View key={b.bookingId} className='card wb-item' data-testid='overview-consultation' onClick={() => openRoute(ROUTES.consultationDetail, { id: b.bookingId })}>
          <View className='card__header'>
            <Text className='card__title'>{b.providerName}</Text>
            <Text className={b.status === 'attended' ? 'tag tag--green' : b.status === 'confirmed' ? 'tag tag--blue' : 'tag tag--orange'}>{BOOKING_STATUS_LABELS[b.status]}</Text>
          </View>
          <Text className='wb-item__line'>{formatShanghai(b.startAt)} · {serviceTypeName(b.topic)}</Text>
          {b.rating !== null && <Text className='wb-item__line muted'>评分 {b.rating} 分</Text>}
        </View>
      ))}
    </View>
  )
}

export function SalonsSection({ salons: s }: { salons: EnterpriseSalons }) {
  return (
    <View className='wb-section' data-testid='overview-salons'>
      <Text className='section-title'>培训沙龙</Text>
      <View className='wb-summary' data-testid='overview-salons-summary'>
        <Text className='wb-item__line'>到场率 {percent(s.attendanceRate)}：已举办场次报名 {s.registrations} 人，签到 {s.attended} 人（{s.sessionsAttended} 场有人到场）</Text>
        <Text className='wb-item__line'>即将参加 {s.upcoming} 人</Text>
      </View>
      {s.latest.map((r) => (
        <View key={r.registrationId} className='card wb-item' data-testid='overview-salon'>
          <View className='card__header'>
            <Text className='card__title'>{r.sessionTitle ?? '（活动已删除）'}</Text>
            <Text className={r.checkedIn ? 'tag tag--green' : 'tag tag--blue'}>{r.checkedIn ? '已签到' : REGISTRATION_STATUS_LABELS[r.status]}</Text>
          </View>
          <Text className='wb-item__line'>{r.startsAt ? formatShanghai(r.startsAt) : '时间未知'} · {r.attendeeName}</Text>
        </View>
      ))}
    </View>
  )
}
