import { Text, View } from '@tarojs/components'
import { REVISION_ACTION_LABELS, type Revision } from '../../../types/revisions/schemas'
import { formatShanghai } from '../../../types/time'
import { formatChangeValue } from './format-change'

export function RevisionCard({ revision }: { revision: Revision }) {
  return (
    <View className='card' data-testid='revision-item' data-revision={revision.revision}>
      <View className='card__header'>
        <Text className='card__title'>
          第 {revision.revision} 版 · {REVISION_ACTION_LABELS[revision.action]}
        </Text>
        <Text className='muted'>{formatShanghai(revision.at)}</Text>
      </View>
      <Text className='card__desc'>操作人：{revision.actor.displayName}</Text>
      {revision.note && <Text className='card__desc'>说明：{revision.note}</Text>}
      {revision.changes.map((change) => (
        <View key={change.field} className='revision-change' data-testid='revision-change' data-field={change.field}>
          <Text className='revision-change__label'>{change.label}</Text>
          <Text>
            {formatChangeValue(change.field, change.before)} → {formatChangeValue(change.field, change.after)}
          </Text>
        </View>
      ))}
    </View>
  )
}
