import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { listAlertSchedules } from '../../../../types/alerts/contracts'
import { searchContent } from '../../../../types/content/contracts'
import {
  CONTENT_KIND_LABELS,
  CONTENT_STATUS_LABELS,
  CONTENT_STATUSES,
  type ContentStatus,
  type ContentSummary,
} from '../../../../types/content/schemas'
import { formatShanghai } from '../../../../types/time'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError, showActionError } from '../../../services/show-error'
import './index.scss'
import { LoadMoreButton } from '../../../components/load-more-button'

const PAGE_SIZE = 20

const STATUS_TAG: Record<ContentStatus, string> = {
  draft: 'tag',
  published: 'tag tag--green',
  withdrawn: 'tag tag--red',
}

type ListState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready'; items: ContentSummary[]; total: number; page: number }
  | { status: 'error'; error: ActionError }

/** A schedule waiting for its time, and why the timer could not publish it when it came (if so). */
interface PendingSchedule {
  publishAt: string
  blockedReason: string | null
}

function ContentRow({ item, schedule }: { item: ContentSummary; schedule?: PendingSchedule }) {
  const publishAt = schedule?.publishAt
  return (
    <View className='card feed-item' data-testid='admin-content-item' data-id={item.contentId} data-status={item.status} onClick={() => openRoute(ROUTES.alertEditor, { id: item.contentId })}>
      <View className='feed-item__title-row'>
        <Text className='feed-item__title'>{item.title}</Text>
        {schedule?.blockedReason && item.status !== 'published' ? (
          <Text className='tag tag--red' data-testid='admin-blocked-tag'>
            定时未发布
          </Text>
        ) : publishAt && item.status !== 'published' ? (
          <Text className='tag tag--orange' data-testid='admin-scheduled-tag'>
            定时 {formatShanghai(publishAt, 'MM-DD HH:mm')}
          </Text>
        ) : (
          <Text className={STATUS_TAG[item.status]}>{CONTENT_STATUS_LABELS[item.status]}</Text>
        )}
      </View>
      {schedule?.blockedReason && item.status !== 'published' && (
        <Text className='notice notice--danger' data-testid='admin-blocked-reason'>
          {schedule.blockedReason}
        </Text>
      )}
      <Text className='feed-item__summary'>{item.summary}</Text>
      <View className='toolbar'>
        <Text className='feed-item__meta'>
          {CONTENT_KIND_LABELS[item.kind]} · 更新于 {formatShanghai(item.updatedAt)}
        </Text>
        {item.status !== 'draft' && (
          <Text
            className='muted'
            data-testid='admin-open-stats'
            onClick={(event) => {
              event.stopPropagation()
              openRoute(ROUTES.alertStats, { id: item.contentId })
            }}
          >
            推送统计 ›
          </Text>
        )}
      </View>
    </View>
  )
}

export default function AlertAdminListPage() {
  const [filter, setFilter] = useState<ContentStatus>('draft')
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [loadingMore, setLoadingMore] = useState(false)
  const latestRequest = useRef(0)
  // contentId → schedule of alerts waiting for their scheduled time (they are still drafts).
  const [scheduled, setScheduled] = useState<ReadonlyMap<string, PendingSchedule>>(new Map())

  const loadScheduled = async () => {
    try {
      const result = await callFunction(listAlertSchedules, { state: 'scheduled', page: 1, pageSize: 50 })
      setScheduled(
        new Map(result.items.flatMap((s) => (s.publishAt ? [[s.contentId, { publishAt: s.publishAt, blockedReason: s.blockedReason }] as const] : []))),
      )
    } catch {
      // Only the 定时 tags and block reasons depend on this.
    }
  }

  const load = async (status: ContentStatus) => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    const requestId = ++latestRequest.current
    setState({ status: 'loading' })
    try {
      const result = await callFunction(searchContent, { status, page: 1, pageSize: PAGE_SIZE })
      if (requestId !== latestRequest.current) return
      setState({ status: 'ready', items: result.items, total: result.total, page: result.page })
    } catch (error) {
      const actionError = handleLoadError(error)
      if (requestId === latestRequest.current) setState({ status: 'error', error: actionError })
    }
  }

  const loadMore = async () => {
    if (state.status !== 'ready' || loadingMore) return
    const requestId = latestRequest.current
    setLoadingMore(true)
    try {
      const next = await callFunction(searchContent, { status: filter, page: state.page + 1, pageSize: PAGE_SIZE })
      if (requestId !== latestRequest.current) return
      setState({ status: 'ready', items: [...state.items, ...next.items], total: next.total, page: next.page })
    } catch (error) {
      showActionError(error)
    } finally {
      setLoadingMore(false)
    }
  }

  useDidShow(() => {
    void load(filter)
    if (hasSession()) void loadScheduled()
  })

  const switchTo = (status: ContentStatus) => {
    if (status === filter) return
    setFilter(status)
    void load(status)
  }

  return (
    <View className='alert-admin'>
      <View className='kind-tabs'>
        {CONTENT_STATUSES.map((status) => (
          <View key={status} className={classNames('kind-tabs__tab', status === filter && 'kind-tabs__tab--active')} data-testid={`admin-status-tab-${status}`} onClick={() => switchTo(status)}>
            <Text>{CONTENT_STATUS_LABELS[status]}</Text>
          </View>
        ))}
      </View>
      <View className='page'>
        <View className='btn-group'>
          <Button className='btn btn--primary btn--small' data-testid='admin-new-content' onClick={() => openRoute(ROUTES.alertEditor)}>
            新建信息
          </Button>
          <Button className='btn btn--secondary btn--small' data-testid='admin-delivery-problems' onClick={() => openRoute(ROUTES.deliveryProblems)}>
            推送异常
          </Button>
          <Button className='btn btn--secondary btn--small' data-testid='admin-link-domains' onClick={() => openRoute(ROUTES.linkDomains)}>
            链接允许列表
          </Button>
        </View>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.alertAdminList} />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load(filter)} />
          </View>
        )}
        {state.status === 'ready' && (
          <>
            <Text className='muted' data-testid='admin-content-total'>
              共 {state.total} 条
            </Text>
            {state.items.length === 0 && (
              <View className='card'>
                <StatusView icon='∅' title={`没有${CONTENT_STATUS_LABELS[filter]}的信息`} testId='empty' />
              </View>
            )}
            {state.items.map((item) => (
              <ContentRow key={item.contentId} item={item} schedule={scheduled.get(item.contentId)} />
            ))}
            <LoadMoreButton shown={state.items.length < state.total} loading={loadingMore} onLoad={loadMore} testId='load-more' />
          </>
        )}
      </View>
    </View>
  )
}
