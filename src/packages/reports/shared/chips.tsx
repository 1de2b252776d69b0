import { Text, View } from '@tarojs/components'

interface Option<C extends string> {
  code: C
  name: string
}

/** One choice among chips (form fields); `value` null shows none selected. */
export function SingleChips<C extends string>({ options, value, onChange, testIdPrefix }: {
  options: readonly Option<C>[]
  value: C | null
  onChange: (next: C) => void
  testIdPrefix: string
}) {
  return (
    <View className='chips' data-testid={testIdPrefix}>
      {options.map((option) => (
        <Text
          key={option.code}
          className={value === option.code ? 'chip chip--selected' : 'chip'}
          data-testid={`${testIdPrefix}-${option.code}`}
          data-selected={value === option.code ? 'true' : 'false'}
          onClick={() => onChange(option.code)}
        >
          {option.name}
        </Text>
      ))}
    </View>
  )
}

/** A scrolling row of list filters with 「全部」 first. */
export function FilterChips<C extends string>({ options, value, onChange, testIdPrefix }: {
  options: readonly Option<C>[]
  value: C | null
  onChange: (next: C | null) => void
  testIdPrefix: string
}) {
  const chip = (code: C | null, name: string) => (
    <Text
      key={code ?? 'all'}
      className={value === code ? 'chip chip--small chip--selected' : 'chip chip--small'}
      data-testid={`${testIdPrefix}-${code ?? 'all'}`}
      onClick={() => onChange(code)}
    >
      {name}
    </Text>
  )
  return (
    <View className='chips chips--scroll'>
      {chip(null, '全部')}
      {options.map((option) => chip(option.code, option.name))}
    </View>
  )
}
