import { Button, Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AvailabilityException, WeeklyRule } from '../../../../types/consultations/availability'

export const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0]

function TimePicker({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId: string }) {
  return (
    <Picker mode='time' value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <Text className='rule-row__input' data-testid={testId}>
        {value}
      </Text>
    </Picker>
  )
}

/** Weekly opening hours: one row per range, sorted by weekday; add a range for a weekday. */
export function WeeklyEditor({ rules, onChange }: { rules: WeeklyRule[]; onChange: (next: WeeklyRule[]) => void }) {
  const [weekday, setWeekday] = useState(1)
  const [start, setStart] = useState('09:00')
  const [end, setEnd] = useState('12:00')
  const sorted = [...rules].sort((a, b) => WEEKDAY_ORDER.indexOf(a.weekday) - WEEKDAY_ORDER.indexOf(b.weekday) || a.start.localeCompare(b.start))
  return (
    <View data-testid='weekly-editor'>
      {sorted.map((rule) => (
        <View key={`${rule.weekday}-${rule.start}-${rule.end}`} className='rule-row' data-testid='weekly-rule'>
          <Text className='rule-row__text'>
            {WEEKDAY_NAMES[rule.weekday]} {rule.start}–{rule.end}
          </Text>
          <Button className='btn btn--secondary btn--small' onClick={() => onChange(rules.filter((r) => r !== rule))}>
            删除
          </Button>
        </View>
      ))}
      <View className='rule-row'>
        <Picker mode='selector' range={WEEKDAY_ORDER.map((d) => WEEKDAY_NAMES[d])} onChange={(e) => setWeekday(WEEKDAY_ORDER[Number(e.detail.value)])}>
          <Text className='rule-row__input'>{WEEKDAY_NAMES[weekday]}</Text>
        </Picker>
        <TimePicker value={start} onChange={setStart} testId='weekly-start' />
        <Text className='rule-row__text'>至</Text>
        <TimePicker value={end} onChange={setEnd} testId='weekly-end' />
        <Button className='btn btn--secondary btn--small' data-testid='weekly-add' onClick={() => onChange([...rules, { weekday, start, end }])}>
          添加
        </Button>
      </View>
    </View>
  )
}

/** Days off and extra hours on single dates. */
export function ExceptionEditor({ items, onChange }: { items: AvailabilityException[]; onChange: (next: AvailabilityException[]) => void }) {
  const [date, setDate] = useState('')
  const [extra, setExtra] = useState(false)
  const [start, setStart] = useState('09:00')
  const [end, setEnd] = useState('12:00')
  const add = () => {
    if (!date) return
    onChange([...items, extra ? { kind: 'extra', date, start, end } : { kind: 'off', date }])
  }
  return (
    <View data-testid='exception-editor'>
      {items.map((item, index) => (
        <View key={`${item.date}-${index}`} className='rule-row'>
          <Text className='rule-row__text'>
            {item.date} {item.kind === 'off' ? '休息' : `加开 ${item.start}–${item.end}`}
          </Text>
          <Button className='btn btn--secondary btn--small' onClick={() => onChange(items.filter((_, i) => i !== index))}>
            删除
          </Button>
        </View>
      ))}
      <View className='rule-row'>
        <Picker mode='date' value={date} onChange={(e) => setDate(String(e.detail.value))}>
          <Text className='rule-row__input'>{date || '选择日期'}</Text>
        </Picker>
        <Text className={extra ? 'chip' : 'chip chip--selected'} onClick={() => setExtra(false)}>
          休息
        </Text>
        <Text className={extra ? 'chip chip--selected' : 'chip'} onClick={() => setExtra(true)}>
          加开时段
        </Text>
        {extra && <TimePicker value={start} onChange={setStart} testId='exception-start' />}
        {extra && <TimePicker value={end} onChange={setEnd} testId='exception-end' />}
        <Button className='btn btn--secondary btn--small' onClick={add}>
          添加
        </Button>
      </View>
    </View>
  )
}
