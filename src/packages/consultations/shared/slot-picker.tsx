import { Text, View } from '@tarojs/components'
import type { SlotView } from '../../../../types/consultations/schemas'
import { formatShanghai } from '../../../../types/time'
import { groupByDay } from './countdown'

/** Free slots by Shanghai day; one tap selects a start. */
export function SlotPicker({ slots, selected, onSelect }: { slots: readonly SlotView[]; selected: string | null; onSelect: (startAt: string) => void }) {
  if (slots.length === 0) return <Text className='muted'>近两周暂无可约时段，请稍后再看或选择其他专家、机构。</Text>
  return (
    <View data-testid='slot-picker'>
      {groupByDay(slots).map((group) => (
        <View key={group.day} className='slot-day'>
          <Text className='slot-day__label'>{group.label}</Text>
          <View className='chips'>
            {group.slots.map((slot) => (
              <Text
                key={slot.startAt}
                className={slot.startAt === selected ? 'slot-chip slot-chip--selected' : 'slot-chip'}
                data-testid='slot'
                data-start={slot.startAt}
                data-selected={slot.startAt === selected ? 'true' : 'false'}
                onClick={() => onSelect(slot.startAt)}
              >
                {formatShanghai(slot.startAt, 'HH:mm')}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
