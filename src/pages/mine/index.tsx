import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { industryName } from '../../../types/catalog/industries'
import { getUnreadCount } from '../../../types/messaging/contracts'
import type { UserProfile } from '../../../types/users/schemas'
import { ApplicationSummary } from '../../components/application-summary'
import { RoleTags } from '../../components/role-tags'
import { SignInRequired } from '../../components/sign-in-required'
import { LoadErrorView, LoadingView } from '../../components/status-view'
import { isStaff, useProfile } from '../../hooks/use-profile'
import { openRoute, type RouteQuery } from '../../lib/navigation'
import { formatShanghai } from '../../../types/time'
import { ROUTES, type Route } from '../../routes'
import { callFunction } from '../../services/call-function'
import { clearSession, hasSession } from '../../services/session'
import './index.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

function ProfileHeader({ profile }: { profile: UserProfile }) {
  return (
    <View className='mine-header' data-testid='profile-card' onClick={() => openRoute(ROUTES.profile)}>
      <Text className='mine-header__avatar'>{profile.displayName.slice(0, 1) || '用'}</Text>
      <View className='mine-header__info'>
        <Text className='mine-header__name' data-testid='profile-display-name'>
          {profile.displayName || '微信用户'}
        </Text>
        <RoleTags roles={profile.roles} />
      </View>
    </View>
  )
}

function EnterpriseCard({ profile }: { profile: UserProfile }) {
  const { enterprise, latestApplication } = profile
  if (enterprise) {
    return (
      <View className='card' data-testid='enterprise-card'>
        <View className='card__header'>
          <Text className='card__title'>{enterprise.name}</Text>
          <Text className='tag tag--green' data-testid='enterprise-verified'>
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
      </View>
    )
  }
  if (latestApplication) {
    return (
      <View className='card' data-testid='enterprise-card' onClick={() => openRoute(ROUTES.myApplications)}>
        <ApplicationSummary application={latestApplication} showMarkets={false} />
      </View>
    )
  }
  // Bureau staff review enterprises; they are not asked to register one.
  if (isStaff(profile.roles)) return null
  return (
    <View className='card' data-testid='enterprise-card'>
      <Text className='card__title'>尚未登记企业</Text>
      <Text className='card__desc mine-enterprise__hint'>登记出口企业并通过审核后，可使用风险上报、专家咨询等服务。</Text>
      <Button className='btn btn--primary' data-testid='enterprise-apply-now' onClick={() => openRoute(ROUTES.enterpriseApply)}>
        去登记企业
      </Button>
    </View>
  )
}

interface MenuRowProps {
  testId: string
  title: string
  extra?: string
  /** A red count (unread messages); hidden at 0. */
  badge?: number
  onTap: () => void
}

function MenuRow({ testId, title, extra, badge, onTap }: MenuRowProps) {
  return (
    <View className='menu__row' data-testid={testId} onClick={onTap}>
      <Text>{title}</Text>
      <View className='menu__extra'>
        {extra && <Text>{extra}</Text>}
        {!!badge && (
          <Text className='menu__badge' data-testid={`${testId}-badge`}>
            {badge > 99 ? '99+' : badge}
          </Text>
        )}
        <Text className='menu__arrow'>›</Text>
      </View>
    </View>
  )
}

function go(route: Route, query?: RouteQuery) {
  return () => openRoute(route, query)
}

export default function MinePage() {
  const { state, profile, roles, refresh } = useProfile()
  const [unreadMessages, setUnreadMessages] = useState(0)

  // The message-center badge: fresh each time 我的 is shown; quietly zero when it cannot be read.
  useDidShow(() => {
    if (!hasSession()) {
      setUnreadMessages(0)
      return
    }
    callFunction(getUnreadCount, {}).then(
      (result) => setUnreadMessages(result.unreadCount),
      () => setUnreadMessages(0),
    )
  })

  const signOut = () => {
    clearSession()
    void Taro.showToast({ title: '已退出登录', icon: 'none' })
    // With the session gone, reloading shows the signed-out card.
    void refresh()
  }

  const privacyExtra = profile ? (profile.privacyConsentRequired ? '待确认' : '已同意') : undefined

  return (
    <View className='page mine'>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.mine} />}
      {state.status === 'error' && (
        <View className='card'>
          <LoadErrorView error={state.error} onRetry={() => void refresh()} />
        </View>
      )}
      {profile && (
        <>
          <ProfileHeader profile={profile} />
          <EnterpriseCard profile={profile} />
        </>
      )}

      <View className='menu'>
        <MenuRow testId='entry-enterprise-apply' title='企业登记' onTap={go(ROUTES.enterpriseApply)} />
        <MenuRow testId='entry-my-applications' title='我的申请' onTap={go(ROUTES.myApplications)} />
        <MenuRow testId='entry-privacy' title='隐私政策与授权' extra={privacyExtra} onTap={go(ROUTES.privacy)} />
        <MenuRow testId='entry-redeem-invitation' title='接受邀请（专家、协助机构、联络员）' onTap={go(ROUTES.workbenchRedeem)} />
        {isStaff(roles) && <MenuRow testId='entry-workbench' title='局工作台（统计与名册）' onTap={go(ROUTES.workbenchDashboard)} />}
        {isStaff(roles) && (
          <MenuRow testId='entry-staff-review' title='企业登记审核' onTap={go(ROUTES.staffApplications)} />
        )}
        {isStaff(roles) && (
          <MenuRow testId='entry-directory-admin' title='名录与专家库维护' onTap={go(ROUTES.directoryAdmin)} />
        )}
        {isStaff(roles) && (
          <MenuRow testId='entry-directory-transfer' title='名录导入导出' onTap={go(ROUTES.directoryTransfer)} />
        )}
        {isStaff(roles) && <MenuRow testId='entry-working-calendar' title='工作日历（节假日安排）' onTap={go(ROUTES.workingCalendar)} />}
      </View>

      {(roles.includes('liaison') || roles.includes('expert') || roles.includes('agency') || isStaff(roles)) && (
        <View className='menu'>
          {roles.includes('liaison') && <MenuRow testId='entry-my-reports' title='我的上报' onTap={go(ROUTES.myReports)} />}
          {roles.includes('liaison') && <MenuRow testId='entry-join-requests' title='加入本企业的申请' onTap={go(ROUTES.joinRequests)} />}
          {roles.includes('liaison') && <MenuRow testId='entry-enterprise-edit' title='修改企业信息' onTap={go(ROUTES.enterpriseEdit)} />}
          {roles.includes('liaison') && <MenuRow testId='entry-contact-reveals' title='谁查看了我的手机号' onTap={go(ROUTES.profile)} />}
          {(roles.includes('expert') || roles.includes('agency')) && (
            <MenuRow testId='entry-assigned-reports' title='分派给我的上报' onTap={go(ROUTES.assignedReports)} />
          )}
          {isStaff(roles) && <MenuRow testId='entry-staff-reports' title='上报分派与督办' onTap={go(ROUTES.staffReports)} />}
        </View>
      )}

      <View className='menu'>
        <MenuRow testId='entry-messages' title='消息中心' badge={unreadMessages} onTap={go(ROUTES.messageCenter)} />
        <MenuRow testId='entry-alert-subscription' title='预警订阅设置' onTap={go(ROUTES.alertSubscription)} />
        {isStaff(roles) && (
          <MenuRow testId='entry-alerts-admin' title='预警信息发布与管理' onTap={go(ROUTES.alertAdminList)} />
        )}
        {isStaff(roles) && (
          <MenuRow testId='entry-delivery-problems' title='推送异常处理' onTap={go(ROUTES.deliveryProblems)} />
        )}
        {isStaff(roles) && <MenuRow testId='entry-salon-staff' title='培训沙龙管理与签到' onTap={go(ROUTES.salonStaff)} />}
      </View>

      {IS_H5 && (
        <View className='menu'>
          <MenuRow
            testId='entry-switch-account'
            title='切换演示账号'
            onTap={go(ROUTES.signIn, { redirect: ROUTES.mine })}
          />
          {state.status !== 'signed-out' && <MenuRow testId='entry-sign-out' title='退出登录' onTap={signOut} />}
        </View>
      )}
    </View>
  )
}
