import { Text, View } from '@tarojs/components'
import { calendarDaysLeft, countdownText } from '../../../../types/deadlines/countdown'
import { CONFIDENCE_LABELS, DEADLINE_TRIGGER_LABELS, type LegalDeadline, type RuleChange } from '../../../../types/deadlines/schemas'
import type { TradeFair } from '../../../../types/reports/schemas'
import { formatShanghai } from '../../../../types/time'
import { addMonths } from '../../../../types/deadlines/period-arithmetic'
import { ruleText, ruleTitle } from './deadline-text'
import './legal-deadline.scss'

function Row({ label, value, testId, strong }: { label: string; value: string; testId?: string; strong?: boolean }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className={strong ? 'info-row__value legal-deadline__strong' : 'info-row__value'} data-testid={testId}>
        {value}
      </Text>
    </View>
  )
}

/** Red under 3 days, orange under 10: how the countdown looks on lists and on the report. */
export function countdownClass(deadline: LegalDeadline, now: number): string {
  if (!deadline.lastDay) return 'tag'
  const days = calendarDaysLeft(deadline.lastDay, deadline.timeZone, new Date(now))
  return days < 3 ? 'tag tag--red' : days < 10 ? 'tag tag--orange' : 'tag'
}

/**
 * The last day to act abroad, its countdown and the rule behind it (period, trigger, extension,
 * source, how sure we are). Shows it when staff corrected the rule after this was computed.
 */
export function LegalDeadlineCard({ deadline, ruleChange, now }: { deadline: LegalDeadline; ruleChange: RuleChange | null; now: number }) {
  return (
    <View className='card legal-deadline' data-testid='legal-deadline'>
      <View className='card__header'>
        <Text className='card__title'>境外法定期限</Text>
        {deadline.lastDay && (
          <Text className={countdownClass(deadline, now)} data-testid='legal-countdown'>
            {countdownText(deadline.lastDay, deadline.timeZone, new Date(now))}
          </Text>
        )}
      </View>
      <Row label='程序' value={ruleTitle(deadline)} />
      <Row label={DEADLINE_TRIGGER_LABELS[deadline.trigger]} value={deadline.triggerDate} />
      {deadline.lastDay && deadline.lastMomentAt ? (
        <>
          <Row label='最后期限' value={`${deadline.lastDay}（当地日期）`} testId='legal-last-day' strong />
          <Row label='北京时间' value={`${formatShanghai(deadline.lastMomentAt)} 前`} testId='legal-last-moment' />
        </>
      ) : (
        <Text className='legal-rule__warning' data-testid='legal-no-date'>{deadline.note ?? '该国没有此程序，不计算日期'}</Text>
      )}
      {deadline.endsOnWeekend && (
        <Text className='legal-rule__warning' data-testid='legal-weekend'>
          最后一天是当地周末。多数官方会顺延到下一个工作日，但本系统不推算外国节假日，请按这一天准备或向专家确认。
        </Text>
      )}
      <View className='legal-rule'>
        <Text className='legal-rule__line'>规则：{ruleText(deadline)}</Text>
        {deadline.extension && <Text className='legal-rule__line'>延期：{deadline.extension}</Text>}
        {deadline.lastDayWithExtensions && <Text className='legal-rule__line'>延期后最晚：{deadline.lastDayWithExtensions}</Text>}
        {deadline.lastDay && deadline.note && <Text className='legal-rule__line'>说明：{deadline.note}</Text>}
        <Text className='legal-rule__line' data-testid='legal-source'>来源：{deadline.sourceCitation}</Text>
        {deadline.sourceUrl && <Text className='legal-rule__line legal-rule__url'>{deadline.sourceUrl}</Text>}
        <Text className='muted'>
          可信度：{CONFIDENCE_LABELS[deadline.confidence]}
          {deadline.verifiedOn ? `，${deadline.verifiedOn} 核实` : '，尚未核实'}。仅供参考，请以官方和专家意见为准。
        </Text>
      </View>
      {ruleChange && (
        <Text className='legal-rule__warning' data-testid='legal-rule-changed'>
          工作人员已于 {formatShanghai(ruleChange.updatedAt)} 更新此规则（第 {ruleChange.currentRevision} 版）；本上报按提交时的第 {deadline.ruleRevision} 版计算，请承办人复核。
        </Text>
      )}
    </View>
  )
}

/** Trade fairs move fast: act the same day at the fair; a preliminary injunction loses urgency in about a month. */
export function TradeFairCard({ fair }: { fair: TradeFair }) {
  return (
    <View className='card' data-testid='trade-fair'>
      <Text className='card__title'>展会</Text>
      <Row label='名称' value={fair.name} />
      <Row label='会期' value={`${fair.startDate} 至 ${fair.endDate}`} />
      <Text className='legal-rule__warning'>展会现场的投诉和证据固定通常需要当天完成，请在闭幕（{fair.endDate}）前处理。</Text>
      <Text className='legal-rule__line'>
        如需申请临时禁令：发现侵权后约一个月，法院通常认为已不紧迫。以开幕日计约为 {addMonths(fair.startDate, 1)}，请尽早与专家商定。
      </Text>
    </View>
  )
}
