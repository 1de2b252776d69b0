import { Text, View } from '@tarojs/components'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { REPORT_STATUS_LABELS, URGENCY_LABELS, type ReportSummary } from '../../../../types/reports/schemas'
import { formatShanghai } from '../../../../types/time'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { countdownText } from '../../../../types/deadlines/countdown'
import { countriesText, STATUS_TAG_CLASS, URGENCY_TAG_CLASS } from './labels'
import { countdownClass } from './legal-deadline-card'

/** One report in a list; tapping opens its detail. `showEnterprise` for assignees and staff. */
export function ReportItem({ report, showEnterprise }: { report: ReportSummary; showEnterprise: boolean }) {
  return (
    <View
      className='card report-item'
      data-testid='report-item'
      data-report-id={report.reportId}
      data-status={report.status}
      onClick={() => openRoute(ROUTES.reportDetail, { id: report.reportId })}
    >
      <View className='card__header'>
        <Text className='report-item__title'>{serviceTypeName(report.serviceType)}</Text>
        <View>
          {report.escalated && <Text className='tag tag--red report-item__tag'>已超时</Text>}
          {report.urgency !== 'normal' && (
            <Text className={`${URGENCY_TAG_CLASS[report.urgency]} report-item__tag`}>{URGENCY_LABELS[report.urgency]}</Text>
          )}
          <Text className={STATUS_TAG_CLASS[report.status]} data-testid='report-status' data-status={report.status}>
            {REPORT_STATUS_LABELS[report.status]}
          </Text>
        </View>
      </View>
      {showEnterprise && <Text className='report-item__line'>{report.enterpriseName}</Text>}
      <Text className='report-item__line'>涉及：{countriesText(report.countries)}</Text>
      <Text className='report-item__line'>对方：{report.counterpart}</Text>
      {report.legalDeadline?.lastDay && (
        <View className='report-item__deadline' data-testid='report-item-deadline'>
          <Text className='report-item__line'>
            {report.legalDeadline.office} 最后期限 {report.legalDeadline.lastDay}
          </Text>
          <Text className={countdownClass(report.legalDeadline, Date.now())} data-testid='report-item-countdown'>
            {countdownText(report.legalDeadline.lastDay, report.legalDeadline.timeZone, new Date())}
          </Text>
        </View>
      )}
      <View className='report-item__footer'>
        <Text className='muted'>{report.number}</Text>
        <Text className='muted'>{formatShanghai(report.createdAt)} 提交</Text>
      </View>
      {report.assignee && <Text className='muted report-item__line'>承办：{report.assignee.name}</Text>}
    </View>
  )
}
