import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { getApplication, requireApplicationProof, reviewApplication } from '../../../../types/users/contracts'
import type { ApplicationReview } from '../../../../types/users/join-requests'
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
import { JoinWarning } from './join-warning'

type Decision = 'approve' | 'reject'

export default function StaffApplicationDetailPage() {
  const { params } = useRouter()
  // The list's item shows at once; the review (with the join-request warning) always loads.
  const [application, setApplication] = useState<EnterpriseApplication | null>(() => selectedApplication(params.id))
  const [review, setReview] = useState<ApplicationReview | null>(null)
  const [requestingProof, setRequestingProof] = useState(false)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState<Decision | null>(null)
  const [loadError, setLoadError] = useState<string | null>(params.id ? null : '请从审核列表中选择要处理的申请。')

  useEffect(() => {
    if (!params.id) return
    let current = true
    callFunction(getApplication, { applicationId: params.id })
      .then((loaded) => {
        if (!current) return
        setReview(loaded)
        setApplication(loaded)
      })
      .catch((error: unknown) => current && setLoadError(messageOf(toActionError(error))))
    return () => {
      current = false
    }
  }, [params.id])

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

  const requireProof = async () => {
    if (requestingProof) return
    setRequestingProof(true)
    try {
      const updated = await callFunction(requireApplicationProof, { applicationId: application.applicationId })
      setReview(updated)
      setApplication(updated)
      void Taro.showToast({ title: '已通知申请人上传', icon: 'none' })
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setRequestingProof(false)
    }
  }

  const decide = async (decision: Decision) => {
    if (sending) return
    if (decision === 'approve' && review?.existingEnterprise) {
      // Await before sending is fine here: no WeChat API that needs the tap follows.
      const { confirm } = await Taro.showModal({
        title: '确认通过加入申请',
        content: `通过后，申请人将成为「${review.existingEnterprise.name}」的联络员，可查看该企业的全部上报。确定通过？`,
      })
      if (!confirm) return
    }
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
      setReview(reviewed)
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
      {review && <JoinWarning review={review} requesting={requestingProof} onRequireProof={() => void requireProof()} />}
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
              onClick={() => void decide('reject')}
            >
              驳回
            </Button>
            <Button
              className={classNames('btn btn--primary', (sending !== null || !review) && 'btn--disabled')}
              data-testid='review-approve'
              // Not before the review (and any join-request warning) has loaded.
              disabled={sending !== null || !review}
              loading={sending === 'approve'}
              onClick={() => void decide('approve')}
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
