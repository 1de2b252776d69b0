import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { cancelAlertSchedule, getAlertDeliveryStats } from '../../../../types/alerts/contracts'
import { ALERT_DISPATCH_STATE_LABELS, type AlertDeliveryStats } from '../../../../types/alerts/schemas'
import { formatShanghai } from '../../../../types/time'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showActionError } from '../../../services/show-error'
import './index.scss'

type StatsState = { status: 'loading' } | { status: 'ready'; stats: AlertDeliveryStats } | { status: 'error'; error: ActionError }

const CELLS: { key: keyof AlertDeliveryStats; label: string }[] = [
  { key: 'planned', label: '计划推送' },
  { key: 'pending', label: '待发送' },
  { key: 'sent', label: '已推送' },
  { key: 'skippedNoQuota', label: '无订阅次数' },
  { key: 'refused', label: '用户拒收' },
  { key: 'failed', label: '发送失败' },
  { key: 'uncertain', label: '结果未知' },
  { key: 'cancelled', label: '已取消' },
  { key: 'read', label: '已阅读' },
]

export default function AlertStatsPage() {
  const { params } = useRouter()
  const contentId = params.id ?? ''
  const [state, setState] = useState<StatsState>({ status: 'loading' })

  const load = async () => {
    try {
      setState({ status: 'ready', stats: await callFunction(getAlertDeliveryStats, { contentId }) })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  useDidShow(() => {
    void load()
  })

  const cancel = async () => {
    try {
      await callFunction(cancelAlertSchedule, { contentId })
      void Taro.showToast({ title: '已取消定时发布', icon: 'none' })
      void load()
    } catch (error) {
      showActionError(error)
    }
  }

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
  const { stats } = state
  const schedule = stats.schedule
  return (
    <View className='page alert-stats' data-testid='alert-stats'>
      <View className='card'>
        <View className='card__header'>
          <Text className='card__title'>发布状态</Text>
          <Text className='tag tag--blue' data-testid='stats-state' data-state={schedule?.state ?? 'none'}>
            {schedule ? ALERT_DISPATCH_STATE_LABELS[schedule.state] : '未发布'}
          </Text>
        </View>
        {schedule?.state === 'scheduled' && schedule.blockedReason && (
          <Text className='notice notice--danger' data-testid='stats-blocked-reason'>
            {schedule.blockedReason}
          </Text>
        )}
        {schedule?.publishAt && (
          <View className='info-row'>
            <Text className='info-row__label'>定时发布</Text>
            <Text className='info-row__value'>{formatShanghai(schedule.publishAt)}</Text>
          </View>
        )}
        {schedule?.publishedAt && (
          <View className='info-row'>
            <Text className='info-row__label'>发布时间</Text>
            <Text className='info-row__value'>{formatShanghai(schedule.publishedAt)}</Text>
          </View>
        )}
        {schedule && (
          <View className='info-row'>
            <Text className='info-row__label'>匹配订阅用户</Text>
            <Text className='info-row__value' data-testid='stats-matched'>
              {schedule.matched}
              {schedule.urgent ? '（紧急，不受免打扰限制）' : ''}
            </Text>
          </View>
        )}
        {schedule?.state === 'scheduled' && (
          <Button className='btn btn--danger btn--small' data-testid='stats-cancel-schedule' onClick={() => void cancel()}>
            取消定时发布
          </Button>
        )}
      </View>
      <View className='card'>
        <Text className='card__title'>推送情况</Text>
        <View className='stat-grid'>
          {CELLS.map(({ key, label }) => (
            <View key={key} className='stat-grid__cell' data-testid={`stats-${key}`}>
              <Text className='stat-grid__value'>{String(stats[key] ?? 0)}</Text>
              <Text className='stat-grid__label'>{label}</Text>
            </View>
          ))}
        </View>
        <Text className='card__desc'>推送次数用完的用户仍会在消息中心收到提醒，计入「无订阅次数」。</Text>
      </View>
    </View>
  )
}
