import { Button, Text, View } from '@tarojs/components'
import { currentLocation, locationToParam, openRoute } from '../lib/navigation'
import { ROUTES, type Route } from '../routes'

/**
 * H5 only: shown instead of a page's content while no demo account is signed in. Signing in comes
 * back to this very page with its query (a report link keeps its id); `returnTo` is the fallback.
 */
export function SignInRequired({ returnTo }: { returnTo: Route }) {
  const goSignIn = () => openRoute(ROUTES.signIn, { redirect: locationToParam(currentLocation() ?? { route: returnTo, query: {} }) })
  return (
    <View className='card' data-testid='signed-out'>
      <Text className='card__title'>尚未登录</Text>
      <Text className='card__desc sign-in-required__text'>网页版为开发演示环境，请先选择一个演示账号登录。</Text>
      <Button className='btn btn--primary' data-testid='go-sign-in' onClick={goSignIn}>
        选择演示账号登录
      </Button>
    </View>
  )
}
