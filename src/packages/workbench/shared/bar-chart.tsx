import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { BreakdownRow } from '../../../../types/workbench/dashboard'

interface BarChartProps {
  title: string
  rows: readonly BreakdownRow[]
  testId: string
  /** Label of the count column in the table. */
  unit?: string
  /** False when the rows are not parts of one whole (the 占比 column would mislead). */
  shares?: boolean
}

/**
 * Horizontal bars drawn with views (no chart library, so it renders the same on weapp and H5 and
 * follows the font size), with the table behind it one tap away.
 */
export function BarChart({ title, rows, testId, unit = '件数', shares = true }: BarChartProps) {
  const [asTable, setAsTable] = useState(false)
  const max = Math.max(1, ...rows.map((r) => r.count))
  const total = rows.reduce((sum, r) => sum + r.count, 0)
  return (
    <View className='card wb-chart' data-testid={testId}>
      <View className='card__header'>
        <Text className='card__title'>{title}</Text>
        <Text className='wb-chart__toggle' data-testid={`${testId}-toggle`} onClick={() => setAsTable(!asTable)}>
          {asTable ? '看图表' : '看表格'}
        </Text>
      </View>
      {rows.length === 0 && <Text className='muted'>本期暂无数据</Text>}
      {!asTable &&
        rows.map((row) => (
          <View key={row.key ?? 'none'} className='wb-bar'>
            <Text className='wb-bar__label'>{row.label}</Text>
            <View className='wb-bar__track'>
              <View className='wb-bar__fill' style={{ width: `${Math.max(2, (row.count / max) * 100)}%` }} />
            </View>
            <Text className='wb-bar__value'>{row.count}</Text>
          </View>
        ))}
      {asTable && rows.length > 0 && (
        <View className='wb-table' data-testid={`${testId}-table`}>
          <View className='wb-table__row wb-table__row--head'>
            <Text className='wb-table__cell wb-table__cell--wide'>项目</Text>
            <Text className='wb-table__cell'>{unit}</Text>
            {shares && <Text className='wb-table__cell'>占比</Text>}
          </View>
          {rows.map((row) => (
            <View key={row.key ?? 'none'} className='wb-table__row'>
              <Text className='wb-table__cell wb-table__cell--wide'>{row.label}</Text>
              <Text className='wb-table__cell'>{row.count}</Text>
              {shares && <Text className='wb-table__cell'>{total === 0 ? '—' : `${Math.round((row.count / total) * 1000) / 10}%`}</Text>}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
