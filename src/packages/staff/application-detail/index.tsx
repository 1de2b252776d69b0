import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { getApplication, reviewApplication } from '../../../../types/users/contracts'
import type { EnterpriseApplication } from '../../../../types/users/schemas'
import { ApplicationSummary } from '../../../components/application-summary'
import { FieldError } from '../../../components/field-error'
import { LoadingView, StatusView } from '../../../components/status-view'
import { goBackOr } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { toActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { messageOf, showFormError, type FieldErrors } from '../../../services/show-error'
import { selectedApplication } from '../selected-application'
import './index.scss'
import { classNames } from '../../../lib/class-names'

type Decision = 'approve' | 'reject'

export default function StaffApplicationDetailPage() {
  const { params } = useRouter()
  const [application, setApplication] = useState<EnterpriseApplication | null>(() => selectedApplication(params.id))
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState<Decision | null>(null)
  // Opened from the list the page already holds the item; opened any other way (a link, an H5
  // reload) it loads the application by id.
  const [loadError, setLoadError] = useState<string | null>(params.id ? null : '请从审核列表中选择要处理的申请。')

  useEffect(() => {
    if (application || !params.id) return
    let current = true
    callFunction(getApplication, { applicationId: params.id })
      .then((loaded) => current && setApplication(loaded))
      .catch((error: unknown) => current && setLoadError(messageOf(toActionError(error))))
    return () => {
      current = false
    }
  }, [application, params.id])

  if (!application && !loadError) {
    return (
      <View className='page'>
        <LoadingView />
      </View>
    )
  }

  if (!application) {
    return (
      <View className='page'>
        <View className='card'>
          <StatusView icon='?' title='未找到申请' description={loadError ?? undefined} testId='application-missing'>
            <Button className='btn btn--primary btn--small' onClick={() => goBackOr(ROUTES.staffApplications)}>
              返回审核列表
            </Button>
          </StatusView>
        </View>
      </View>
    )
  }

  const review = async (decision: Decision) => {
    if (sending) return
    setSending(decision)
    try {
      // The contract checks the reason (2–200 characters) before anything is sent.
      const reviewed = await callFunction(
        reviewApplication,
        decision === 'approve'
          ? { applicationId: application.applicationId, decision }
          : { applicationId: application.applicationId, decision, reason },
      )
      setErrors({})
      setApplication(reviewed)
      void Taro.showToast({ title: decision === 'approve' ? '已通过' : '已驳回', icon: 'success' })
    } catch (error) {
      // INVALID_STATE / CONFLICT (reviewed by someone else meanwhile) come back as a toast.
      setErrors(showFormError(error))
    } finally {
      setSending(null)
    }
  }

  const pending = application.status === 'pending'

  return (
    <View className='page'>
      <View className='card'>
        <ApplicationSummary application={application} showLiaison />
      </View>

      {pending ? (
        <View className='card'>
          <Text className='card__title'>审核</Text>
          <View className={errors.reason ? 'form-field form-field--invalid' : 'form-field'}>
            <Text className='form-field__label'>驳回理由（驳回时必填）</Text>
            <View className='form-field__control form-field__control--textarea'>
              <Textarea
                className='form-field__textarea'
                data-testid='reject-reason'
                maxlength={-1}
                placeholder='请说明未通过的原因，如信用代码与企业名称不符'
                placeholderClass='form-field__placeholder'
                value={reason}
                onInput={(e) => {
                  setReason(e.detail.value)
                  if (errors.reason) setErrors({})
                }}
              />
            </View>
            <FieldError field='reason' message={errors.reason} />
            <Text className='form-field__hint'>{reason.trim().length} / 200</Text>
          </View>
          <View className='btn-group'>
            <Button
              className={classNames('btn btn--danger', sending !== null && 'btn--disabled')}
              data-testid='review-reject'
              disabled={sending !== null}
              loading={sending === 'reject'}
              onClick={() => void review('reject')}
            >
              驳回
            </Button>
            <Button
              className={classNames('btn btn--primary', sending !== null && 'btn--disabled')}
              data-testid='review-approve'
              disabled={sending !== null}
              loading={sending === 'approve'}
              onClick={() => void review('approve')}
            >
              通过
            </Button>
          </View>
        </View>
      ) : (
        <View className='card review-done' data-testid='review-done'>
          <Text className='card__desc'>该申请已审核完毕。</Text>
          <Button className='btn btn--secondary' data-testid='back-to-list' onClick={() => goBackOr(ROUTES.staffApplications)}>
            返回审核列表
          </Button>
        </View>
      )}
    </View>
  )
}
