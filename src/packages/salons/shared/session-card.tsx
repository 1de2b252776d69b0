import { Text, View } from '@tarojs/components'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { SESSION_STATUS_LABELS, type SessionSummary } from '../../../../types/salons/schemas'
import { seatsText, sessionTimeText } from './labels'

/** One session in a list: title, time, place and seats left in words. */
export function SessionCard({ session, onTap, showStatus = false }: { session: SessionSummary; onTap: () => void; showStatus?: boolean }) {
  return (
    <View className='card salon-card' data-testid='salon-card' data-session-id={session.sessionId} onClick={onTap}>
      <View className='salon-card__tags'>
        <Text className='tag tag--blue'>{serviceTypeName(session.topic)}</Text>
        {showStatus && <Text className='tag'>{SESSION_STATUS_LABELS[session.status]}</Text>}
      </View>
      <Text className='card__title salon-card__title'>{session.title}</Text>
      <Text className='card__desc'>{sessionTimeText(session.startsAt, session.endsAt)}</Text>
      <Text className='card__desc'>{session.online ? '线上活动' : session.placeName ?? ''}</Text>
      <Text className={session.seatsLeft > 0 ? 'salon-card__seats' : 'salon-card__seats salon-card__seats--full'} data-testid='salon-seats'>
        {seatsText(session)}
      </Text>
    </View>
  )
}
