import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import {
  getMyAlertSubscription,
  stopMyAlertSubscription,
  updateMyAlertSubscription,
} from '../../../../types/alerts/contracts'
import type { AlertSubscription, AlertTopics } from '../../../../types/alerts/schemas'
import { INDUSTRIES } from '../../../../types/catalog/industries'
import { IP_TYPES } from '../../../../types/catalog/ip-types'
import { REGION_GROUPS, REGIONS, type RegionGroup } from '../../../../types/catalog/regions'
import { getMyNotificationSettings } from '../../../../types/messaging/contracts'
import type { SubscribeTemplate, TemplateQuota } from '../../../../types/messaging/schemas'
import { formatShanghai } from '../../../../types/time'
import { ChipSelect } from '../../../components/chip-select'
import { FieldError } from '../../../components/field-error'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError, showActionError, showFormError, type FieldErrors } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'
import { rememberSubscribeTemplates } from '../../../services/subscribe-templates'
import './index.scss'

const REGIONS_BY_GROUP = (Object.keys(REGION_GROUPS) as RegionGroup[]).map((group) => ({
  group,
  label: REGION_GROUPS[group],
  regions: REGIONS.filter((region) => region.group === group),
}))

type PageState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready' }
  | { status: 'error'; error: ActionError }

const EMPTY: AlertTopics = { countries: [], ipTypes: [], industries: [] }

export default function AlertSubscriptionPage() {
  const [state, setState] = useState<PageState>({ status: 'loading' })
  const [subscription, setSubscription] = useState<AlertSubscription | null>(null)
  const [topics, setTopics] = useState<AlertTopics>(EMPTY)
  const [alertTemplate, setAlertTemplate] = useState<SubscribeTemplate | null>(null)
  const [quota, setQuota] = useState<TemplateQuota | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState<'save' | 'stop' | 'push' | null>(null)
  const loaded = useRef(false)

  const load = async () => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    if (!loaded.current) setState({ status: 'loading' })
    try {
      const [{ subscription: current }, settings] = await Promise.all([
        callFunction(getMyAlertSubscription, {}),
        callFunction(getMyNotificationSettings, {}),
      ])
      setSubscription(current)
      // Keep what the user is editing when the page is shown again.
      if (!loaded.current && current) {
        setTopics({ countries: current.countries, ipTypes: current.ipTypes, industries: current.industries })
      }
      rememberSubscribeTemplates(settings.templates)
      setAlertTemplate(settings.templates.find((t) => t.key === 'alert_published') ?? null)
      setQuota(settings.quotas.find((q) => q.key === 'alert_published') ?? null)
      loaded.current = true
      setState({ status: 'ready' })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  useDidShow(() => {
    void load()
  })

  const update = <K extends keyof AlertTopics>(key: K, value: AlertTopics[K]) => {
    setTopics((previous) => ({ ...previous, [key]: value }))
    setErrors((previous) => (previous[key] ? { ...previous, [key]: undefined } : previous))
  }

  const save = async () => {
    if (busy) return
    setBusy('save')
    try {
      const result = await callFunction(updateMyAlertSubscription, topics)
      setSubscription(result.subscription)
      setErrors({})
      void Taro.showToast({ title: '订阅已保存', icon: 'success' })
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setBusy(null)
    }
  }

  const stop = async () => {
    if (busy) return
    setBusy('stop')
    try {
      const result = await callFunction(stopMyAlertSubscription, {})
      setSubscription(result.subscription)
      void Taro.showToast({ title: '已停止接收预警', icon: 'none' })
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(null)
    }
  }

  /** The WeChat popup must open first thing in the tap, before any await. */
  const enablePush = () => {
    const popup = askToSubscribe('alertEnablePush')
    if (busy || !alertTemplate) return
    setBusy('push')
    void popup
      .then((outcome) => {
        if (!outcome) return
        if (outcome.error) {
          showActionError(outcome.error)
          return
        }
        if (outcome.quotas) setQuota(outcome.quotas.find((q) => q.key === 'alert_published') ?? null)
        const accepted = Object.values(outcome.results).includes('accept')
        void Taro.showToast({ title: accepted ? '已开启推送提醒' : '未开启推送', icon: 'none' })
      })
      .finally(() => setBusy(null))
  }

  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'signed-out') {
    return (
      <View className='page'>
        <SignInRequired returnTo={ROUTES.alertSubscription} />
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

  const active = subscription?.active ?? false
  const quotaText =
    quota === null ? '未开启' : quota.remaining === null ? '长期有效' : `剩余 ${quota.remaining} 次`

  return (
    <View className='page alert-subscription' data-testid='alert-subscription'>
      <View className='card subscription__status'>
        <View className='card__header'>
          <Text className='card__title'>订阅状态</Text>
          <Text className={active ? 'tag tag--green' : 'tag'} data-testid='subscription-status' data-active={active ? 'true' : 'false'}>
            {active ? '接收中' : subscription ? '已停止' : '未订阅'}
          </Text>
        </View>
        {subscription && (
          <Text className='muted'>上次修改：{formatShanghai(subscription.updatedAt)}</Text>
        )}
        <View className='info-row'>
          <Text className='info-row__label'>微信推送</Text>
          <Text className='info-row__value' data-testid='push-quota'>
            {quotaText}
          </Text>
        </View>
        <Text className='card__desc'>
          微信每次授权只允许推送一条提醒；推送次数用完后，新预警仍会出现在「消息中心」。
        </Text>
        {alertTemplate && (
          <Button
            className={classNames('btn btn--secondary btn--small', busy === 'push' && 'btn--disabled')}
            data-testid='subscribe-push'
            disabled={busy === 'push'}
            onClick={enablePush}
          >
            开启微信推送提醒
          </Button>
        )}
      </View>

      <View className='card'>
        <Text className='card__title'>关注的国家/地区</Text>
        <Text className='form-field__hint'>不选表示不限</Text>
        {REGIONS_BY_GROUP.map(({ group, label, regions }) => (
          <View key={group}>
            <Text className='chip-group__label'>{label}</Text>
            <ChipSelect options={regions} selected={topics.countries} onChange={(next) => update('countries', next)} testIdPrefix='topic-country' />
          </View>
        ))}
        <FieldError field='countries' message={errors.countries} />
      </View>

      <View className='card'>
        <Text className='card__title'>知识产权类型</Text>
        <Text className='form-field__hint'>不选表示不限</Text>
        <ChipSelect options={IP_TYPES} selected={topics.ipTypes} onChange={(next) => update('ipTypes', next)} testIdPrefix='topic-ip-type' />
        <FieldError field='ipTypes' message={errors.ipTypes} />
      </View>

      <View className='card'>
        <Text className='card__title'>行业</Text>
        <Text className='form-field__hint'>不选表示不限</Text>
        <ChipSelect options={INDUSTRIES} selected={topics.industries} onChange={(next) => update('industries', next)} testIdPrefix='topic-industry' />
        <FieldError field='industries' message={errors.industries} />
      </View>

      <Button
        className={classNames('btn btn--primary', busy === 'save' && 'btn--disabled')}
        data-testid='subscription-save'
        disabled={busy === 'save'}
        loading={busy === 'save'}
        onClick={() => void save()}
      >
        {/* An element, not bare text: React would replace the button's whole textContent, removing the
            spinner's anchor that Taro's H5 button keeps inside it (NotFoundError: insertBefore). */}
        <Text>{active ? '保存订阅' : '保存并开始接收'}</Text>
      </Button>
      {active && (
        <Button
          className={classNames('btn btn--danger', busy === 'stop' && 'btn--disabled')}
          data-testid='subscription-stop'
          disabled={busy === 'stop'}
          onClick={() => void stop()}
        >
          停止接收预警
        </Button>
      )}
    </View>
  )
}
