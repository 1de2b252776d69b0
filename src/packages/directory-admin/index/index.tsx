import { Button, Input, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { searchAgencies } from '../../../../types/directory/contracts'
import { AGENCY_STATUS_LABELS, type AgencySummary } from '../../../../types/directory/schemas'
import { searchExperts } from '../../../../types/experts/contracts'
import { EXPERT_STATUS_LABELS, type ExpertSummary } from '../../../../types/experts/schemas'
import { useDebouncedValue } from '../../../components/directory/use-debounced-value'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showActionError } from '../../../services/show-error'
import '../../../styles/directory.scss'
import { StaffGate } from '../form-parts'

type Tab = 'agencies' | 'experts'
const PAGE_SIZE = 20

type ListState =
  | { status: 'loading' }
  | { status: 'ready'; tab: 'agencies'; items: AgencySummary[]; total: number; page: number }
  | { status: 'ready'; tab: 'experts'; items: ExpertSummary[]; total: number; page: number }
  | { status: 'error'; error: ActionError }

export default function DirectoryAdminPage() {
  return (
    <View className='page'>
      <StaffGate returnTo={ROUTES.directoryAdmin}>
        <AdminLists />
      </StaffGate>
    </View>
  )
}

async function fetchPage(tab: Tab, keyword: string, page: number) {
  // No status filter: staff see active and suspended entries together.
  if (tab === 'agencies') {
    const result = await callFunction(searchAgencies, { keyword, page, pageSize: PAGE_SIZE, sort: 'default' })
    return { tab, items: result.items, total: result.total, page: result.page } as const
  }
  const result = await callFunction(searchExperts, { keyword, page, pageSize: PAGE_SIZE })
  return { tab, items: result.items, total: result.total, page: result.page } as const
}

function AdminLists() {
  const [tab, setTab] = useState<Tab>('agencies')
  const [keywordText, setKeywordText] = useState('')
  const keyword = useDebouncedValue(keywordText.trim(), 300)
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [loadingMore, setLoadingMore] = useState(false)
  const latestRequest = useRef(0)

  const load = async () => {
    const requestId = ++latestRequest.current
    try {
      const result = await fetchPage(tab, keyword, 1)
      if (requestId === latestRequest.current) setState({ status: 'ready', ...result })
    } catch (error) {
      const actionError = handleLoadError(error)
      if (requestId === latestRequest.current) setState({ status: 'error', error: actionError })
    }
  }

  useEffect(() => {
    setState({ status: 'loading' })
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab, keyword])

  // Coming back from an edit page shows the saved state (the first load is the effect above: this
  // list mounts after the staff check, when the page's first show has already happened).
  useDidShow(() => {
    void load()
  })

  const loadMore = async () => {
    if (state.status !== 'ready' || loadingMore) return
    const requestId = latestRequest.current
    setLoadingMore(true)
    try {
      const next = await fetchPage(state.tab, keyword, state.page + 1)
      if (requestId !== latestRequest.current) return
      if (state.tab === 'agencies' && next.tab === 'agencies') {
        setState({ ...state, items: [...state.items, ...next.items], total: next.total, page: next.page })
      } else if (state.tab === 'experts' && next.tab === 'experts') {
        setState({ ...state, items: [...state.items, ...next.items], total: next.total, page: next.page })
      }
    } catch (error) {
      showActionError(error)
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <View data-testid='directory-admin'>
      <View className='btn-group'>
        <Button className='btn btn--primary btn--small' data-testid='admin-new-agency' onClick={() => openRoute(ROUTES.agencyEdit)}>
          新建机构
        </Button>
        <Button className='btn btn--primary btn--small' data-testid='admin-new-expert' onClick={() => openRoute(ROUTES.expertEdit)}>
          新建专家
        </Button>
        <Button className='btn btn--secondary btn--small' data-testid='admin-transfer' onClick={() => openRoute(ROUTES.directoryTransfer)}>
          导入导出
        </Button>
      </View>

      <View className='card'>
        <View className='chips'>
          {(['agencies', 'experts'] as const).map((t) => (
            <Text
              key={t}
              className={t === tab ? 'chip chip--selected' : 'chip'}
              data-testid={`admin-tab-${t}`}
              onClick={() => setTab(t)}
            >
              {t === 'agencies' ? '服务机构' : '专家'}
            </Text>
          ))}
        </View>
        <View className='search-bar__box'>
          <Text className='search-bar__icon'>⌕</Text>
          <Input
            className='search-bar__input'
            data-testid='admin-search'
            placeholder={tab === 'agencies' ? '搜索机构名称、地址' : '搜索专家姓名、单位'}
            placeholderClass='form-field__placeholder'
            maxlength={-1}
            value={keywordText}
            onInput={(e) => setKeywordText(e.detail.value)}
          />
        </View>
      </View>

      {state.status === 'loading' && <LoadingView />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void load()} />
        </View>
      )}
      {state.status === 'ready' && (
        <>
          <Text className='muted list-total'>共 {state.total} 条（含已暂停）</Text>
          {state.items.length === 0 && (
            <View className='card'>
              <StatusView icon='∅' title='没有找到' testId='admin-empty' />
            </View>
          )}
          {state.tab === 'agencies' &&
            state.items.map((agency) => (
              <View
                key={agency.agencyId}
                className='card'
                data-testid='admin-agency-item'
                data-id={agency.agencyId}
                onClick={() => openRoute(ROUTES.agencyEdit, { id: agency.agencyId })}
              >
                <View className='card__header'>
                  <Text className='card__title entity-card__name'>{agency.name}</Text>
                  <Text className={agency.status === 'active' ? 'tag tag--green' : 'tag tag--red'}>
                    {AGENCY_STATUS_LABELS[agency.status]}
                  </Text>
                </View>
                <Text className='card__desc'>
                  {agency.batch} · {agency.district} · {agency.personInCharge}
                </Text>
              </View>
            ))}
          {state.tab === 'experts' &&
            state.items.map((expert) => (
              <View
                key={expert.expertId}
                className='card'
                data-testid='admin-expert-item'
                data-id={expert.expertId}
                onClick={() => openRoute(ROUTES.expertEdit, { id: expert.expertId })}
              >
                <View className='card__header'>
                  <Text className='card__title entity-card__name'>{expert.name}</Text>
                  <Text className={expert.status === 'active' ? 'tag tag--green' : 'tag tag--orange'}>
                    {EXPERT_STATUS_LABELS[expert.status]}
                  </Text>
                </View>
                <Text className='card__desc'>
                  {expert.title} · {expert.affiliation}
                </Text>
              </View>
            ))}
          {state.items.length < state.total && (
            <Button
              className={classNames('btn btn--secondary', loadingMore && 'btn--disabled')}
              data-testid='admin-load-more'
              disabled={loadingMore}
              onClick={() => void loadMore()}
            >
              加载更多
            </Button>
          )}
        </>
      )}
    </View>
  )
}
