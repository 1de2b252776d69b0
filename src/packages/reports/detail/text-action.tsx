import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { FieldError } from '../../../components/field-error'
import { classNames } from '../../../lib/class-names'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import { CharCount } from '../../../components/char-count'

interface TextActionProps {
  /** The field name of the text in the action's input (for the server's per-field message). */
  field: string
  testId: string
  label: string
  placeholder: string
  submitLabel: string
  maxLength: number
  tone?: 'primary' | 'secondary' | 'danger'
  /** Shown only after the opener is tapped; otherwise the form is always open. */
  opener?: string
  /** Extra fields (outcome category) above the button. */
  children?: ReactNode
  extraError?: { field: string; message?: string }
  onSubmit: (text: string) => Promise<void>
}

/**
 * A text box and a button for one report action (decline, ask for information, guidance, resolve,
 * reassign, reopen, message). The button is disabled while sending; a refusal marks the field.
 */
export function TextAction(props: TextActionProps) {
  const { field, testId, label, placeholder, submitLabel, maxLength, tone = 'primary', opener, children, onSubmit } = props
  const [open, setOpen] = useState(!opener)
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)

  if (!open) {
    return (
      <Button className={`btn btn--${tone === 'danger' ? 'danger' : 'secondary'}`} data-testid={`${testId}-open`} onClick={() => setOpen(true)}>
        {opener}
      </Button>
    )
  }

  const send = async () => {
    if (sending) return
    setSending(true)
    try {
      await onSubmit(text)
      setText('')
      setErrors({})
      if (opener) setOpen(false)
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setSending(false)
    }
  }

  const error = errors[field]
  const extraMessage = props.extraError ? errors[props.extraError.field] ?? props.extraError.message : undefined
  return (
    <View className='report-action' data-testid={testId}>
      {label && <Text className='form-field__label'>{label}</Text>}
      {children}
      {props.extraError && <FieldError field={props.extraError.field} message={extraMessage} />}
      <View className={classNames('form-field__control form-field__control--textarea', error && 'report-action__invalid')}>
        <Textarea
          className='form-field__textarea report-action__textarea'
          data-testid={`${testId}-text`}
          placeholder={placeholder}
          placeholderClass='form-field__placeholder'
          maxlength={-1}
          value={text}
          onInput={(e) => {
            setText(e.detail.value)
            if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }))
          }}
        />
      </View>
      <CharCount value={text} max={maxLength} testId={`${testId}-count`} />
      <FieldError field={field} message={error} />
      <View className='btn-group report-action__buttons'>
        {opener && (
          <Button className='btn btn--secondary' onClick={() => setOpen(false)}>
            取消
          </Button>
        )}
        <Button
          className={classNames(`btn btn--${tone}`, sending && 'btn--disabled')}
          data-testid={`${testId}-submit`}
          disabled={sending}
          loading={sending}
          onClick={() => void send()}
        >
          {submitLabel}
        </Button>
      </View>
    </View>
  )
}
