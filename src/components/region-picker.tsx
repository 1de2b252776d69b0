import { Text, View } from '@tarojs/components'
import { REGION_GROUPS, REGIONS, type RegionCode, type RegionGroup } from '../../types/catalog/regions'

const REGIONS_BY_GROUP = (Object.keys(REGION_GROUPS) as RegionGroup[]).map((group) => ({
  group,
  label: REGION_GROUPS[group],
  regions: REGIONS.filter((region) => region.group === group),
}))

interface RegionPickerProps {
  selected: readonly RegionCode[]
  onChange: (next: RegionCode[]) => void
  /** Shown as "已选 n / max"; taps beyond the limit are refused by the schema, not here. */
  max: number
  /** data-testid of the whole picker. */
  testId: string
  /** data-testid of each chip is `${chipTestIdPrefix}-${code}`. */
  chipTestIdPrefix: string
}

/**
 * Multi-select country / region chips, grouped as in the catalog (export markets, report countries).
 * Styles: `.market-picker*` and `.chip` in the using page's stylesheet.
 */
export function RegionPicker({ selected, onChange, max, testId, chipTestIdPrefix }: RegionPickerProps) {
  const toggle = (code: RegionCode) => {
    onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code])
  }
  return (
    <View className='market-picker' data-testid={testId}>
      <Text className='form-field__hint market-picker__count'>
        已选 {selected.length} / {max}
      </Text>
      {REGIONS_BY_GROUP.map(({ group, label, regions }) => (
        <View key={group} className='market-picker__group'>
          <Text className='market-picker__group-label'>{label}</Text>
          <View className='market-picker__chips'>
            {regions.map((region) => (
              <Text
                key={region.code}
                className={selected.includes(region.code) ? 'chip chip--selected' : 'chip'}
                data-testid={`${chipTestIdPrefix}-${region.code}`}
                onClick={() => toggle(region.code)}
              >
                {region.name}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
