import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { formatShanghai } from '../../../../types/time'
import { listJoinRequests } from '../../../../types/users/contracts'
import type { JoinRequest } from '../../../../types/users/join-requests'
import { APPLICATION_STATUS_LABELS } from '../../../../types/users/schemas'
import { HotlineCard } from '../../../components/hotline-card'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError } from '../../../services/show-error'
import { ObjectionForm } from './objection-form'
import { PrivacySheet } from '../../../components/privacy-sheet'

type State = { status: 'loading' } | { status: 'signed-out' } | { status: 'ready'; requests: JoinRequest[] } | { status: 'error'; error: ActionError }

function RequestCard({ request, onChange }: { request: JoinRequest; onChange: (r: JoinRequest) => void }) {
  return (
    <View className='card' data-testid='join-request' data-id={request.applicationId}>
      <View className='card__header'>
        <Text className='card__title'>{request.applicantName}</Text>
        <Text className={request.status === 'pending' ? 'tag tag--orange' : 'tag'}>{APPLICATION_STATUS_LABELS[request.status]}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>填写的企业</Text>
        <Text className='info-row__value'>{request.claimedEnterpriseName}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>手机</Text>
        <Text className='info-row__value'>{request.mobileMasked}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>申请时间</Text>
        <Text className='info-row__value'>{formatShanghai(request.submittedAt)}</Text>
      </View>
      {request.myObjection && (
        <View className='info-row' data-testid='join-my-objection'>
          <Text className='info-row__label'>我的异议</Text>
          <Text className='info-row__value'>{request.myObjection.reason}</Text>
        </View>
      )}
      {request.status === 'pending' && <ObjectionForm request={request} onDone={onChange} />}
    </View>
  )
}

/** Requests by others to become liaisons of the caller's enterprise; each can be objected to. */
export default function JoinRequestsPage() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const load = async () => {
    if (!hasSession()) return setState({ status: 'signed-out' })
    try {
      setState({ status: 'ready', requests: await callFunction(listJoinRequests, {}) })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }
  useDidShow(() => {
    void load()
  })
  const replace = (updated: JoinRequest) =>
    setState((s) => (s.status === 'ready' ? { ...s, requests: s.requests.map((r) => (r.applicationId === updated.applicationId ? updated : r)) } : s))

  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__desc'>
          他人用本企业的统一社会信用代码申请成为联络员时会显示在这里。通过后对方可以查看本企业的全部上报，请核实；不认识的人请提出异议，工作人员会要求对方提供授权委托书。
        </Text>
      </View>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.joinRequests} />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void load()} />
        </View>
      )}
      {state.status === 'ready' && state.requests.length === 0 && (
        <View className='card'>
          <StatusView icon='企' title='暂无加入申请' description='有人申请加入本企业时，您会收到消息。' testId='join-empty' />
        </View>
      )}
      {state.status === 'ready' && state.requests.map((request) => <RequestCard key={request.applicationId} request={request} onChange={replace} />)}
      <HotlineCard />
      <PrivacySheet />
    </View>
  )
}
