import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { listApplications } from '../../../../types/users/contracts'
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type EnterpriseApplication,
} from '../../../../types/users/schemas'
import { ApplicationStatusTag } from '../../../components/application-status-tag'
import { SignInRequired } from '../../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { openRoute } from '../../../lib/navigation'
import { formatShanghai } from '../../../../types/time'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { hasSession } from '../../../services/session'
import { handleLoadError, showActionError } from '../../../services/show-error'
import { selectApplication } from '../selected-application'
import './index.scss'
import { CalendarWarning } from '../../../components/calendar-warning'
import { LoadMoreButton } from '../../../components/load-more-button'

const PAGE_SIZE = 20

type ListState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'ready'; items: EnterpriseApplication[]; total: number; page: number }
  | { status: 'error'; error: ActionError }

function ApplicationRow({ application }: { application: EnterpriseApplication }) {
  const open = () => {
    selectApplication(application)
    openRoute(ROUTES.staffApplicationDetail, { id: application.applicationId })
  }
  return (
    <View className='card review-row' data-testid='application-item' data-id={application.applicationId} onClick={open}>
      <View className='card__header'>
        <Text className='card__title review-row__name'>{application.enterpriseName}</Text>
        <ApplicationStatusTag status={application.status} />
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>信用代码</Text>
        <Text className='info-row__value'>{application.creditCode}</Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>联络员</Text>
        <Text className='info-row__value'>
          {application.liaisonName}　{application.mobileMasked}
        </Text>
      </View>
      <View className='info-row'>
        <Text className='info-row__label'>提交时间</Text>
        <Text className='info-row__value'>{formatShanghai(application.submittedAt)}</Text>
      </View>
    </View>
  )
}

export default function StaffApplicationsPage() {
  const [filter, setFilter] = useState<ApplicationStatus>('pending')
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [loadingMore, setLoadingMore] = useState(false)
  // Drops answers for a tab the user has already left.
  const latestRequest = useRef(0)

  const load = async (status: ApplicationStatus) => {
    if (!hasSession()) {
      setState({ status: 'signed-out' })
      return
    }
    const requestId = ++latestRequest.current
    setState({ status: 'loading' })
    try {
      const result = await callFunction(listApplications, { status, page: 1, pageSize: PAGE_SIZE })
      if (requestId !== latestRequest.current) return
      setState({ status: 'ready', items: result.items, total: result.total, page: result.page })
    } catch (error) {
      const actionError = handleLoadError(error)
      if (requestId === latestRequest.current) setState({ status: 'error', error: actionError })
    }
  }

  const loadMore = async () => {
    if (state.status !== 'ready' || loadingMore) return
    const requestId = latestRequest.current
    setLoadingMore(true)
    try {
      const next = await callFunction(listApplications, { status: filter, page: state.page + 1, pageSize: PAGE_SIZE })
      if (requestId !== latestRequest.current) return
      setState({ status: 'ready', items: [...state.items, ...next.items], total: next.total, page: next.page })
    } catch (error) {
      showActionError(error)
    } finally {
      setLoadingMore(false)
    }
  }

  // Reload on every show, so a decision made on the detail page is reflected at once.
  useDidShow(() => {
    void load(filter)
  })

  const switchTo = (status: ApplicationStatus) => {
    if (status === filter) return
    setFilter(status)
    void load(status)
  }

  return (
    <View className='review'>
      <View className='review-tabs'>
        {APPLICATION_STATUSES.map((status) => (
          <View
            key={status}
            className={status === filter ? 'review-tabs__tab review-tabs__tab--active' : 'review-tabs__tab'}
            data-testid={`status-tab-${status}`}
            onClick={() => switchTo(status)}
          >
            <Text>{APPLICATION_STATUS_LABELS[status]}</Text>
          </View>
        ))}
      </View>

      <View className='page review__list'>
        {state.status === 'ready' && <CalendarWarning />}
        {state.status === 'loading' && <LoadingView />}
        {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.staffApplications} />}
        {state.status === 'error' && (
          <View className='card'>
            <LoadErrorView error={state.error} onRetry={() => void load(filter)} />
          </View>
        )}
        {state.status === 'ready' && (
          <>
            <Text className='muted review__total' data-testid='application-total'>
              共 {state.total} 条
            </Text>
            {state.items.length === 0 && (
              <View className='card'>
                <StatusView icon='✓' title={`没有${APPLICATION_STATUS_LABELS[filter]}的申请`} testId='empty' />
              </View>
            )}
            {state.items.map((application) => (
              <ApplicationRow key={application.applicationId} application={application} />
            ))}
            <LoadMoreButton shown={state.items.length < state.total} loading={loadingMore} onLoad={loadMore} testId='load-more' />
          </>
        )}
      </View>
    </View>
  )
}
