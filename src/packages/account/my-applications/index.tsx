import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { listMyApplications } from '../../../../types/users/contracts'
import type { EnterpriseApplication } from '../../../../types/users/schemas'
import { ApplicationSummary } from '../../../components/application-summary'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError } from '../../../services/show-error'
import { ProofUpload } from './proof-upload'
import { PrivacySheet } from '../../../components/privacy-sheet'

type ListState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready'; applications: EnterpriseApplication[] }
  | { status: 'error'; error: ActionError }

export default function MyApplicationsPage() {
  const [state, setState] = useState<ListState>({ status: 'loading' })

  const load = async () => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', applications: await callFunction(listMyApplications, {}) })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  useDidShow(() => {
    void load()
  })

  return (
    <View className='page'>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.myApplications} />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void load()} />
        </View>
      )}
      {state.status === 'ready' && state.applications.length === 0 && (
        <View className='card'>
          <StatusView icon='企' title='还没有登记申请' description='登记出口企业后，申请和审核结果会显示在这里。' testId='empty'>
            <Button className='btn btn--primary btn--small' data-testid='go-apply' onClick={() => openRoute(ROUTES.enterpriseApply)}>
              去登记企业
            </Button>
          </StatusView>
        </View>
      )}
      {state.status === 'ready' &&
        state.applications.map((application) => (
          <View key={application.applicationId} className='card' data-testid='application-item' data-id={application.applicationId}>
            <ApplicationSummary application={application} />
            {application.status === 'pending' && application.proofRequired && (
              <View className='proof-request' data-testid='proof-request'>
                <Text className='card__title'>请上传授权委托书</Text>
                <Text className='card__desc'>
                  {application.proofFileId
                    ? '已上传，等待工作人员核实。如需更换，可重新上传。'
                    : '该企业已有联络员。请上传加盖企业公章、写明您姓名的授权委托书，工作人员核实后再审核。'}
                </Text>
                <ProofUpload
                  application={application}
                  onAttached={(updated) =>
                    setState((s) => (s.status === 'ready' ? { ...s, applications: s.applications.map((a) => (a.applicationId === updated.applicationId ? updated : a)) } : s))
                  }
                />
              </View>
            )}
          </View>
        ))}
      <PrivacySheet />
    </View>
  )
}
