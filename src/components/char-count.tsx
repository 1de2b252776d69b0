import { Text } from '@tarojs/components'
import { classNames } from '../lib/class-names'

/**
 * "1,234 / 2,000" under a text field. Fields never cut what is typed or pasted (no native
 * maxlength): the count turns red past the limit and the form's check refuses it with the number,
 * so a long paste is never silently shortened. Shown from 80 % of the limit, or always (`always`).
 */
export function CharCount({ value, max, testId, always = false }: { value: string; max: number; testId?: string; always?: boolean }) {
  const length = value.length
  if (!always && length <= max * 0.8) return null
  return (
    <Text className={classNames('char-count', length > max && 'char-count--over')} data-testid={testId}>
      {length > max ? `已输入 ${length} 字，超出 ${length - max} 字（上限 ${max}）` : `${length} / ${max}`}
    </Text>
  )
}
