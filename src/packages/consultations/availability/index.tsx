import { Button, Input, Switch, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { IP_TYPES } from '../../../../types/catalog/ip-types'
import { SERVICE_TYPES } from '../../../../types/catalog/service-types'
import { CONSULTATION_MODES, CONSULTATION_MODE_LABELS, type AvailabilityRules, type ProviderKind } from '../../../../types/consultations/availability'
import { getAvailability, saveAvailability } from '../../../../types/consultations/contracts'
import { ChipSelect } from '../../../components/chip-select'
import { FieldError } from '../../../components/field-error'
import { RegionPicker } from '../../../components/region-picker'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { ROUTES } from '../../../routes'
import { toActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'
import { usePreloadSubscribeTemplates } from '../../../services/subscribe-templates'
import { ExceptionEditor, WeeklyEditor } from './rule-editors'
import '../shared/consultations.scss'

const NUMBERS: Array<{ field: keyof AvailabilityRules; label: string }> = [
  { field: 'slotMinutes', label: '每次咨询时长（分钟）' },
  { field: 'bufferMinutes', label: '两次咨询间隔（分钟）' },
  { field: 'minNoticeHours', label: '最少提前预约（小时）' },
  { field: 'horizonDays', label: '可预约未来天数' },
  { field: 'dailyCap', label: '每天最多预约数' },
]
const draftKey = (who: string) => `availability-draft:${who}`

/** The provider's (or, for staff, ?kind=&id= a provider's) weekly hours, exceptions and booking rules. */
export default function AvailabilityEditorPage() {
  const { params } = useRouter()
  const provider = params.kind && params.id ? { kind: params.kind as ProviderKind, id: params.id } : undefined
  const who = provider ? `${provider.kind}:${provider.id}` : 'own'
  const { state, reload } = useSignedInLoad(() => callFunction(getAvailability, { provider }), who)
  const [rules, setRules] = useState<AvailabilityRules | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  usePreloadSubscribeTemplates()

  useEffect(() => {
    if (state.status !== 'ready') return
    const stored: unknown = Taro.getStorageSync(draftKey(who))
    setRules(typeof stored === 'string' && stored ? (JSON.parse(stored) as AvailabilityRules) : state.data.rules)
  }, [state, who])
  useEffect(() => {
    if (rules) Taro.setStorageSync(draftKey(who), JSON.stringify(rules))
  }, [rules, who])

  if (state.status !== 'ready' || !rules) {
    return (
      <View className='page'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.availabilityEditor} />}
        {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      </View>
    )
  }
  const set = (patch: Partial<AvailabilityRules>) => setRules({ ...rules, ...patch })
  const save = () => {
    void askToSubscribe('consultationProviderSave')
    if (saving) return
    setSaving(true)
    void callFunction(saveAvailability, { provider, rules })
      .then(() => {
        Taro.removeStorageSync(draftKey(who))
        setErrors({})
        void Taro.showToast({ title: '已保存', icon: 'success' })
      })
      .catch((error: unknown) => {
        showFormError(error)
        // Issues are under `rules.<field>…`: mark the field they are about.
        const issues = toActionError(error).issues.map((i) => [String(i.path[1] ?? i.path[0]), i.message] as const)
        setErrors(Object.fromEntries([...issues].reverse()))
      })
      .finally(() => setSaving(false))
  }
  const err = (field: string) => errors[field]

  return (
    <View className='page' data-testid='availability-editor'>
      <View className='card'>
        <Text className='card__title'>{state.data.provider.name}</Text>
        <View className='switch-row'>
          <Text>接受企业预约</Text>
          <Switch checked={rules.open} data-testid='availability-open' onChange={(e) => set({ open: e.detail.value })} />
        </View>
        <View className='switch-row'>
          <Text>法定节假日休息，调休上班日按周一时段</Text>
          <Switch checked={rules.followWorkingCalendar} onChange={(e) => set({ followWorkingCalendar: e.detail.value })} />
        </View>
      </View>
      <View className='card'>
        <Text className='form-field__label'>每周可预约时段（北京时间）</Text>
        <WeeklyEditor rules={rules.weekly} onChange={(weekly) => set({ weekly })} />
        <FieldError field='weekly' message={err('weekly')} />
      </View>
      <View className='card'>
        <Text className='form-field__label'>例外日期（休息或加开）</Text>
        <ExceptionEditor items={rules.exceptions} onChange={(exceptions) => set({ exceptions })} />
        <FieldError field='exceptions' message={err('exceptions')} />
      </View>
      <View className='card'>
        {NUMBERS.map(({ field, label }) => (
          <View key={field} className={err(field) ? 'form-field form-field--invalid' : 'form-field'}>
            <Text className='form-field__label'>{label}</Text>
            <View className='form-field__control'>
              <Input maxlength={-1}
                className='form-field__input'
                type='number'
                data-testid={`availability-${field}`}
                value={String(rules[field])}
                onInput={(e) => set({ [field]: Number(e.detail.value) })}
              />
            </View>
            <FieldError field={field} message={err(field)} />
          </View>
        ))}
      </View>
      <View className='card'>
        <Text className='form-field__label'>咨询方式</Text>
        <ChipSelect options={CONSULTATION_MODES.map((m) => ({ code: m, name: CONSULTATION_MODE_LABELS[m] }))} selected={rules.modes} onChange={(modes) => set({ modes })} testIdPrefix='availability-mode' />
        <FieldError field='modes' message={err('modes')} />
        {rules.modes.includes('video') && (
          <View className='form-field'>
            <Text className='form-field__label'>视频会议链接</Text>
            <View className='form-field__control'>
              <Input maxlength={-1} className='form-field__input' value={rules.meetingLink ?? ''} placeholder='https://' onInput={(e) => set({ meetingLink: e.detail.value || null })} />
            </View>
            <FieldError field='meetingLink' message={err('meetingLink')} />
          </View>
        )}
        <Text className='form-field__label'>咨询主题</Text>
        <ChipSelect options={SERVICE_TYPES.map((s) => ({ code: s.code, name: s.name }))} selected={rules.topics} onChange={(topics) => set({ topics })} testIdPrefix='availability-topic' />
        <FieldError field='topics' message={err('topics')} />
        <Text className='form-field__label'>知识产权类型</Text>
        <ChipSelect options={IP_TYPES.map((t) => ({ code: t.code, name: t.name }))} selected={rules.ipTypes} onChange={(ipTypes) => set({ ipTypes })} testIdPrefix='availability-ip' />
        <FieldError field='ipTypes' message={err('ipTypes')} />
        <Text className='form-field__label'>熟悉的国家或地区（不选即不限）</Text>
        <RegionPicker selected={rules.countries} onChange={(countries) => set({ countries })} max={60} testId='availability-countries' chipTestIdPrefix='availability-country' />
      </View>
      <Button className='btn btn--primary' data-testid='availability-save' loading={saving} onClick={save}>
        保存
      </Button>
    </View>
  )
}
