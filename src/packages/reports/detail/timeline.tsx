import { Text, View } from '@tarojs/components'
import { postMessage } from '../../../../types/reports/contracts'
import { REPORT_STATUS_LABELS, type PostedEvent, type ReportDetail, type ReportEvent } from '../../../../types/reports/schemas'
import { formatShanghai } from '../../../../types/time'
import { LoadMoreButton } from '../../../components/load-more-button'
import { callFunction } from '../../../services/call-function'
import { ACTOR_LABELS, EVENT_LABELS } from '../shared/labels'
import { TextAction } from './text-action'
import type { ReportTimeline } from './use-report-timeline'

const THREAD_TYPES: ReadonlySet<ReportEvent['type']> = new Set(['message', 'guidance', 'info_requested'])

/** Every event, newest first; older pages load when the reader reaches the bottom. */
export function Timeline({ timeline }: { timeline: ReportTimeline }) {
  const newestFirst = [...timeline.events].reverse()
  return (
    <View className='card' data-testid='report-timeline'>
      <Text className='card__title'>处理进度（最新在前）</Text>
      <View className='timeline'>
        {/* Index keys and rows of one fixed shape: a new event or an older page only rewrites rows
            in place and appends at the end. Inserting before existing nodes (a keyed prepend, or a
            conditional child) trips Taro H5's web components with an insertBefore error. */}
        {newestFirst.map((event, index) => (
          <View key={index} className='timeline__item' data-testid='timeline-event' data-type={event.type}>
            <View className='timeline__dot' />
            <View className='timeline__head'>
              <Text className='timeline__type'>{EVENT_LABELS[event.type]}</Text>
              <Text className='muted'>{ACTOR_LABELS[event.actorRole]}</Text>
            </View>
            <Text className='timeline__meta'>
              {`${formatShanghai(event.at)}${event.toStatus && event.toStatus !== event.fromStatus ? ` · ${REPORT_STATUS_LABELS[event.toStatus]}` : ''}`}
            </Text>
            <Text className='timeline__text'>{event.text ?? ''}</Text>
          </View>
        ))}
      </View>
      <LoadMoreButton
        shown={timeline.hasOlder}
        loading={timeline.loadingOlder}
        onLoad={timeline.loadOlder}
        testId='timeline-older'
        label='加载更早的记录'
      />
    </View>
  )
}

/** The conversation, oldest first, with the box to write at the end. */
export function Thread(props: {
  report: ReportDetail
  timeline: ReportTimeline
  me: string
  canPost: boolean
  onPosted: (posted: PostedEvent) => void
}) {
  const { report, timeline, me, canPost, onPosted } = props
  const entries = timeline.events.filter((event) => THREAD_TYPES.has(event.type))
  return (
    <View className='card' data-testid='report-thread'>
      <Text className='card__title'>沟通留言</Text>
      <LoadMoreButton
        shown={timeline.hasOlder}
        loading={timeline.loadingOlder}
        onLoad={timeline.loadOlder}
        testId='thread-older'
        label='查看更早的留言'
      />
      {entries.length === 0 && <Text className='muted thread__empty'>{timeline.hasOlder ? '最近没有留言' : '暂无留言'}</Text>}
      {entries.map((event, index) => (
        <View
          key={index}
          className={event.actorUserId === me ? 'thread__item thread__item--mine' : 'thread__item'}
          data-testid='thread-message'
        >
          <Text className='thread__meta'>
            {`${event.actorUserId === me ? '我' : ACTOR_LABELS[event.actorRole]}${event.type === 'message' ? '' : ` · ${EVENT_LABELS[event.type]}`} · ${formatShanghai(event.at)}`}
          </Text>
          <Text className='thread__text'>{event.text}</Text>
        </View>
      ))}
      {canPost && (
        <TextAction
          field='text'
          testId='report-message'
          label=''
          placeholder={report.status === 'awaiting_info' ? '补充说明（发送后恢复办理）' : '给对方留言'}
          submitLabel='发送'
          maxLength={1000}
          onSubmit={async (text) => onPosted(await callFunction(postMessage, { reportId: report.reportId, text }))}
        />
      )}
    </View>
  )
}
