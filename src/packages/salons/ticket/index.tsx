import { Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { getTicket } from '../../../../types/salons/contracts'
import type { Ticket } from '../../../../types/salons/schemas'
import { formatShanghai } from '../../../../types/time'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { SignInRequired } from '../../../components/sign-in-required'
import { useSignedInLoad } from '../../../hooks/use-signed-in-load'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { QrCodeView } from '../../../components/qr/qr-code-view'
import { sessionTimeText, STATUS_TAG, statusLabel } from '../shared/labels'
import { TicketActions } from './ticket-actions'
import '../shared/salons.scss'

type Loaded = Awaited<ReturnType<typeof loadTicket>>
const loadTicket = (registrationId: string) => callFunction(getTicket, { registrationId })

export default function SalonTicketPage() {
  const { params } = useRouter()
  const registrationId = params.id ?? ''
  const { state, reload } = useSignedInLoad(() => loadTicket(registrationId), registrationId)
  const [data, setData] = useState<Loaded | null>(null)
  useEffect(() => {
    if (state.status === 'ready') setData(state.data)
  }, [state])
  useDidShow(() => {
    if (state.status === 'ready') void reload()
  })

  if (state.status === 'signed-out') return <View className='page'><SignInRequired returnTo={ROUTES.mySalonRegistrations} /></View>
  if (state.status === 'error') return <View className='page'><LoadErrorView error={state.error} onRetry={() => void reload()} /></View>
  if (!data) return <LoadingView />
  const { session, ...ticket } = data
  // A confirm or a cancel answers with the new ticket (its code appears once confirmed): reload for the session too.
  const onChanged = (_next: Ticket) => void reload()
  return (
    <View className='page salon-ticket' data-testid='salon-ticket' data-status={ticket.status}>
      <View className='card salon-ticket__card'>
        <Text className='salon-ticket__title'>{session.title}</Text>
        <Text className='card__desc'>{sessionTimeText(session.startsAt, session.endsAt)}</Text>
        <Text className='card__desc' selectable data-testid='ticket-place'>
          {session.place ? `${session.place.name}（${session.place.address}）` : session.onlineUrl ? `线上链接：${session.onlineUrl}` : '线上活动，确认席位后显示链接'}
        </Text>
        <View className='salon-ticket__who'>
          <Text className='salon-ticket__name' data-testid='ticket-attendee'>{ticket.attendeeName}</Text>
          <Text className={STATUS_TAG[ticket.status]} data-testid='ticket-status'>{statusLabel(ticket.status)}</Text>
        </View>
        {ticket.enterpriseName && <Text className='card__desc'>{ticket.enterpriseName}</Text>}
        {ticket.ticketCode && (
          <View className='salon-ticket__qr'>
            <QrCodeView text={ticket.ticketCode} />
            <Text className='muted'>入场时请出示此码，由工作人员扫码签到</Text>
            <Text className='salon-ticket__code' selectable data-testid='ticket-code'>{ticket.ticketCode}</Text>
          </View>
        )}
        {ticket.checkedInAt && <Text className='salon-banner salon-banner--green'>已于 {formatShanghai(ticket.checkedInAt)} 签到</Text>}
        {ticket.status === 'void' && <Text className='salon-banner salon-banner--red'>活动已取消，电子票作废</Text>}
      </View>
      <TicketActions ticket={ticket} session={session} onChanged={onChanged} />
      <PrivacySheet />
    </View>
  )
}
