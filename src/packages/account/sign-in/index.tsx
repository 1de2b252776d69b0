import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { locationFromParam } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { SignInPanel } from './sign-in-panel'
import './index.scss'

export default function SignInPage() {
  const { params } = useRouter()
  const requested = locationFromParam(params.redirect)
  // Never bounce back to this page itself.
  const returnTo = requested && requested.route !== ROUTES.signIn ? requested : { route: ROUTES.mine, query: {} }
  return (
    <View className='page'>
      <SignInPanel returnTo={returnTo} />
    </View>
  )
}
