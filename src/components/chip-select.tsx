import { Text, View } from '@tarojs/components'

export interface ChipOption<T extends string> {
  code: T
  name: string
}

interface ChipSelectProps<T extends string> {
  options: readonly ChipOption<T>[]
  selected: readonly T[]
  onChange: (next: T[]) => void
  /** data-testid of each chip is `${testIdPrefix}-${code}`. */
  testIdPrefix: string
  /** Single choice: a tap selects that chip only (tap again to clear). */
  single?: boolean
}

/** Multi-select (or single-select) chips; the order of `selected` follows the taps. */
export function ChipSelect<T extends string>({ options, selected, onChange, testIdPrefix, single = false }: ChipSelectProps<T>) {
  const toggle = (code: T) => {
    if (selected.includes(code)) onChange(selected.filter((c) => c !== code))
    else onChange(single ? [code] : [...selected, code])
  }
  return (
    <View className='chips'>
      {options.map((option) => {
        const on = selected.includes(option.code)
        return (
          <Text
            key={option.code}
            className={on ? 'chip chip--selected' : 'chip'}
            data-testid={`${testIdPrefix}-${option.code}`}
            data-selected={on ? 'true' : 'false'}
            onClick={() => toggle(option.code)}
          >
            {option.name}
          </Text>
        )
      })}
    </View>
  )
}
