import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { listMyMessages, markMessagesRead } from '../../../../types/messaging/contracts'
import type { MessageItem } from '../../../../types/messaging/schemas'
import { formatShanghai } from '../../../../types/time'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { ROUTES, isKnownRoute } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError, showActionError } from '../../../services/show-error'
import './index.scss'
import { LoadMoreButton } from '../../../components/load-more-button'

const PAGE_SIZE = 20

type ListState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready'; items: MessageItem[]; total: number; page: number }
  | { status: 'error'; error: ActionError }

/** Opens the page a message links to, if it is one of ours (the link comes from stored data). */
function openMessagePage(page: string | null) {
  if (!page) return
  const url = `/${page.replace(/^\/+/, '')}`
  if (!isKnownRoute(url)) return
  void Taro.navigateTo({ url })
}

export default function MessageCenterPage() {
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [unreadCount, setUnreadCount] = useState(0)
  const [busy, setBusy] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const shownOnce = useRef(false)

  const load = async (quiet = false) => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    if (!quiet) setState({ status: 'loading' })
    try {
      const result = await callFunction(listMyMessages, { page: 1, pageSize: PAGE_SIZE, unreadOnly: false })
      setUnreadCount(result.unreadCount)
      setState({ status: 'ready', items: result.items, total: result.total, page: result.page })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  const loadMore = async () => {
    if (state.status !== 'ready' || loadingMore) return
    setLoadingMore(true)
    try {
      const next = await callFunction(listMyMessages, { page: state.page + 1, pageSize: PAGE_SIZE, unreadOnly: false })
      setUnreadCount(next.unreadCount)
      setState({ status: 'ready', items: [...state.items, ...next.items], total: next.total, page: next.page })
    } catch (error) {
      showActionError(error)
    } finally {
      setLoadingMore(false)
    }
  }

  useDidShow(() => {
    void load(shownOnce.current)
    shownOnce.current = true
  })

  const markLocally = (ids: ReadonlySet<string> | 'all') => {
    const now = new Date().toISOString()
    setState((previous) =>
      previous.status === 'ready'
        ? {
            ...previous,
            items: previous.items.map((item) =>
              !item.readAt && (ids === 'all' || ids.has(item.messageId)) ? { ...item, readAt: now } : item,
            ),
          }
        : previous,
    )
  }

  const open = (item: MessageItem) => {
    if (!item.readAt) {
      markLocally(new Set([item.messageId]))
      void callFunction(markMessagesRead, { messageIds: [item.messageId] }).then(
        (result) => setUnreadCount(result.unreadCount),
        () => undefined,
      )
    }
    if (item.withdrawn) {
      void Taro.showToast({ title: '该信息已被发布单位撤回', icon: 'none' })
      return
    }
    openMessagePage(item.page)
  }

  const markAll = async () => {
    if (busy) return
    setBusy(true)
    try {
      const result = await callFunction(markMessagesRead, { all: true })
      setUnreadCount(result.unreadCount)
      markLocally('all')
      void Taro.showToast({ title: '已全部标为已读', icon: 'none' })
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(false)
    }
  }

  if (state.status === 'signed-out') {
    return (
      <View className='page'>
        <SignInRequired returnTo={ROUTES.messageCenter} />
      </View>
    )
  }

  return (
    <View className='page message-center' data-testid='message-center'>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void load()} />
        </View>
      )}
      {state.status === 'ready' && (
        <>
          <View className='toolbar'>
            <Text className='muted' data-testid='message-unread-count' data-count={unreadCount}>
              {unreadCount > 0 ? `${unreadCount} 条未读` : '没有未读消息'}
            </Text>
            {unreadCount > 0 && (
              <Button
                className={classNames('btn btn--secondary btn--small', busy && 'btn--disabled')}
                data-testid='mark-all-read'
                disabled={busy}
                onClick={() => void markAll()}
              >
                全部已读
              </Button>
            )}
          </View>
          {state.items.length === 0 && (
            <View className='card'>
              <StatusView icon='✉' title='暂无消息' description='关注的预警发布后，会在这里提醒您。' testId='empty' />
            </View>
          )}
          {state.items.map((item) => (
            <View
              key={item.messageId}
              className={classNames('card feed-item', item.readAt && 'message-item--read')}
              data-testid='message-item'
              data-id={item.messageId}
              data-unread={item.readAt ? 'false' : 'true'}
              onClick={() => open(item)}
            >
              <View className='feed-item__title-row'>
                {!item.readAt && <Text className='unread-dot' data-testid='unread-dot' />}
                <Text className='feed-item__title'>{item.title}</Text>
              </View>
              {item.withdrawn && (
                <Text className='notice notice--danger' data-testid='message-withdrawn'>
                  该预警已被发布单位撤回，请以最新发布为准
                </Text>
              )}
              <Text className='feed-item__summary'>{item.summary}</Text>
              <Text className='feed-item__meta'>{formatShanghai(item.createdAt)}</Text>
            </View>
          ))}
          <LoadMoreButton shown={state.items.length < state.total} loading={loadingMore} onLoad={loadMore} testId='load-more' />
        </>
      )}
    </View>
  )
}
