import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { industryName } from '../../../../types/catalog/industries'
import type { EnterpriseApplication, UserProfile } from '../../../../types/users/schemas'
import { ApplicationSummary } from '../../../components/application-summary'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useProfile } from '../../../hooks/use-profile'
import { openRoute, replaceRoute } from '../../../lib/navigation'
import { formatShanghai } from '../../../../types/time'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { ApplicationForm } from './application-form'
import { EMPTY_FORM, valuesFromRejected } from './application-form-values'
import './index.scss'

function VerifiedEnterprise({ enterprise }: { enterprise: NonNullable<UserProfile['enterprise']> }) {
  return (
    <View className='card' data-testid='enterprise-verified'>
      <View className='card__header'>
        <Text className='card__title'>{enterprise.name}</Text>
        <Text className='tag tag--green' data-testid='application-status' data-status='approved'>
          已认证
        </Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>信用代码</Text>
        <Text className='info-row__value'>{enterprise.creditCode}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>所属行业</Text>
        <Text className='info-row__value'>{industryName(enterprise.industry)}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>认证时间</Text>
        <Text className='info-row__value'>{formatShanghai(enterprise.verifiedAt)}</Text>
      </View>
      <Text className='card__desc apply__note'>您已是该企业的联络员。如需变更企业信息，请联系工作人员。</Text>
    </View>
  )
}

function PendingApplication({ application, justSubmitted }: { application: EnterpriseApplication; justSubmitted: boolean }) {
  return (
    <View>
      {justSubmitted && (
        <View className='apply__success' data-testid='apply-success'>
          <Text className='apply__success-title'>已提交，等待审核</Text>
          <Text className='card__desc'>工作人员审核后，结果将显示在「我的」页面。</Text>
        </View>
      )}
      <View className='card'>
        <ApplicationSummary application={application} />
      </View>
      <Button className='btn btn--secondary' data-testid='view-my-applications' onClick={() => openRoute(ROUTES.myApplications)}>
        查看我的申请
      </Button>
    </View>
  )
}

export default function EnterpriseApplyPage() {
  const { state, profile, refresh } = useProfile()
  const [submitted, setSubmitted] = useState<EnterpriseApplication | null>(null)

  // Nothing personal is collected before the user has agreed to the current privacy guide.
  useEffect(() => {
    if (profile?.privacyConsentRequired) replaceRoute(ROUTES.privacy, { redirect: ROUTES.enterpriseApply })
  }, [profile])

  const onRefused = (error: ActionError) => {
    if (error.code === 'PRIVACY_CONSENT_REQUIRED') {
      replaceRoute(ROUTES.privacy, { redirect: ROUTES.enterpriseApply })
      return
    }
    // CONFLICT: an application is already pending (perhaps from another device): show it.
    void refresh()
  }

  if (submitted) {
    return (
      <View className='page'>
        <PendingApplication application={submitted} justSubmitted />
      </View>
    )
  }

  return (
    <View className='page apply'>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.enterpriseApply} />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void refresh()} />
        </View>
      )}
      {profile && !profile.privacyConsentRequired && (
        <ApplyContent profile={profile} onSubmitted={setSubmitted} onRefused={onRefused} />
      )}
    </View>
  )
}

interface ApplyContentProps {
  profile: UserProfile
  onSubmitted: (application: EnterpriseApplication) => void
  onRefused: (error: ActionError) => void
}

function ApplyContent({ profile, onSubmitted, onRefused }: ApplyContentProps) {
  if (profile.enterprise) return <VerifiedEnterprise enterprise={profile.enterprise} />
  const latest = profile.latestApplication
  if (latest?.status === 'pending') return <PendingApplication application={latest} justSubmitted={false} />
  const rejected = latest?.status === 'rejected' ? latest : null
  return (
    <View>
      {rejected ? (
        <View className='card apply__rejected' data-testid='apply-rejected'>
          <Text className='card__title'>上次登记未通过</Text>
          <Text className='card__desc apply__note' data-testid='application-reason'>
            原因：{rejected.reviewReason ?? '未说明'}
          </Text>
          <Text className='muted'>请根据原因修改后重新提交。</Text>
        </View>
      ) : (
        <View className='apply__intro'>
          <Text className='apply__intro-title'>出口企业登记</Text>
          <Text className='card__desc'>登记并通过审核后，您将成为企业联络员，可使用风险上报、专家咨询等维权援助服务。</Text>
        </View>
      )}
      <ApplicationForm
        initialValues={rejected ? valuesFromRejected(rejected) : EMPTY_FORM}
        draftKey={{ form: 'enterprise-apply', userId: profile.userId, recordId: rejected?.applicationId ?? null }}
        onSubmitted={onSubmitted}
        onRefused={onRefused}
      />
    </View>
  )
}
