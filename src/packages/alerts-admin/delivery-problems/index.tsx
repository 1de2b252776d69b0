import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { listDeliveryProblems, requeueDelivery } from '../../../../types/messaging/contracts'
import { OUTBOX_STATUS_LABELS, type DeliveryProblem } from '../../../../types/messaging/schemas'
import { formatShanghai } from '../../../../types/time'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showActionError } from '../../../services/show-error'
import './index.scss'

const FILTERS = [
  { key: 'all', label: '全部' },
  { key: 'dead', label: '多次失败' },
  { key: 'failed', label: '发送失败' },
  { key: 'uncertain', label: '结果未知' },
] as const
type Filter = (typeof FILTERS)[number]['key']

type ListState = { status: 'loading' } | { status: 'ready'; items: DeliveryProblem[]; total: number } | { status: 'error'; error: ActionError }

export default function DeliveryProblemsPage() {
  const [filter, setFilter] = useState<Filter>('all')
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [requeueing, setRequeueing] = useState<string | null>(null)

  const load = async (f: Filter) => {
    setState({ status: 'loading' })
    try {
      const result = await callFunction(listDeliveryProblems, { page: 1, pageSize: 50, status: f === 'all' ? undefined : f })
      setState({ status: 'ready', items: result.items, total: result.total })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  useDidShow(() => {
    void load(filter)
  })

  const requeue = async (problem: DeliveryProblem) => {
    if (requeueing) return
    setRequeueing(problem.deliveryId)
    try {
      await callFunction(requeueDelivery, { deliveryId: problem.deliveryId })
      void Taro.showToast({ title: '已重新排队发送', icon: 'success' })
      void load(filter)
    } catch (error) {
      showActionError(error)
    } finally {
      setRequeueing(null)
    }
  }

  return (
    <View className='delivery-problems'>
      <View className='kind-tabs'>
        {FILTERS.map(({ key, label }) => (
          <View
            key={key}
            className={classNames('kind-tabs__tab', key === filter && 'kind-tabs__tab--active')}
            data-testid={`problem-filter-${key}`}
            onClick={() => {
              if (key === filter) return
              setFilter(key)
              void load(key)
            }}
          >
            <Text>{label}</Text>
          </View>
        ))}
      </View>
      <View className='page'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load(filter)} />
          </View>
        )}
        {state.status === 'ready' && (
          <>
            <Text className='muted' data-testid='problem-total'>
              共 {state.total} 条
            </Text>
            {state.items.length === 0 && (
              <View className='card'>
                <StatusView icon='✓' title='没有推送异常' testId='empty' />
              </View>
            )}
            {state.items.map((problem) => (
              <View key={problem.deliveryId} className='card' data-testid='problem-item' data-id={problem.deliveryId} data-status={problem.status}>
                <View className='card__header'>
                  <Text className='card__title'>{problem.sourceKind === 'alert' ? '预警推送' : problem.templateKey}</Text>
                  <Text className={problem.status === 'uncertain' ? 'tag tag--orange' : 'tag tag--red'}>{OUTBOX_STATUS_LABELS[problem.status]}</Text>
                </View>
                <View className='info-row'>
                  <Text className='info-row__label'>接收用户</Text>
                  <Text className='info-row__value'>{problem.recipientUserId}</Text>
                </View>
                <View className='info-row'>
                  <Text className='info-row__label'>尝试次数</Text>
                  <Text className='info-row__value'>{problem.attempts}</Text>
                </View>
                {problem.lastError && (
                  <View className='info-row'>
                    <Text className='info-row__label'>错误信息</Text>
                    <Text className='info-row__value'>{problem.lastError}</Text>
                  </View>
                )}
                <View className='info-row'>
                  <Text className='info-row__label'>更新时间</Text>
                  <Text className='info-row__value'>{formatShanghai(problem.updatedAt)}</Text>
                </View>
                {problem.status === 'uncertain' ? (
                  <Text className='card__desc'>该推送可能已送达，为避免重复不会重发；消息中心中已有此提醒。</Text>
                ) : (
                  <Button
                    className={classNames('btn btn--secondary btn--small', requeueing === problem.deliveryId && 'btn--disabled')}
                    data-testid='problem-requeue'
                    disabled={requeueing !== null}
                    loading={requeueing === problem.deliveryId}
                    onClick={() => void requeue(problem)}
                  >
                    重新发送
                  </Button>
                )}
              </View>
            ))}
          </>
        )}
      </View>
    </View>
  )
}
