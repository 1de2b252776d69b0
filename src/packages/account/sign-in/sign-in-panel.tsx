import { Button, Text, View } from '@tarojs/components'
import { goBackOr, type RouteLocation } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { StatusView } from '../../../components/status-view'

// weapp: WeChat identifies the user on every cloud call, so there is nothing to sign in to.
// The H5 development sign-in lives in sign-in-panel.h5.tsx.
export function SignInPanel(_props: { returnTo: RouteLocation }) {
  return (
    <View className='card'>
      <StatusView icon='✓' title='无需登录' description='在微信中使用时，系统会自动识别您的微信身份，无需单独登录。'>
        <Button className='btn btn--primary btn--small' onClick={() => goBackOr(ROUTES.mine)}>
          返回
        </Button>
      </StatusView>
      <Text className='muted'>如需登记企业，请在「我的 - 企业登记」中填写。</Text>
    </View>
  )
}
