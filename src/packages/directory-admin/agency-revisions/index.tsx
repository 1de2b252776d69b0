import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { listAgencyRevisions } from '../../../../types/directory/contracts'
import type { Revision } from '../../../../types/revisions/schemas'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { ROUTES } from '../../../routes'
import type { ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showActionError } from '../../../services/show-error'
import '../../../styles/directory.scss'
import { StaffGate } from '../form-parts'
import { RevisionCard } from '../revision-card'

const PAGE_SIZE = 20

type ListState =
  | { status: 'loading' }
  | { status: 'ready'; items: Revision[]; total: number; page: number }
  | { status: 'error'; error: ActionError }

export default function AgencyRevisionsPage() {
  return (
    <View className='page'>
      <StaffGate returnTo={ROUTES.directoryAdmin}>
        <RevisionList />
      </StaffGate>
    </View>
  )
}

function RevisionList() {
  const { params } = useRouter()
  const agencyId = params.id ?? ''
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [loadingMore, setLoadingMore] = useState(false)

  const load = async () => {
    setState({ status: 'loading' })
    try {
      const result = await callFunction(listAgencyRevisions, { agencyId, page: 1, pageSize: PAGE_SIZE })
      setState({ status: 'ready', items: result.items, total: result.total, page: result.page })
    } catch (error) {
      setState({ status: 'error', error: handleLoadError(error) })
    }
  }

  // Mounted once the staff check has passed (after the page's first show), so load on mount.
  useEffect(() => {
    void load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [agencyId])

  const loadMore = async () => {
    if (state.status !== 'ready' || loadingMore) return
    setLoadingMore(true)
    try {
      const next = await callFunction(listAgencyRevisions, { agencyId, page: state.page + 1, pageSize: PAGE_SIZE })
      setState({ ...state, items: [...state.items, ...next.items], total: next.total, page: next.page })
    } catch (error) {
      showActionError(error)
    } finally {
      setLoadingMore(false)
    }
  }

  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'error') {
    return (
      <View className='card'>
        <LoadErrorView error={state.error} onRetry={() => void load()} />
      </View>
    )
  }
  return (
    <View data-testid='revision-list'>
      <Text className='muted list-total'>共 {state.total} 条修改记录（最新在前）</Text>
      {state.items.length === 0 && (
        <View className='card'>
          <StatusView icon='∅' title='暂无修改记录' testId='revision-empty' />
        </View>
      )}
      {state.items.map((revision) => (
        <RevisionCard key={revision.revision} revision={revision} />
      ))}
      {state.items.length < state.total && (
        <Button
          className={classNames('btn btn--secondary', loadingMore && 'btn--disabled')}
          data-testid='revision-load-more'
          disabled={loadingMore}
          onClick={() => void loadMore()}
        >
          加载更多
        </Button>
      )}
    </View>
  )
}
