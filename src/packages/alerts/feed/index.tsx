import { Input, Picker, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { getAlertReadStates } from '../../../../types/alerts/contracts'
import { INDUSTRIES, industryName, type IndustryCode } from '../../../../types/catalog/industries'
import { IP_TYPES, ipTypeName, type IpTypeCode } from '../../../../types/catalog/ip-types'
import { REGIONS, regionName, type RegionCode } from '../../../../types/catalog/regions'
import { searchContent } from '../../../../types/content/contracts'
import { SEVERITY_LABELS, type ContentKind, type ContentSummary } from '../../../../types/content/schemas'
import { formatShanghai } from '../../../../types/time'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError, showActionError } from '../../../services/show-error'
import { FEED_KIND_LABELS, FEED_KINDS, isContentKind, SEVERITY_TAG_CLASS } from '../shared/labels'
import './index.scss'
import { LoadMoreButton } from '../../../components/load-more-button'
import { HotlineCard } from '../../../components/hotline-card'
import { PrivacySheet } from '../../../components/privacy-sheet'

const PAGE_SIZE = 10
const SEARCH_DELAY_MS = 400

interface Filters {
  kind: ContentKind
  country: RegionCode | null
  ipType: IpTypeCode | null
  industry: IndustryCode | null
  keyword: string
}

type FeedState =
  | { status: 'loading' }
  | { status: 'ready'; items: ContentSummary[]; total: number; page: number }
  | { status: 'error'; error: ActionError }

const TITLES: Record<ContentKind, string> = {
  risk_alert: '预警信息',
  law_change: '法律政策',
  fee_change: '官费变化',
  country_guide: '国别指南',
  typical_case: '典型案例',
}

function FilterPicker<T extends string>({
  testId,
  label,
  options,
  value,
  nameOf,
  onChange,
}: {
  testId: string
  label: string
  options: readonly { code: T; name: string }[]
  value: T | null
  nameOf: (code: T) => string
  onChange: (code: T | null) => void
}) {
  const range = [`${label}不限`, ...options.map((o) => o.name)]
  const index = value ? options.findIndex((o) => o.code === value) + 1 : 0
  return (
    <View className='filter-bar__cell'>
      <Picker mode='selector' range={range} value={index} onChange={(e) => onChange(options[Number(e.detail.value) - 1]?.code ?? null)}>
        <View className={classNames('filter-bar__item', value && 'filter-bar__item--active')} data-testid={testId}>
          <Text>{value ? nameOf(value) : label}</Text>
          <Text> ▾</Text>
        </View>
      </Picker>
    </View>
  )
}

function FeedItem({ item, unread }: { item: ContentSummary; unread: boolean }) {
  const places = item.countries.map(regionName).join('、')
  const types = item.ipTypes.map(ipTypeName).join('、')
  return (
    <View
      className='card feed-item'
      data-testid='feed-item'
      data-id={item.contentId}
      data-unread={unread ? 'true' : 'false'}
      onClick={() => openRoute(ROUTES.alertDetail, { id: item.contentId })}
    >
      <View className='feed-item__title-row'>
        {unread && <Text className='unread-dot' data-testid='unread-dot' />}
        <Text className='feed-item__title'>{item.title}</Text>
        {item.severity && (
          <Text className={SEVERITY_TAG_CLASS[item.severity]} data-testid='severity-tag' data-severity={item.severity}>
            {SEVERITY_LABELS[item.severity]}
          </Text>
        )}
      </View>
      {item.status === 'withdrawn' && (
        <Text className='notice notice--danger' data-testid='withdrawn-notice'>
          该信息已撤回，内容仅供参考
        </Text>
      )}
      <Text className='feed-item__summary'>{item.summary}</Text>
      <Text className='feed-item__meta'>
        {[places, types, item.publishedAt ? formatShanghai(item.publishedAt, 'YYYY-MM-DD') : ''].filter(Boolean).join(' · ')}
      </Text>
    </View>
  )
}

export default function AlertFeedPage() {
  const { params } = useRouter()
  const [filters, setFilters] = useState<Filters>({
    kind: isContentKind(params.kind) ? params.kind : 'risk_alert',
    country: null,
    ipType: null,
    industry: null,
    keyword: '',
  })
  // What is typed, before the debounce copies it into the filters.
  const [typed, setTyped] = useState('')
  const [state, setState] = useState<FeedState>({ status: 'loading' })
  // contentId → read; ids not in the map are not known yet (no dot until they are).
  const [readMap, setReadMap] = useState<ReadonlyMap<string, boolean>>(new Map())
  const [loadingMore, setLoadingMore] = useState(false)
  const latestRequest = useRef(0)
  const shownOnce = useRef(false)

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: TITLES[filters.kind] })
  }, [filters.kind])

  const query = (f: Filters, page: number) => ({
    kind: f.kind,
    country: f.country ?? undefined,
    ipType: f.ipType ?? undefined,
    industry: f.industry ?? undefined,
    keyword: f.keyword || undefined,
    // Staff would otherwise also see drafts here: the feed is what readers see.
    status: 'published' as const,
    page,
    pageSize: PAGE_SIZE,
  })

  /** Read marks for a page of items; quietly skipped when signed out (H5) or on failure. */
  const loadReadStates = async (items: ContentSummary[]) => {
    if (items.length === 0 || !hasSession()) return
    try {
      const { readContentIds } = await callFunction(getAlertReadStates, { contentIds: items.map((i) => i.contentId) })
      const read = new Set(readContentIds)
      setReadMap((previous) => {
        const next = new Map(previous)
        for (const item of items) next.set(item.contentId, read.has(item.contentId))
        return next
      })
    } catch {
      // Unread dots are a nicety: the feed stays usable without them.
    }
  }

  const load = async (f: Filters, quiet = false) => {
    const requestId = ++latestRequest.current
    if (!quiet) setState({ status: 'loading' })
    try {
      const result = await callFunction(searchContent, query(f, 1))
      if (requestId !== latestRequest.current) return
      setState({ status: 'ready', items: result.items, total: result.total, page: result.page })
      void loadReadStates(result.items)
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
      const next = await callFunction(searchContent, query(filters, state.page + 1))
      if (requestId !== latestRequest.current) return
      setState({ status: 'ready', items: [...state.items, ...next.items], total: next.total, page: next.page })
      void loadReadStates(next.items)
    } catch (error) {
      showActionError(error)
    } finally {
      setLoadingMore(false)
    }
  }

  const apply = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch }
    setFilters(next)
    void load(next)
  }

  // Debounced keyword: the search runs once typing pauses.
  useEffect(() => {
    const keyword = typed.trim()
    if (keyword === filters.keyword) return
    const handle = setTimeout(() => apply({ keyword }), SEARCH_DELAY_MS)
    return () => clearTimeout(handle)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed])

  // First show loads; coming back from a detail page refreshes quietly (read dots, withdrawals).
  useDidShow(() => {
    void load(filters, shownOnce.current)
    shownOnce.current = true
  })

  return (
    <View className='alert-feed'>
      <View className='kind-tabs'>
        {FEED_KINDS.map((kind) => (
          <View
            key={kind}
            className={classNames('kind-tabs__tab', kind === filters.kind && 'kind-tabs__tab--active')}
            data-testid={`kind-tab-${kind}`}
            onClick={() => kind !== filters.kind && apply({ kind })}
          >
            <Text>{FEED_KIND_LABELS[kind]}</Text>
          </View>
        ))}
      </View>

      <View className='page'>
        <View className='search-box'>
          <Input
            className='search-box__input'
            data-testid='feed-search'
            placeholder='搜索标题、摘要或正文'
            placeholderClass='form-field__placeholder'
            maxlength={-1}
            value={typed}
            confirmType='search'
            onInput={(e) => setTyped(e.detail.value)}
          />
        </View>
        <View className='filter-bar'>
          <FilterPicker testId='filter-country' label='国家/地区' options={REGIONS} value={filters.country} nameOf={regionName} onChange={(country) => apply({ country })} />
          <FilterPicker testId='filter-ip-type' label='类型' options={IP_TYPES} value={filters.ipType} nameOf={ipTypeName} onChange={(ipType) => apply({ ipType })} />
          <FilterPicker testId='filter-industry' label='行业' options={INDUSTRIES} value={filters.industry} nameOf={industryName} onChange={(industry) => apply({ industry })} />
        </View>

        {state.status === 'loading' && <LoadingView />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load(filters)} />
          </View>
        )}
        {state.status === 'ready' && (
          <>
            <View className='toolbar'>
              <Text className='muted' data-testid='feed-total'>
                共 {state.total} 条
              </Text>
              <Text className='muted' data-testid='entry-alert-subscription' onClick={() => openRoute(ROUTES.alertSubscription)}>
                订阅设置 ›
              </Text>
            </View>
            {state.items.length === 0 && (
              <View className='card'>
                <StatusView icon='∅' title='暂无相关信息' description='换个筛选条件或关键词试试。' testId='empty' />
              </View>
            )}
            {state.items.map((item) => (
              <FeedItem key={item.contentId} item={item} unread={readMap.get(item.contentId) === false} />
            ))}
            <LoadMoreButton shown={state.items.length < state.total} loading={loadingMore} onLoad={loadMore} testId='load-more' />
          </>
        )}
        <HotlineCard />
        <PrivacySheet />
      </View>
    </View>
  )
}
