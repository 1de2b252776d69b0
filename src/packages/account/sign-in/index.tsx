import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { routeFromParam } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { SignInPanel } from './sign-in-panel'
import './index.scss'

export default function SignInPage() {
  const { params } = useRouter()
  const requested = routeFromParam(params.redirect)
  // Never bounce back to this page itself.
  const returnTo = requested && requested !== ROUTES.signIn ? requested : ROUTES.mine
  return (
    <View className='page'>
      <SignInPanel returnTo={returnTo} />
    </View>
  )
}
