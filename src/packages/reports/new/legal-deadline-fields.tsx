import { Picker, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { procedureFitsIpType } from '../../../../types/deadlines/applicability'
import { listDeadlineRules } from '../../../../types/deadlines/contracts'
import { DEADLINE_TRIGGER_LABELS, type DeadlineRule } from '../../../../types/deadlines/schemas'
import { FieldError } from '../../../components/field-error'
import { callFunction } from '../../../services/call-function'
import { SingleChips } from '../shared/chips'
import { ruleText, ruleTitle } from '../shared/deadline-text'
import type { ReportDraft } from '../shared/draft'
import '../shared/legal-deadline.scss'

type Rules = { status: 'loading' } | { status: 'ready'; items: DeadlineRule[] } | { status: 'error' }

/**
 * The foreign office's legal clock: the liaison picks the rule (office and procedure, offered for
 * the chosen countries and IP type) and the date of the triggering event; the server computes the
 * last day. Optional: a liaison who does not know the date can leave it to the expert.
 */
export function LegalDeadlineFields({ draft, error, today, onChange }: {
  draft: ReportDraft
  error?: string
  today: string
  onChange: (ruleId: string | null, triggerDate: string | null) => void
}) {
  const [rules, setRules] = useState<Rules>({ status: 'loading' })
  useEffect(() => {
    let live = true
    callFunction(listDeadlineRules, {})
      .then((result) => live && setRules({ status: 'ready', items: result.items }))
      .catch(() => live && setRules({ status: 'error' }))
    return () => {
      live = false
    }
  }, [])

  const fitting = rules.status === 'ready'
    ? rules.items.filter((r) => r.regions.some((region) => draft.countries.includes(region)) && procedureFitsIpType(r.procedure, draft.ipType))
    : []
  const chosen = fitting.find((r) => r.ruleId === draft.legalRuleId) ?? null

  return (
    <View className={error ? 'form-field form-field--invalid' : 'form-field'} data-field='legalDeadline' data-testid='report-field-legalDeadline'>
      <Text className='form-field__label'>境外法定期限（可选）</Text>
      <Text className='form-field__hint'>如异议期：选择官方机构并填写公告或授权日期，系统会算出最后期限并提醒</Text>
      {rules.status === 'loading' && <Text className='muted'>正在加载期限规则…</Text>}
      {rules.status === 'error' && <Text className='muted'>期限规则暂时无法加载，可先不填，提交后由专家判断</Text>}
      {rules.status === 'ready' && draft.countries.length === 0 && <Text className='muted'>请先选择涉及的国家/地区</Text>}
      {rules.status === 'ready' && draft.countries.length > 0 && fitting.length === 0 && (
        <Text className='muted' data-testid='legal-rule-none'>所选国家/地区暂无期限规则，请在情况描述中写明已知的期限</Text>
      )}
      {fitting.length > 0 && (
        <SingleChips
          options={fitting.map((r) => ({ code: r.ruleId, name: ruleTitle(r) }))}
          value={chosen?.ruleId ?? null}
          onChange={(ruleId) => onChange(ruleId, draft.legalTriggerDate)}
          testIdPrefix='legal-rule'
        />
      )}
      {chosen && (
        <View className='legal-rule' data-testid='legal-rule-chosen'>
          <Text className='legal-rule__line'>{ruleText(chosen)}</Text>
          {chosen.extension && <Text className='legal-rule__line'>延期：{chosen.extension}</Text>}
          {chosen.period && (
            <View className='report-deadline'>
              <Picker mode='date' value={draft.legalTriggerDate ?? today} end={today} onChange={(e) => onChange(chosen.ruleId, e.detail.value)}>
                <View className='form-field__control picker-control' data-testid='legal-trigger-date'>
                  <Text className={draft.legalTriggerDate ? 'picker-control__value' : 'form-field__placeholder'}>
                    {draft.legalTriggerDate ?? `选择${DEADLINE_TRIGGER_LABELS[chosen.trigger]}`}
                  </Text>
                  <Text className='menu__arrow'>›</Text>
                </View>
              </Picker>
              <Text className='report-deadline__clear' data-testid='legal-rule-clear' onClick={() => onChange(null, null)}>
                清除
              </Text>
            </View>
          )}
          {!chosen.period && chosen.note && <Text className='legal-rule__warning'>{chosen.note}</Text>}
        </View>
      )}
      <FieldError field='legalDeadline' message={error} />
    </View>
  )
}
