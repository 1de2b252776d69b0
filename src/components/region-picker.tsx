import { Text, View } from '@tarojs/components'
import { REGION_GROUPS, REGIONS, type RegionCode, type RegionGroup } from '../../../../types/catalog/regions'

const MAX_MARKETS = 20

const REGIONS_BY_GROUP = (Object.keys(REGION_GROUPS) as RegionGroup[]).map((group) => ({
  group,
  label: REGION_GROUPS[group],
  regions: REGIONS.filter((region) => region.group === group),
}))

interface ExportMarketPickerProps {
  selected: readonly RegionCode[]
  onChange: (next: RegionCode[]) => void
}

/** Multi-select chips, grouped as in the catalog; taps beyond the limit are refused by the schema. */
export function ExportMarketPicker({ selected, onChange }: ExportMarketPickerProps) {
  const toggle = (code: RegionCode) => {
    onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code])
  }
  return (
    <View className='market-picker' data-testid='apply-export-markets'>
      <Text className='form-field__hint market-picker__count'>
        已选 {selected.length} / {MAX_MARKETS}
      </Text>
      {REGIONS_BY_GROUP.map(({ group, label, regions }) => (
        <View key={group} className='market-picker__group'>
          <Text className='market-picker__group-label'>{label}</Text>
          <View className='market-picker__chips'>
            {regions.map((region) => (
              <Text
                key={region.code}
                className={selected.includes(region.code) ? 'chip chip--selected' : 'chip'}
                data-testid={`market-${region.code}`}
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
