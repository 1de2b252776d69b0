import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { markAlertRead } from '../../../../types/alerts/contracts'
import { ipTypeName } from '../../../../types/catalog/ip-types'
import { regionName } from '../../../../types/catalog/regions'
import { industryName } from '../../../../types/catalog/industries'
import { getContent } from '../../../../types/content/contracts'
import { CONTENT_KIND_LABELS, SEVERITY_LABELS, type Content, type ContentSummary } from '../../../../types/content/schemas'
import { formatShanghai } from '../../../../types/time'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { goBackOr, openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { toActionError, type ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError } from '../../../services/show-error'
import { preloadSubscribeTemplates } from '../../../services/subscribe-templates'
import { ContentBody } from '../shared/content-body'
import { SEVERITY_TAG_CLASS } from '../shared/labels'
import { TopUpButton } from '../shared/top-up-button'
import './index.scss'
import { PrivacySheet } from '../../../components/privacy-sheet'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

type DetailState =
  | { status: 'loading' }
  | { status: 'ready'; content: Content; related: ContentSummary[] }
  /** Not published (any more): withdrawn, or a link to something that never existed. */
  | { status: 'unavailable' }
  | { status: 'error'; error: ActionError }

type TopUp = { templateIds: string[]; message: string } | null

function InfoRow({ label, value, testId }: { label: string; value: string; testId?: string }) {
  if (!value) return null
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className='info-row__value' data-testid={testId}>
        {value}
      </Text>
    </View>
  )
}

/** H5: the page address to paste elsewhere (the hash route with this item's id). */
function copyPageLink(contentId: string) {
  const link = `${window.location.origin}${window.location.pathname}#${ROUTES.alertDetail}?id=${encodeURIComponent(contentId)}`
  void Taro.setClipboardData({ data: link }).then(
    () => Taro.showToast({ title: '链接已复制', icon: 'none' }),
    () => Taro.showToast({ title: '复制失败', icon: 'none' }),
  )
}

export default function AlertDetailPage() {
  const { params } = useRouter()
  const contentId = params.id ?? ''
  const [state, setState] = useState<DetailState>({ status: 'loading' })
  const [topUp, setTopUp] = useState<TopUp>(null)

  useShareAppMessage(() => ({
    title: state.status === 'ready' ? state.content.title : '海外知识产权预警信息',
    path: `${ROUTES.alertDetail}?id=${encodeURIComponent(contentId)}`,
  }))

  const markRead = async () => {
    if (!hasSession()) return
    try {
      const result = await callFunction(markAlertRead, { contentId })
      // The offer's tap opens the popup synchronously, so its template ids must be at hand by then.
      if (result.topUp) void preloadSubscribeTemplates()
      setTopUp(result.topUp)
    } catch {
      // Read marks and the top-up offer are secondary: the article is already on screen.
    }
  }

  const load = async () => {
    if (!contentId) {
      setState({ status: 'unavailable' })
      return
    }
    setState({ status: 'loading' })
    try {
      const { content, related } = await callFunction(getContent, { contentId })
      setState({ status: 'ready', content, related })
      void Taro.setNavigationBarTitle({ title: CONTENT_KIND_LABELS[content.kind] })
      if (content.status === 'published') void markRead()
    } catch (error) {
      if (toActionError(error).code === 'NOT_FOUND') {
        setState({ status: 'unavailable' })
        return
      }
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contentId])

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
  if (state.status === 'unavailable') {
    return (
      <View className='page'>
        <View className='card'>
          <StatusView icon='!' title='该信息已撤回或不存在' description='发布单位已撤回此信息，请以最新发布为准。' testId='content-unavailable'>
            <Button className='btn btn--secondary btn--small' data-testid='back-to-feed' onClick={() => goBackOr(ROUTES.alertFeed)}>
              返回信息列表
            </Button>
          </StatusView>
        </View>
      </View>
    )
  }

  const { content, related } = state
  return (
    <View className='page alert-detail' data-testid='alert-detail' data-id={content.contentId}>
      {content.status === 'withdrawn' && (
        <Text className='notice notice--danger' data-testid='withdrawn-notice'>
          该信息已于 {content.withdrawnAt ? formatShanghai(content.withdrawnAt) : ''} 撤回
          {content.withdrawReason ? `：${content.withdrawReason}` : ''}
        </Text>
      )}
      <View className='card'>
        <View className='detail__tags'>
          <Text className='tag tag--blue'>{CONTENT_KIND_LABELS[content.kind]}</Text>
          {content.severity && (
            <Text className={SEVERITY_TAG_CLASS[content.severity]} data-testid='severity-tag' data-severity={content.severity}>
              {SEVERITY_LABELS[content.severity]}
            </Text>
          )}
        </View>
        <Text className='article__title' data-testid='detail-title'>
          {content.title}
        </Text>
        <View className='detail__meta'>
          <InfoRow label='发布时间' value={content.publishedAt ? formatShanghai(content.publishedAt) : ''} />
          <InfoRow label='生效日期' value={content.effectiveDate ?? ''} testId='detail-effective-date' />
          <InfoRow label='信息来源' value={content.source ?? ''} testId='detail-source' />
          <InfoRow label='国家/地区' value={content.countries.map(regionName).join('、')} testId='detail-countries' />
          <InfoRow label='知识产权类型' value={content.ipTypes.map(ipTypeName).join('、')} testId='detail-ip-types' />
          <InfoRow label='行业' value={content.industries.map(industryName).join('、')} />
        </View>
        <ContentBody blocks={content.body} />
        {content.sourceUrl && (
          <View
            className='article__link'
            data-testid='source-link'
            onClick={() =>
              void Taro.setClipboardData({ data: content.sourceUrl ?? '' }).then(() => Taro.showToast({ title: '链接已复制', icon: 'none' }))
            }
          >
            <Text>原文链接：{content.sourceUrl}（点击复制）</Text>
          </View>
        )}
        {content.lessons.length > 0 && (
          <View>
            <Text className='article__heading'>案例启示</Text>
            {content.lessons.map((lesson, i) => (
              <Text key={i} className='article__list-item'>
                {i + 1}. {lesson}
              </Text>
            ))}
          </View>
        )}
        {content.feeRows.length > 0 && (
          <View>
            <Text className='article__heading'>费用明细</Text>
            {content.feeRows.map((row, i) => (
              <InfoRow key={i} label={`${row.item}（${row.office}）`} value={`${row.amount} ${row.currency}`} />
            ))}
          </View>
        )}
      </View>

      {topUp && <TopUpButton message={topUp.message} onDone={() => setTopUp(null)} />}

      {IS_WEAPP ? (
        <Button className='btn btn--secondary share-button' data-testid='share-alert' openType='share'>
          分享给同事
        </Button>
      ) : (
        <Button className='btn btn--secondary share-button' data-testid='copy-alert-link' onClick={() => copyPageLink(content.contentId)}>
          复制链接
        </Button>
      )}

      {related.length > 0 && (
        <View className='card' data-testid='related-list'>
          <Text className='card__title'>相关信息</Text>
          {related.map((item) => (
            <View
              key={item.contentId}
              className='menu__row'
              data-testid='related-item'
              onClick={() => openRoute(ROUTES.alertDetail, { id: item.contentId })}
            >
              <Text>{item.title}</Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          ))}
        </View>
      )}
      <PrivacySheet />
    </View>
  )
}
