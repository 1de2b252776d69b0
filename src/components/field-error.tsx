import { Text } from '@tarojs/components'

/** The red message under a form field; renders nothing when the field is fine. */
export function FieldError({ field, message }: { field: string; message?: string }) {
  if (!message) return null
  return (
    <Text className='form-field__error' data-testid={`field-error-${field}`}>
      {message}
    </Text>
  )
}
