import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { regionName } from '../../../../types/catalog/regions'
import { listDeadlineRules } from '../../../../types/deadlines/contracts'
import { CONFIDENCE_LABELS, STALE_AFTER_MONTHS, type DeadlineRule } from '../../../../types/deadlines/schemas'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError } from '../../../services/show-error'
import { ruleText, ruleTitle } from '../shared/deadline-text'
// Same order as the other report pages (legal-deadline first): one CSS order for the subpackage.
import '../shared/legal-deadline.scss'
import '../shared/reports.scss'

type State = { status: 'loading' } | { status: 'ready'; items: DeadlineRule[] } | { status: 'error'; error: ActionError }

function RuleCard({ rule }: { rule: DeadlineRule }) {
  return (
    <View className='card' data-testid='deadline-rule' data-rule-id={rule.ruleId} data-stale={rule.stale ? 'true' : 'false'} onClick={() => openRoute(ROUTES.deadlineRuleEdit, { id: rule.ruleId })}>
      <View className='card__header'>
        <Text className='report-item__title'>{ruleTitle(rule)}</Text>
        {rule.stale && (
          <Text className='tag tag--orange' data-testid='deadline-rule-stale'>
            {rule.verifiedOn ? `超过 ${STALE_AFTER_MONTHS} 个月未核实` : '尚未核实'}
          </Text>
        )}
      </View>
      <Text className='report-item__line'>适用：{rule.regions.map(regionName).join('、')}</Text>
      <Text className='legal-rule__line'>{ruleText(rule)}</Text>
      {rule.extension && <Text className='legal-rule__line'>延期：{rule.extension}</Text>}
      <Text className='legal-rule__line'>来源：{rule.sourceCitation}</Text>
      <View className='report-item__footer'>
        <Text className='muted'>{CONFIDENCE_LABELS[rule.confidence]}</Text>
        <Text className='muted'>{rule.verifiedOn ? `${rule.verifiedOn} 核实` : '未核实'} · 第 {rule.revision} 版</Text>
      </View>
    </View>
  )
}

/** Staff: the rule table, with rules not verified in the last 12 months flagged first. */
export default function DeadlineRulesPage() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = useCallback(async () => {
    try {
      const { items } = await callFunction(listDeadlineRules, {})
      setState({ status: 'ready', items: [...items].sort((a, b) => Number(b.stale) - Number(a.stale)) })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }, [])
  // Back from an edit: show the saved revision.
  useDidShow(() => void load())

  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'error') {
    return (
      <View className='page'>
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void load()} />
        </View>
      </View>
    )
  }
  const stale = state.items.filter((r) => r.stale).length
  return (
    <View className='page' data-testid='deadline-rules'>
      <View className='card'>
        <Text className='card__desc'>
          共 {state.items.length} 条规则，其中 {stale} 条超过 {STALE_AFTER_MONTHS} 个月未核实或尚未核实，请对照来源核实后更新核实日期。修改只影响之后提交的上报。
        </Text>
      </View>
      {state.items.map((rule) => (
        <RuleCard key={rule.ruleId} rule={rule} />
      ))}
    </View>
  )
}
