import { Input, Picker, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { DISTRICTS, type District } from '../../../../types/catalog/districts'
import { IP_TYPES, ipTypeName, type IpTypeCode } from '../../../../types/catalog/ip-types'
import { REGIONS, regionName, type RegionCode } from '../../../../types/catalog/regions'
import { SERVICE_TYPES, serviceTypeName, type ServiceTypeCode } from '../../../../types/catalog/service-types'
import { searchAgencies } from '../../../../types/directory/contracts'
import { AGENCY_SORT_LABELS, AGENCY_SORTS, type AgencySummary, type DistrictFacet } from '../../../../types/directory/schemas'
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
type Sort = (typeof AGENCY_SORTS)[number]

interface Query {
  keyword: string
  district: District | null
  service: ServiceTypeCode | null
  ipType: IpTypeCode | null
  country: RegionCode | null
  sort: Sort
}

type ListState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready'; items: AgencySummary[]; total: number; page: number; facets: DistrictFacet[] }
  | { status: 'error'; error: ActionError }

const COUNTRY_NAMES = ['全部国家/地区', ...REGIONS.map((r) => r.name)]
const SORT_OPTIONS = AGENCY_SORTS.map((code) => ({ code, name: code === 'default' ? '默认' : AGENCY_SORT_LABELS[code] }))

function toInput(query: Query, page: number) {
  return {
    page,
    pageSize: PAGE_SIZE,
    keyword: query.keyword,
    district: query.district ?? undefined,
    service: query.service ?? undefined,
    ipType: query.ipType ?? undefined,
    country: query.country ?? undefined,
    sort: query.sort,
  }
}

function AgencyCard({ agency }: { agency: AgencySummary }) {
  return (
    <View
      className='card entity-card'
      data-testid='agency-item'
      data-id={agency.agencyId}
      onClick={() => openRoute(ROUTES.agencyDetail, { id: agency.agencyId })}
    >
      <View className='card__header'>
        <Text className='card__title entity-card__name' data-testid='agency-item-name'>
          {agency.name}
        </Text>
        <Text className='tag'>{agency.district}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>负责人</Text>
        <Text className='info-row__value'>{agency.personInCharge}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>地址</Text>
        <Text className='info-row__value'>{agency.address}</Text>
      </View>
      {agency.services.length > 0 && (
        <View className='entity-card__tags'>
          <TagList names={agency.services.map(serviceTypeName)} />
        </View>
      )}
    </View>
  )
}

export default function AgenciesPage() {
  const [keywordText, setKeywordText] = useState('')
  const keyword = useDebouncedValue(keywordText.trim(), 300)
  const [filters, setFilters] = useState<Omit<Query, 'keyword'>>({
    district: null,
    service: null,
    ipType: null,
    country: null,
    sort: 'default',
  })
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [loadingMore, setLoadingMore] = useState(false)
  const latestRequest = useRef(0)
  const query: Query = { keyword, ...filters }

  const load = async (q: Query) => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    const requestId = ++latestRequest.current
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }))
    try {
      const result = await callFunction(searchAgencies, toInput(q, 1))
      if (requestId !== latestRequest.current) return
      setState({ status: 'ready', items: result.items, total: result.total, page: result.page, facets: result.facets.districts })
    } catch (error) {
      const actionError = handleLoadError(error)
      if (requestId === latestRequest.current) setState({ status: 'error', error: actionError })
    }
  }

  // One call per settled query: typing waits for the debounce, a chip tap searches at once.
  useEffect(() => {
    void load(query)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keyword, filters])

  const loadMore = async () => {
    if (state.status !== 'ready' || loadingMore) return
    const requestId = latestRequest.current
    setLoadingMore(true)
    try {
      const next = await callFunction(searchAgencies, toInput(query, state.page + 1))
      if (requestId !== latestRequest.current) return
      setState({ ...state, items: [...state.items, ...next.items], total: next.total, page: next.page })
    } catch (error) {
      showActionError(error)
    } finally {
      setLoadingMore(false)
    }
  }

  const setFilter = <K extends keyof typeof filters>(key: K, value: (typeof filters)[K]) =>
    setFilters((previous) => ({ ...previous, [key]: value }))

  const facets = state.status === 'ready' ? state.facets : []
  const facetCount = new Map(facets.map((f) => [f.district, f.count]))
  const districtOptions = DISTRICTS.filter((d) => (facetCount.get(d) ?? 0) > 0 || d === filters.district).map((d) => ({
    code: d,
    name: d,
    count: facetCount.get(d) ?? 0,
  }))
  const allCount = facets.reduce((sum, f) => sum + f.count, 0)
  const countryIndex = filters.country ? REGIONS.findIndex((r) => r.code === filters.country) + 1 : 0

  return (
    <View className='directory'>
      <View className='search-bar'>
        <View className='search-bar__box'>
          <Text className='search-bar__icon'>⌕</Text>
          <Input
            className='search-bar__input'
            data-testid='agency-search'
            placeholder='搜索机构名称、服务、地址'
            placeholderClass='form-field__placeholder'
            maxlength={-1}
            confirmType='search'
            value={keywordText}
            onInput={(e) => setKeywordText(e.detail.value)}
          />
        </View>
        <View className='filter-row'>
          <Text className='filter-row__label'>区域</Text>
          <View className='filter-row__chips'>
            <ChipSingleSelect
              options={districtOptions}
              value={filters.district}
              onChange={(d) => setFilter('district', d)}
              testIdPrefix='district-chip'
              allCount={state.status === 'ready' ? allCount : undefined}
            />
          </View>
        </View>
        <View className='filter-row'>
          <Text className='filter-row__label'>服务</Text>
          <View className='filter-row__chips'>
            <ChipSingleSelect
              options={SERVICE_TYPES}
              value={filters.service}
              onChange={(s) => setFilter('service', s)}
              testIdPrefix='service-chip'
            />
          </View>
        </View>
        <View className='filter-row'>
          <Text className='filter-row__label'>类型</Text>
          <View className='filter-row__chips'>
            <ChipSingleSelect
              options={IP_TYPES}
              value={filters.ipType}
              onChange={(t) => setFilter('ipType', t)}
              testIdPrefix='iptype-chip'
            />
          </View>
        </View>
        <View className='filter-row'>
          <Text className='filter-row__label'>国家</Text>
          <View className='filter-row__chips'>
            <View className='chips'>
              <Picker
                mode='selector'
                range={COUNTRY_NAMES}
                value={countryIndex}
                onChange={(e) => {
                  const index = Number(e.detail.value)
                  setFilter('country', index === 0 ? null : (REGIONS[index - 1]?.code ?? null))
                }}
              >
                <Text className={filters.country ? 'chip chip--small chip--selected' : 'chip chip--small'} data-testid='country-filter'>
                  {filters.country ? regionName(filters.country) : '全部国家/地区'} ▾
                </Text>
              </Picker>
              <Text className='filter-row__label'>排序</Text>
              {SORT_OPTIONS.map((option) => (
                <Text
                  key={option.code}
                  className={filters.sort === option.code ? 'chip chip--small chip--selected' : 'chip chip--small'}
                  data-testid={`sort-${option.code}`}
                  onClick={() => setFilter('sort', option.code)}
                >
                  {option.name}
                </Text>
              ))}
            </View>
          </View>
        </View>
      </View>

      <View className='page'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.agencies} />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load(query)} />
          </View>
        )}
        {state.status === 'ready' && (
          <>
            <Text className='muted list-total' data-testid='agency-total'>
              共 {state.total} 家机构
              {filters.ipType ? ` · ${ipTypeName(filters.ipType)}` : ''}
            </Text>
            {state.items.length === 0 && (
              <View className='card'>
                <StatusView
                  icon='∅'
                  title='没有找到符合条件的机构'
                  description='换个关键词，或清除筛选条件再试试。'
                  testId='agency-empty'
                />
              </View>
            )}
            {state.items.map((agency) => (
              <AgencyCard key={agency.agencyId} agency={agency} />
            ))}
            <LoadMoreButton shown={state.items.length < state.total} loading={loadingMore} onLoad={loadMore} testId='agency-load-more' />
          </>
        )}
        <HotlineCard />
        <PrivacySheet />
      </View>
    </View>
  )
}
