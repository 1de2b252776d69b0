import { Text, View } from '@tarojs/components'

export interface ChipOption {
  code: string
  name: string
}

interface ChipMultiSelectProps<C extends string> {
  options: readonly { code: C; name: string }[]
  selected: readonly C[]
  onChange: (next: C[]) => void
  testIdPrefix: string
}

/** Multi-select chips for a catalog field; the schema decides whether the choice is valid. */
export function ChipMultiSelect<C extends string>({ options, selected, onChange, testIdPrefix }: ChipMultiSelectProps<C>) {
  const toggle = (code: C) => {
    onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code])
  }
  return (
    <View className='chips' data-testid={testIdPrefix}>
      {options.map((option) => (
        <Text
          key={option.code}
          className={selected.includes(option.code) ? 'chip chip--selected' : 'chip'}
          data-testid={`${testIdPrefix}-${option.code}`}
          onClick={() => toggle(option.code)}
        >
          {option.name}
        </Text>
      ))}
    </View>
  )
}

interface ChipSingleSelectProps<C extends string> {
  options: readonly { code: C; name: string; count?: number }[]
  value: C | null
  onChange: (next: C | null) => void
  testIdPrefix: string
  /** Label of the chip that clears the choice. */
  allLabel?: string
  allCount?: number
}

/** A row of filter chips with an 「全部」 chip first; tapping the chosen chip again clears it. */
export function ChipSingleSelect<C extends string>({
  options,
  value,
  onChange,
  testIdPrefix,
  allLabel = '全部',
  allCount,
}: ChipSingleSelectProps<C>) {
  return (
    <View className='chips chips--scroll'>
      <Text
        className={value === null ? 'chip chip--small chip--selected' : 'chip chip--small'}
        data-testid={`${testIdPrefix}-all`}
        onClick={() => onChange(null)}
      >
        {allCount === undefined ? allLabel : `${allLabel} ${allCount}`}
      </Text>
      {options.map((option) => (
        <Text
          key={option.code}
          className={value === option.code ? 'chip chip--small chip--selected' : 'chip chip--small'}
          data-testid={`${testIdPrefix}-${option.code}`}
          data-selected={value === option.code ? 'true' : 'false'}
          onClick={() => onChange(value === option.code ? null : option.code)}
        >
          {option.count === undefined ? option.name : `${option.name} ${option.count}`}
        </Text>
      ))}
    </View>
  )
}
