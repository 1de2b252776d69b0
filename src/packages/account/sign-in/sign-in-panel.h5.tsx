import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { DemoUser } from '../../../../types/dev-session'
import { RoleTags } from '../../../components/role-tags'
import { LoadingView, StatusView } from '../../../components/status-view'
import { replaceRoute, type RouteLocation } from '../../../lib/navigation'
import { toActionError, type ActionError } from '../../../services/action-error'
import { listDemoUsers, signInAsDemoUser } from '../../../services/dev-sign-in'
import { readSessionUser } from '../../../services/session'
import { messageOf, showActionError } from '../../../services/show-error'

type DemoUsersState =
  | { status: 'loading' }
  | { status: 'ready'; users: DemoUser[] }
  | { status: 'error'; error: ActionError }

function LoadFailure({ error, onRetry }: { error: ActionError; onRetry: () => void }) {
  if (error.code === 'DEV_SIGN_IN_DISABLED') {
    return (
      <StatusView
        icon='!'
        tone='error'
        title='演示登录未开启'
        description={messageOf(error)}
        testId='sign-in-disabled'
      />
    )
  }
  return (
    <StatusView icon='!' tone='error' title='无法获取演示账号' description={messageOf(error)} testId='load-error'>
      <Button className='btn btn--secondary btn--small' data-testid='retry-load' onClick={onRetry}>
        重新加载
      </Button>
    </StatusView>
  )
}

/** H5 development sign-in: pick one of the gateway's demo users. */
export function SignInPanel({ returnTo }: { returnTo: RouteLocation }) {
  const [state, setState] = useState<DemoUsersState>({ status: 'loading' })
  const [signingInKey, setSigningInKey] = useState<string | null>(null)
  const currentUser = readSessionUser()

  const load = async () => {
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', users: await listDemoUsers() })
    } catch (error) {
      setState({ status: 'error', error: toActionError(error) })
    }
  }

  useEffect(() => {
    void load()
  }, [])

  const signIn = async (user: DemoUser) => {
    if (signingInKey) return
    setSigningInKey(user.key)
    try {
      const session = await signInAsDemoUser(user.key)
      void Taro.showToast({ title: `已登录：${session.user.displayName}`, icon: 'none' })
      replaceRoute(returnTo.route, returnTo.query)
    } catch (error) {
      const actionError = showActionError(error)
      if (actionError.code === 'DEV_SIGN_IN_DISABLED') setState({ status: 'error', error: actionError })
    } finally {
      setSigningInKey(null)
    }
  }

  return (
    <View data-testid='sign-in-panel'>
      <View className='sign-in__intro'>
        <Text className='sign-in__title'>选择演示账号</Text>
        <Text className='card__desc'>网页版为开发演示环境。在微信小程序中会自动识别微信身份，无需此步骤。</Text>
        {currentUser && (
          <Text className='sign-in__current' data-testid='current-demo-user'>
            当前账号：{currentUser.displayName}
          </Text>
        )}
      </View>

      {state.status === 'loading' && <LoadingView />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadFailure error={state.error} onRetry={() => void load()} />
        </View>
      )}
      {state.status === 'ready' &&
        state.users.map((user) => (
          <View
            key={user.key}
            className={signingInKey === user.key ? 'card demo-user demo-user--busy' : 'card demo-user'}
            data-testid={`demo-user-${user.key}`}
            onClick={() => void signIn(user)}
          >
            <View className='demo-user__head'>
              <Text className='demo-user__avatar'>{user.displayName.slice(0, 1)}</Text>
              <View className='demo-user__info'>
                <Text className='demo-user__name'>{user.displayName}</Text>
                <Text className='card__desc'>{user.description}</Text>
              </View>
              <Text className='menu__arrow'>{signingInKey === user.key ? '…' : '›'}</Text>
            </View>
            <RoleTags roles={user.roles} />
          </View>
        ))}
      {state.status === 'ready' && state.users.length === 0 && (
        <View className='card'>
          <StatusView icon='?' title='暂无演示账号' description='网关没有配置演示账号。' />
        </View>
      )}
    </View>
  )
}
