import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ipTypeName } from '../../../../types/catalog/ip-types'
import { regionName } from '../../../../types/catalog/regions'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { getAgency } from '../../../../types/directory/contracts'
import { AGENCY_STATUS_LABELS } from '../../../../types/directory/schemas'
import { dialablePhone } from '../../../../types/validation/phone'
import { TagList } from '../../../components/directory/tag-list'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { isStaff, useProfile } from '../../../hooks/use-profile'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute, withQuery } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import '../../../styles/directory.scss'
import { PrivacySheet } from '../../../components/privacy-sheet'

const IS_H5 = process.env.TARO_ENV === 'h5'

function Row({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <View className='info-row'>
      <Text className='info-row__label'>{label}</Text>
      <Text className='info-row__value' data-testid={testId}>
        {children}
      </Text>
    </View>
  )
}

/** The H5 address of this page, for pasting into a chat (weapp shares a card instead). */
function h5Link(path: string): string {
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${path}`
}

export default function AgencyDetailPage() {
  const { params } = useRouter()
  const agencyId = params.id ?? ''
  const { state, reload: load } = useSignedInLoad(() => callFunction(getAgency, { agencyId }), agencyId)
  const [shareText, setShareText] = useState<{ link: string; copied: boolean } | null>(null)
  const { roles } = useProfile({ onError: 'quiet' })
  const sharePath = withQuery(ROUTES.agencyDetail, { id: agencyId })

  useEffect(() => {
    if (state.status === 'ready') void Taro.setNavigationBarTitle({ title: state.data.name })
  }, [state])

  useShareAppMessage(() => ({
    title: state.status === 'ready' ? `${state.data.name} · 海外维权服务机构` : '海外维权服务机构名录',
    path: sharePath,
  }))

  const shareOnH5 = async () => {
    const link = h5Link(sharePath)
    try {
      await Taro.setClipboardData({ data: link })
      setShareText({ link, copied: true })
    } catch {
      // Clipboard refused (browser permission): show the link to copy by hand.
      setShareText({ link, copied: false })
    }
  }

  if (state.status !== 'ready') {
    return (
      <View className='page'>
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.agencies} />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load()} />
          </View>
        )}
      </View>
    )
  }

  const agency = state.data
  const call = () => {
    if (agency.phone) void Taro.makePhoneCall({ phoneNumber: dialablePhone(agency.phone) })
  }
  const navigate = () => {
    if (!agency.location) return
    void Taro.openLocation({
      latitude: agency.location.latitude,
      longitude: agency.location.longitude,
      name: agency.name,
      address: agency.address,
      scale: 16,
    })
  }

  return (
    <View className='page' data-testid='agency-detail' data-id={agency.agencyId}>
      <View className='detail-hero'>
        <Text className='detail-hero__name' data-testid='agency-name'>
          {agency.name}
        </Text>
        <Text className='detail-hero__sub'>
          {agency.batch}海外维权协助机构 · {agency.district}
        </Text>
        {agency.status === 'suspended' && (
          <Text className='tag tag--red' data-testid='agency-suspended'>
            {AGENCY_STATUS_LABELS.suspended}
            {agency.statusReason ? `：${agency.statusReason}` : ''}
          </Text>
        )}
      </View>

      <View className='detail-actions'>
        {agency.phone && (
          <Button className='btn btn--primary btn--small' data-testid='agency-call' onClick={call}>
            拨打电话
          </Button>
        )}
        {agency.location && (
          <Button className='btn btn--secondary btn--small' data-testid='agency-navigate' onClick={navigate}>
            导航
          </Button>
        )}
        {IS_H5 ? (
          <Button className='btn btn--secondary btn--small' data-testid='agency-share' onClick={() => void shareOnH5()}>
            分享
          </Button>
        ) : (
          <Button className='btn btn--secondary btn--small' data-testid='agency-share' openType='share'>
            分享
          </Button>
        )}
      </View>
      {shareText && (
        <View className='share-result' data-testid='share-result' data-copied={shareText.copied ? 'true' : 'false'}>
          <Text>{shareText.copied ? '链接已复制，可粘贴发送给他人：' : '请复制以下链接发送给他人：'}</Text>
          <Text data-testid='share-link'>{shareText.link}</Text>
        </View>
      )}

      <View className='card'>
        <Text className='card__title'>基本信息（按公布名单）</Text>
        <Row label='机构名称'>{agency.name}</Row>
        <Row label='机构性质' testId='agency-legal-form'>
          {agency.legalForm}
        </Row>
        <Row label='负责人' testId='agency-person'>
          {agency.personInCharge}
        </Row>
        <Row label='地址' testId='agency-address'>
          {agency.address}
        </Row>
        <Row label='所在区域' testId='agency-district'>
          {agency.district}
        </Row>
        <Row label='批次'>{agency.batch}</Row>
        {agency.sourceDocument && (
          <Row label='来源文件' testId='agency-source'>
            {agency.sourceDocument}
          </Row>
        )}
        <Row label='联系电话' testId='agency-phone'>
          {agency.phone ?? '暂未公布'}
        </Row>
      </View>

      <View className='card'>
        <Text className='card__title'>服务范围</Text>
        <View className='info-row'>
          <Text className='info-row__label'>服务类型</Text>
          <TagList names={agency.services.map(serviceTypeName)} testId='agency-services' />
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>知识产权</Text>
          <TagList names={agency.ipTypes.map(ipTypeName)} testId='agency-ip-types' />
        </View>
        <View className='info-row'>
          <Text className='info-row__label'>服务国家</Text>
          <TagList names={agency.countries.map(regionName)} testId='agency-countries' />
        </View>
      </View>

      {agency.intro && (
        <View className='card'>
          <Text className='card__title'>机构简介</Text>
          <Text className='intro-text'>{agency.intro}</Text>
        </View>
      )}

      <View className='card' data-testid='consultation-slots'>
        <Text className='card__title'>咨询预约</Text>
        <Text className='card__desc'>查看空闲时段，在线预约一对一咨询（到机构面谈、电话或视频）。</Text>
        <Button
          className='btn btn--primary'
          data-testid='consultation-book-entry'
          onClick={() => openRoute(ROUTES.consultationBook, { kind: 'agency', id: agency.agencyId })}
        >
          预约咨询
        </Button>
      </View>

      {isStaff(roles) && (
        <Button
          className='btn btn--secondary'
          data-testid='agency-edit-entry'
          onClick={() => openRoute(ROUTES.agencyEdit, { id: agency.agencyId })}
        >
          编辑机构信息（工作人员）
        </Button>
      )}
      <PrivacySheet />
    </View>
  )
}
