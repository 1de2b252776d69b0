import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { openRoute } from '../lib/navigation'
import { ROUTES } from '../routes'
import {
  PRIVACY_AGREE_BUTTON_ID,
  answerPrivacyAuthorization,
  reportPrivacySheetShown,
  watchPrivacyAuthorization,
} from '../services/privacy-authorization'
import './privacy-sheet.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** WeChat's own page for the guide configured in the admin console; our summary page otherwise. */
function openGuide() {
  if (IS_WEAPP && typeof Taro.openPrivacyContract === 'function') {
    Taro.openPrivacyContract({ fail: () => openRoute(ROUTES.privacy) })
    return
  }
  openRoute(ROUTES.privacy)
}

/**
 * Our own prompt for WeChat's onNeedPrivacyAuthorization: shown on a page that calls a
 * privacy-scoped API (choosing photos or files, copying, calling, maps) while the user has not yet
 * agreed to the privacy guide. Agreeing goes through WeChat's agreePrivacyAuthorization button.
 */
export function PrivacySheet() {
  const [request, setRequest] = useState<{ referrer: string } | null>(null)

  useEffect(() => watchPrivacyAuthorization(setRequest), [])
  useEffect(() => {
    if (request) reportPrivacySheetShown()
  }, [request])

  if (!request) return null
  const agreeProps = IS_WEAPP
    ? { openType: 'agreePrivacyAuthorization' as const, onAgreePrivacyAuthorization: () => answerPrivacyAuthorization(true) }
    : { onClick: () => answerPrivacyAuthorization(true) }
  return (
    <View className='privacy-sheet' data-testid='privacy-sheet' catchMove>
      <View className='privacy-sheet__panel'>
        <Text className='privacy-sheet__title'>使用前请阅读隐私保护指引</Text>
        <Text className='privacy-sheet__text'>
          这项功能需要使用您选择的照片、文件或剪贴板等信息。请先阅读
          <Text className='privacy-sheet__link' data-testid='privacy-sheet-guide' onClick={openGuide}>
            《用户隐私保护指引》
          </Text>
          ，同意后继续。
        </Text>
        <Button id={PRIVACY_AGREE_BUTTON_ID} className='btn btn--primary' data-testid='privacy-sheet-agree' {...agreeProps}>
          同意并继续
        </Button>
        <Button className='btn btn--secondary' data-testid='privacy-sheet-decline' onClick={() => answerPrivacyAuthorization(false)}>
          暂不同意
        </Button>
      </View>
    </View>
  )
}
