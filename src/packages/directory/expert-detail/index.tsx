import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect } from 'react'
import { ipTypeName } from '../../../../types/catalog/ip-types'
import { languageName } from '../../../../types/catalog/languages'
import { regionName } from '../../../../types/catalog/regions'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { getExpert } from '../../../../types/experts/contracts'
import { EXPERT_STATUS_LABELS } from '../../../../types/experts/schemas'
import { TagList } from '../../../components/directory/tag-list'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { isStaff, useProfile } from '../../../hooks/use-profile'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute, withQuery } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import '../../../styles/directory.scss'

function initialOf(name: string): string {
  return name.replace(/^【[^】]*】/, '').trim().slice(0, 1) || '专'
}

export default function ExpertDetailPage() {
  const { params } = useRouter()
  const expertId = params.id ?? ''
  const { state, reload: load } = useSignedInLoad(() => callFunction(getExpert, { expertId }), expertId)
  const { roles } = useProfile({ onError: 'quiet' })

  useEffect(() => {
    if (state.status === 'ready') void Taro.setNavigationBarTitle({ title: state.data.name })
  }, [state])

  useShareAppMessage(() => ({
    title: state.status === 'ready' ? `${state.data.name} · 海外知识产权专家` : '海外知识产权专家库',
    path: withQuery(ROUTES.expertDetail, { id: expertId }),
  }))

  if (state.status !== 'ready') {
    return (
      <View className='page'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.experts} />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load()} />
          </View>
        )}
      </View>
    )
  }

  const expert = state.data
  return (
    <View className='page' data-testid='expert-detail' data-id={expert.expertId}>
      <View className='detail-hero expert-hero'>
        {/* Photos live in cloud storage; until they are served, the initial stands in. */}
        <Text className='avatar avatar--large' data-testid='expert-avatar'>
          {initialOf(expert.name)}
        </Text>
        <View>
          <Text className='detail-hero__name' data-testid='expert-name'>
            {expert.name}
          </Text>
          <Text className='detail-hero__sub'>{expert.title}</Text>
          <Text className='detail-hero__sub'>{expert.affiliation}</Text>
        </View>
      </View>

      <View className='card'>
        <View className='info-row'>
          <Text className='info-row__label'>海外经验</Text>
          <Text className='info-row__value' data-testid='expert-years'>
            {expert.yearsOverseasExperience} 年海外纠纷处理经验
          </Text>
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>状态</Text>
          <Text className='info-row__value'>{EXPERT_STATUS_LABELS[expert.status]}</Text>
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>擅长类型</Text>
          <TagList names={expert.ipTypes.map(ipTypeName)} testId='expert-ip-types' />
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>服务领域</Text>
          <TagList names={expert.serviceTypes.map(serviceTypeName)} testId='expert-services' />
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>国家/地区</Text>
          <TagList names={expert.countries.map(regionName)} testId='expert-countries' />
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>工作语言</Text>
          <TagList names={expert.languages.map(languageName)} testId='expert-languages' />
        </View>
      </View>

      {expert.intro && (
        <View className='card'>
          <Text className='card__title'>个人简介</Text>
          <Text className='intro-text'>{expert.intro}</Text>
        </View>
      )}

      <View className='card' data-testid='consultation-slots'>
        <Text className='card__title'>咨询预约</Text>
        <Text className='card__desc'>查看空闲时段，在线预约一对一咨询（到机构面谈、电话或视频）。</Text>
        <Button
          className='btn btn--primary'
          data-testid='consultation-book-entry'
          onClick={() => openRoute(ROUTES.consultationBook, { kind: 'expert', id: expert.expertId })}
        >
          预约咨询
        </Button>
      </View>

      {isStaff(roles) && (
        <Button
          className='btn btn--secondary'
          data-testid='expert-edit-entry'
          onClick={() => openRoute(ROUTES.expertEdit, { id: expert.expertId })}
        >
          编辑专家信息（工作人员）
        </Button>
      )}
    </View>
  )
}
