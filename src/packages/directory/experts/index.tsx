import { Input, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { IP_TYPES, ipTypeName, type IpTypeCode } from '../../../../types/catalog/ip-types'
import { LANGUAGES, languageName, type LanguageCode } from '../../../../types/catalog/languages'
import { regionName } from '../../../../types/catalog/regions'
import { searchExperts } from '../../../../types/experts/contracts'
import type { ExpertSummary } from '../../../../types/experts/schemas'
import { ChipSingleSelect } from '../../../components/directory/chip-select'
import { TagList } from '../../../components/directory/tag-list'
import { useDebouncedValue } from '../../../components/directory/use-debounced-value'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError, showActionError } from '../../../services/show-error'
import '../../../styles/directory.scss'
import { LoadMoreButton } from '../../../components/load-more-button'
import { HotlineCard } from '../../../components/hotline-card'
import { PrivacySheet } from '../../../components/privacy-sheet'

const PAGE_SIZE = 10

interface Filters {
  ipType: IpTypeCode | null
  language: LanguageCode | null
}

type ListState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready'; items: ExpertSummary[]; total: number; page: number }
  | { status: 'error'; error: ActionError }

/** The first character of the name, skipping a bracketed prefix such as 【演示】. */
function initialOf(name: string): string {
  const bare = name.replace(/^【[^】]*】/, '').trim()
  return bare.slice(0, 1) || '专'
}

function ExpertCard({ expert }: { expert: ExpertSummary }) {
  return (
    <View
      className='card expert-card'
      data-testid='expert-item'
      data-id={expert.expertId}
      onClick={() => openRoute(ROUTES.expertDetail, { id: expert.expertId })}
    >
      <Text className='avatar'>{initialOf(expert.name)}</Text>
      <View className='expert-card__body'>
        <View className='card__header'>
          <Text className='card__title entity-card__name' data-testid='expert-item-name'>
            {expert.name}
          </Text>
          <Text className='tag tag--green'>{expert.yearsOverseasExperience} 年海外经验</Text>
        </View>
        <Text className='card__desc'>
          {expert.title} · {expert.affiliation}
        </Text>
        <View className='info-row'>
          <Text className='info-row__label'>擅长</Text>
          <Text className='info-row__value'>{expert.ipTypes.map(ipTypeName).join('、')}</Text>
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>国家/地区</Text>
          <Text className='info-row__value'>{expert.countries.map(regionName).join('、')}</Text>
        </View>
        <View className='entity-card__tags'>
          <TagList names={expert.languages.map(languageName)} />
        </View>
      </View>
    </View>
  )
}

export default function ExpertsPage() {
  const [keywordText, setKeywordText] = useState('')
  const keyword = useDebouncedValue(keywordText.trim(), 300)
  const [filters, setFilters] = useState<Filters>({ ipType: null, language: null })
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [loadingMore, setLoadingMore] = useState(false)
  const latestRequest = useRef(0)

  const input = (page: number) => ({
    page,
    pageSize: PAGE_SIZE,
    keyword,
    ipType: filters.ipType ?? undefined,
    language: filters.language ?? undefined,
  })

  const load = async () => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    const requestId = ++latestRequest.current
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    try {
      const result = await callFunction(searchExperts, input(1))
      if (requestId !== latestRequest.current) return
      setState({ status: 'ready', items: result.items, total: result.total, page: result.page })
    } catch (error) {
      const actionError = handleLoadError(error)
      if (requestId === latestRequest.current) setState({ status: 'error', error: actionError })
    }
  }

  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keyword, filters])

  const loadMore = async () => {
    if (state.status !== 'ready' || loadingMore) return
    const requestId = latestRequest.current
    setLoadingMore(true)
    try {
      const next = await callFunction(searchExperts, input(state.page + 1))
      if (requestId !== latestRequest.current) return
      setState({ ...state, items: [...state.items, ...next.items], total: next.total, page: next.page })
    } catch (error) {
      showActionError(error)
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <View className='directory'>
      <View className='search-bar'>
        <View className='search-bar__box'>
          <Text className='search-bar__icon'>⌕</Text>
          <Input
            className='search-bar__input'
            data-testid='expert-search'
            placeholder='搜索姓名、单位、国家、语言'
            placeholderClass='form-field__placeholder'
            maxlength={-1}
            confirmType='search'
            value={keywordText}
            onInput={(e) => setKeywordText(e.detail.value)}
          />
        </View>
        <View className='filter-row'>
          <Text className='filter-row__label'>类型</Text>
          <View className='filter-row__chips'>
            <ChipSingleSelect
              options={IP_TYPES}
              value={filters.ipType}
              onChange={(ipType) => setFilters((f) => ({ ...f, ipType }))}
              testIdPrefix='expert-iptype-chip'
            />
          </View>
        </View>
        <View className='filter-row'>
          <Text className='filter-row__label'>语言</Text>
          <View className='filter-row__chips'>
            <ChipSingleSelect
              options={LANGUAGES}
              value={filters.language}
              onChange={(language) => setFilters((f) => ({ ...f, language }))}
              testIdPrefix='expert-language-chip'
            />
          </View>
        </View>
      </View>
      <View className='page'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.experts} />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load()} />
          </View>
        )}
        {state.status === 'ready' && (
          <>
            <Text className='muted list-total' data-testid='expert-total'>
              共 {state.total} 位专家
            </Text>
            {state.items.length === 0 && (
              <View className='card'>
                <StatusView icon='∅' title='没有找到符合条件的专家' description='换个关键词或筛选条件再试试。' testId='expert-empty' />
              </View>
            )}
            {state.items.map((expert) => (
              <ExpertCard key={expert.expertId} expert={expert} />
            ))}
            <LoadMoreButton shown={state.items.length < state.total} loading={loadingMore} onLoad={loadMore} testId='expert-load-more' />
          </>
        )}
        <HotlineCard />
        <PrivacySheet />
      </View>
    </View>
  )
}
