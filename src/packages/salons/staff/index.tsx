import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { exportAttendees, getSessionStats, listStaffSessions, publishSession } from '../../../../types/salons/contracts'
import type { SessionStats, SessionSummary } from '../../../../types/salons/schemas'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { LoadErrorView, LoadingView, StatusView } from '../../../components/status-view'
import { SignInRequired } from '../../../components/sign-in-required'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { saveWorkbook } from '../../../services/save-workbook'
import { showActionError } from '../../../services/show-error'
import { SessionCard } from '../shared/session-card'
import '../shared/salons.scss'

function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`
}

function StaffSession({ session, onChanged }: { session: SessionSummary; onChanged: () => void }) {
  const [stats, setStats] = useState<SessionStats | null>(null)
  const publish = async () => {
    try {
      await callFunction(publishSession, { sessionId: session.sessionId })
      void Taro.showToast({ title: '已发布', icon: 'none' })
      onChanged()
    } catch (error) {
      showActionError(error)
    }
  }
  const showStats = async () => {
    try {
      setStats(await callFunction(getSessionStats, { sessionId: session.sessionId }))
    } catch (error) {
      showActionError(error)
    }
  }
  /** The list as CSV on the clipboard, to paste into Excel (the same writer as the directory export). */
  const exportList = async () => {
    try {
      const file = await callFunction(exportAttendees, { sessionId: session.sessionId, format: 'csv' })
      await Taro.setClipboardData({ data: file.content })
      void Taro.showToast({ title: `已复制 ${file.rowCount} 人名单，可粘贴到 Excel`, icon: 'none' })
    } catch (error) {
      showActionError(error)
    }
  }
  /** The list as an Excel file: downloaded on H5, opened with 转发/保存 in WeChat (staff forward it from there). */
  const downloadList = async () => {
    try {
      const file = await callFunction(exportAttendees, { sessionId: session.sessionId, format: 'xlsx' })
      await saveWorkbook(file)
      void Taro.showToast({ title: `已生成 ${file.rowCount} 人名单`, icon: 'none' })
    } catch (error) {
      showActionError(error)
    }
  }
  return (
    <View data-testid='staff-session'>
      <SessionCard session={session} showStatus onTap={() => openRoute(ROUTES.salonEditor, { id: session.sessionId })} />
      <View className='btn-group salon-staff__actions'>
        {session.status === 'draft' && (
          <Button className='btn btn--primary btn--small' data-testid='staff-publish' onClick={() => void publish()}>
            发布
          </Button>
        )}
        {session.status === 'published' && (
          <Button className='btn btn--primary btn--small' data-testid='staff-check-in' onClick={() => openRoute(ROUTES.salonCheckIn, { id: session.sessionId })}>
            现场签到
          </Button>
        )}
        <Button className='btn btn--secondary btn--small' data-testid='staff-stats' onClick={() => void showStats()}>
          报名统计
        </Button>
        <Button className='btn btn--secondary btn--small' data-testid='staff-export' onClick={() => void exportList()}>
          复制名单
        </Button>
        <Button className='btn btn--secondary btn--small' data-testid='staff-export-xlsx' onClick={() => void downloadList()}>
          下载 Excel
        </Button>
      </View>
      {stats && (
        <View className='card' data-testid='staff-stats-card'>
          <Text className='card__desc'>
            报名 {stats.registrations} 人 · 递补待确认 {stats.holding} 人 · 候补 {stats.seats.waiting} 人
          </Text>
          <Text className='card__desc'>
            签到 {stats.attended} 人 · 出席率 {percent(stats.attendanceRate)} · 未到 {stats.noShows ?? '活动结束后统计'}
          </Text>
          <Text className='card__desc'>
            评价 {stats.feedbackCount} 条{stats.averageRating !== null ? ` · 平均 ${stats.averageRating} 分` : ''}
          </Text>
          {stats.comments.slice(0, 5).map((c, i) => (
            <Text key={i} className='muted'>
              {c.rating} 分：{c.comment}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}

export default function SalonStaffPage() {
  const { state, reload } = useSignedInLoad(() => callFunction(listStaffSessions, { pageSize: 50 }), 'staff-salons')
  useDidShow(() => {
    if (state.status === 'ready') void reload()
  })
  return (
    <View className='page'>
      <Button className='btn btn--primary' data-testid='staff-new-session' onClick={() => openRoute(ROUTES.salonEditor)}>
        新建活动
      </Button>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'signed-out' && <SignInRequired returnTo={ROUTES.salonStaff} />}
      {state.status === 'error' && <LoadErrorView error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && state.data.items.length === 0 && <StatusView icon='训' title='还没有活动' description='点“新建活动”创建第一场培训或沙龙。' />}
      {state.status === 'ready' && state.data.items.map((s) => <StaffSession key={s.sessionId} session={s} onChanged={() => void reload()} />)}
      <PrivacySheet />
    </View>
  )
}
