import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { objectToJoinRequest } from '../../../../types/users/contracts'
import type { JoinRequest } from '../../../../types/users/join-requests'
import { FieldError } from '../../../components/field-error'
import { classNames } from '../../../lib/class-names'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'

/** An existing liaison objects to a pending request (staff see it before deciding). */
export function ObjectionForm({ request, onDone }: { request: JoinRequest; onDone: (updated: JoinRequest) => void }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)

  if (!open) {
    return (
      <Button className='btn btn--danger' data-testid='join-object-open' onClick={() => setOpen(true)}>
        {request.myObjection ? '修改异议' : '不认识此人，提出异议'}
      </Button>
    )
  }
  const send = async () => {
    if (sending) return
    setSending(true)
    try {
      onDone(await callFunction(objectToJoinRequest, { applicationId: request.applicationId, reason }))
      setOpen(false)
      setErrors({})
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setSending(false)
    }
  }
  return (
    <View className={errors.reason ? 'form-field form-field--invalid' : 'form-field'}>
      <Text className='form-field__label'>异议理由</Text>
      <View className='form-field__control form-field__control--textarea'>
        <Textarea
          className='form-field__textarea'
          data-testid='join-object-reason'
          maxlength={-1}
          placeholder='如：此人不是本企业员工；已离职'
          placeholderClass='form-field__placeholder'
          value={reason}
          onInput={(e) => setReason(e.detail.value)}
        />
      </View>
      <FieldError field='reason' message={errors.reason} />
      <Button
        className={classNames('btn btn--danger', sending && 'btn--disabled')}
        data-testid='join-object-send'
        disabled={sending}
        loading={sending}
        onClick={() => void send()}
      >
        提交异议
      </Button>
    </View>
  )
}
