import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { acceptPrivacyGuide } from '../../../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../../../types/users/schemas'
import { LoadErrorView } from '../../../components/status-view'
import { useProfile } from '../../../hooks/use-profile'
import { replaceRoute, routeFromParam } from '../../../lib/navigation'
import { formatShanghai } from '../../../../types/time'
import { callFunction } from '../../../services/call-function'
import { showActionError } from '../../../services/show-error'
import { AgreeButton } from './agree-button'
import { PRIVACY_GUIDE_SECTIONS } from './privacy-guide-content'
import './index.scss'

export default function PrivacyPage() {
  const { params } = useRouter()
  // Set when a form sent the user here first; they return to it after agreeing.
  const returnTo = routeFromParam(params.redirect)
  const { state, profile, refresh } = useProfile()
  const [busy, setBusy] = useState(false)

  const agree = async () => {
    if (busy) return
    setBusy(true)
    try {
      await callFunction(acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION })
      void Taro.showToast({ title: '已同意隐私政策', icon: 'success' })
      if (returnTo) {
        replaceRoute(returnTo)
        return
      }
      await refresh()
    } catch (error) {
      showActionError(error)
    } finally {
      setBusy(false)
    }
  }

  const consent = profile?.privacyConsent ?? null
  const agreed = profile !== null && consent !== null && !profile.privacyConsentRequired

  return (
    <View className='page privacy'>
      <View className='card'>
        <Text className='privacy__title'>海外知识产权维权援助隐私保护指引（摘要）</Text>
        <Text className='muted'>版本 {PRIVACY_GUIDE_VERSION}</Text>
        {PRIVACY_GUIDE_SECTIONS.map((section) => (
          <View key={section.title} className='privacy__section'>
            <Text className='privacy__section-title'>{section.title}</Text>
            {section.paragraphs.map((paragraph) => (
              <Text key={paragraph} className='privacy__paragraph'>
                {paragraph}
              </Text>
            ))}
          </View>
        ))}
      </View>

      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void refresh()} />
        </View>
      )}

      {agreed && consent ? (
        <View className='card privacy__agreed' data-testid='privacy-status'>
          <Text className='tag tag--green'>已同意</Text>
          <Text className='card__desc'>您已于 {formatShanghai(consent.at)} 同意本指引。</Text>
        </View>
      ) : (
        <View className='privacy__actions'>
          {profile?.privacyConsent && (
            <Text className='card__desc privacy__updated'>隐私保护指引已更新，请阅读后重新确认。</Text>
          )}
          <AgreeButton busy={busy || state.status === 'loading'} onAgree={() => void agree()} />
        </View>
      )}
    </View>
  )
}
