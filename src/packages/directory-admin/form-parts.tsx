import { CharCount } from '../../components/char-count'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { createContext, type ReactNode } from 'react'
import { FieldError } from '../../components/field-error'
import { SignInRequired } from '../../components/sign-in-required'
import { LoadErrorView, LoadingView, StatusView } from '../../components/status-view'
import { isStaff, useProfile } from '../../hooks/use-profile'
import type { Route } from '../../routes'

interface FieldProps {
  field: string
  label: string
  required?: boolean
  error?: string
  hint?: string
  children: ReactNode
}

/** One labelled form field with its red message (testid field-error-<field>) under it. */
export function Field({ field, label, required = false, error, hint, children }: FieldProps) {
  return (
    <View className={error ? 'form-field form-field--invalid' : 'form-field'} data-field={field}>
      <Text className='form-field__label'>
        {label}
        {required && <Text className='form-field__required'>*</Text>}
      </Text>
      {children}
      <FieldError field={field} message={error} />
      {hint && !error && <Text className='form-field__hint'>{hint}</Text>}
    </View>
  )
}

interface TextInputProps {
  testId: string
  value: string
  onInput: (value: string) => void
  placeholder?: string
  maxlength?: number
  type?: 'text' | 'number' | 'digit'
}

export function TextInput({ testId, value, onInput, placeholder, maxlength = 140, type = 'text' }: TextInputProps) {
  return (
    <>
    <View className='form-field__control'>
      <Input
        className='form-field__input'
        data-testid={testId}
        type={type}
        placeholder={placeholder}
        placeholderClass='form-field__placeholder'
        maxlength={-1}
        value={value}
        onInput={(e) => onInput(e.detail.value)}
      />
    </View>
    <CharCount value={value} max={maxlength} testId={`${testId}-count`} />
    </>
  )
}

export function TextArea({ testId, value, onInput, placeholder, maxlength = 1000 }: TextInputProps) {
  return (
    <>
    <View className='form-field__control form-field__control--textarea'>
      <Textarea
        className='form-field__textarea'
        data-testid={testId}
        placeholder={placeholder}
        placeholderClass='form-field__placeholder'
        maxlength={-1}
        value={value}
        onInput={(e) => onInput(e.detail.value)}
      />
    </View>
    <CharCount value={value} max={maxlength} testId={`${testId}-count`} />
    </>
  )
}

/** The signed-in staff member's user id, for the pages inside StaffGate (e.g. to key their drafts). */
export const StaffUserIdContext = createContext<string | null>(null)

/** Staff-only pages: signed-out, loading and refusal states before the page's own content. */
export function StaffGate({ returnTo, children }: { returnTo: Route; children: ReactNode }) {
  const { state, profile, roles, refresh } = useProfile()
  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'signed-out') return <SignInRequired returnTo={returnTo} />
  if (state.status === 'error') {
    return (
      <View className='card'>
        <LoadErrorView error={state.error} onRetry={() => void refresh()} />
      </View>
    )
  }
  if (!isStaff(roles)) {
    return (
      <View className='card'>
        <StatusView icon='!' tone='error' title='没有权限' description='名录维护仅限市场监管部门工作人员使用。' testId='forbidden' />
      </View>
    )
  }
  return <StaffUserIdContext.Provider value={profile?.userId ?? null}>{children}</StaffUserIdContext.Provider>
}
