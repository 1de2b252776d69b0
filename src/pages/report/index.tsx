import { Button, Text, View } from '@tarojs/components'
import type { UserProfile } from '../../../types/users/schemas'
import { ComingSoon } from '../../components/coming-soon'
import { useProfile, type ProfileState } from '../../hooks/use-profile'
import { openRoute } from '../../lib/navigation'
import { ROUTES } from '../../routes'

const PLANNED_FEATURES = [
  '上报海外诉讼、展会投诉、电商平台下架、海关扣押等纠纷',
  '提交侵权线索与风险信息，附证据材料',
  '跟踪处理进度，接收工作人员的答复与援助安排',
] as const

function isLiaison(profile: UserProfile | null): boolean {
  return profile?.roles.includes('liaison') ?? false
}

/** Reports will come from registered enterprises only: point everyone else to 企业登记 now. */
function RegisterPrompt({ state }: { state: ProfileState }) {
  const profile = state.status === 'ready' ? state.profile : null
  if (state.status === 'loading' || isLiaison(profile)) return null
  const pending = profile?.latestApplication?.status === 'pending'
  return (
    <View className='card' data-testid='register-prompt'>
      <Text className='card__title'>{pending ? '企业登记审核中' : '请先完成企业登记'}</Text>
      <Text className='card__desc register-prompt__text'>
        {pending
          ? '您的企业登记正在审核，通过后即可使用风险上报。'
          : '风险上报面向已登记的出口企业。登记企业并通过审核后，您将成为企业联络员。'}
      </Text>
      <Button
        className='btn btn--primary'
        data-testid='report-register-enterprise'
        onClick={() => openRoute(pending ? ROUTES.myApplications : ROUTES.enterpriseApply)}
      >
        {pending ? '查看审核进度' : '去登记企业'}
      </Button>
    </View>
  )
}

export default function ReportPage() {
  const { state } = useProfile({ onError: 'quiet' })
  return (
    <View className='page'>
      <ComingSoon
        glyph='报'
        title='风险上报即将上线'
        description='这里将提供海外知识产权纠纷与风险上报服务。'
        plannedFeatures={PLANNED_FEATURES}
      />
      <RegisterPrompt state={state} />
    </View>
  )
}
