import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { registerForSession } from '../../../../types/salons/contracts'
import type { SessionDetail, Ticket } from '../../../../types/salons/schemas'
import { FieldError } from '../../../components/field-error'
import { classNames } from '../../../lib/class-names'
import { toActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'
import { usePreloadSubscribeTemplates } from '../../../services/subscribe-templates'
import { clearRegisterDraft, loadRegisterDraft, saveRegisterDraft, type RegisterDraft } from '../shared/register-draft'

interface RegisterFormProps {
  session: SessionDetail
  userId: string
  onRegistered: (tickets: Ticket[]) => void
}

/**
 * Named attendees (up to the per-enterprise limit) and the session's questions. The draft is kept
 * per user and session until the sign-up succeeds. The tap opens the subscribe popup first
 * (askToSubscribe, before anything else), then signs up.
 */
export function RegisterForm({ session, userId, onRegistered }: RegisterFormProps) {
  const [draft, setDraft] = useState<RegisterDraft>(() => loadRegisterDraft(userId, session.sessionId))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)
  const full = session.seatsLeft === 0
  usePreloadSubscribeTemplates()

  const update = (next: RegisterDraft) => {
    setDraft(next)
    saveRegisterDraft(userId, session.sessionId, next)
  }
  const setName = (index: number, name: string) => update({ ...draft, names: draft.names.map((n, i) => (i === index ? name : n)) })

  const submit = () => {
    void askToSubscribe('salonRegister')
    if (sending) return
    setSending(true)
    setErrors({})
    void (async () => {
      try {
        const { registrations } = await callFunction(registerForSession, {
          sessionId: session.sessionId,
          requestKey: draft.requestKey,
          attendees: draft.names.map((name) => ({ name })),
          answers: session.questions.map((q) => ({ questionId: q.questionId, answer: draft.answers[q.questionId] ?? '' })),
        })
        clearRegisterDraft(userId, session.sessionId)
        const waiting = registrations.some((r) => r.status === 'waiting')
        void Taro.showToast({ title: waiting ? '已加入候补' : '报名成功', icon: 'none' })
        onRegistered(registrations)
      } catch (error) {
        const fields = showFormError(error)
        // Refusals without a field (full window, limit, audience) stay on screen, not only in a toast.
        setErrors(Object.keys(fields).length > 0 ? fields : { form: toActionError(error).message })
      } finally {
        setSending(false)
      }
    })()
  }

  return (
    <View className='card' data-testid='salon-register-form'>
      <Text className='card__title'>{full ? '名额已满，加入候补' : '报名参加'}</Text>
      <Text className='card__desc'>
        {full ? '有人取消时按候补顺序递补，届时会通知您在保留时间内确认。' : `每家企业最多 ${session.perEnterpriseLimit} 人（含候补）。`}
      </Text>
      {draft.names.map((name, i) => (
        <View key={i} className='form-field'>
          <Text className='form-field__label'>参会人 {i + 1} 姓名</Text>
          <View className='form-field__control salon-attendee'>
            <Input
              className='form-field__input'
              data-testid={`salon-attendee-${i}`}
              placeholder='请输入真实姓名，签到时核对'
              placeholderClass='form-field__placeholder'
              maxlength={-1}
              value={name}
              onInput={(e) => setName(i, e.detail.value)}
            />
            {draft.names.length > 1 && (
              <Text className='salon-attendee__remove' onClick={() => update({ ...draft, names: draft.names.filter((_, j) => j !== i) })}>
                删除
              </Text>
            )}
          </View>
        </View>
      ))}
      <FieldError field='attendees' message={errors.attendees} />
      {draft.names.length < Math.min(5, session.perEnterpriseLimit) && (
        <Button className='btn btn--secondary btn--small' data-testid='salon-add-attendee' onClick={() => update({ ...draft, names: [...draft.names, ''] })}>
          再添加一位参会人
        </Button>
      )}
      {session.questions.map((q) => (
        <View key={q.questionId} className='form-field'>
          <Text className='form-field__label'>
            {q.text}
            {q.required ? '（必填）' : '（选填）'}
          </Text>
          <View className='form-field__control'>
            <Input
              className='form-field__input'
              data-testid={`salon-answer-${q.questionId}`}
              maxlength={-1}
              value={draft.answers[q.questionId] ?? ''}
              onInput={(e) => update({ ...draft, answers: { ...draft.answers, [q.questionId]: e.detail.value } })}
            />
          </View>
        </View>
      ))}
      <FieldError field='answers' message={errors.answers} />
      <FieldError field='form' message={errors.form} />
      <Button
        className={classNames('btn btn--primary', sending && 'btn--disabled')}
        data-testid='salon-register-submit'
        disabled={sending}
        loading={sending}
        onClick={submit}
      >
        {full ? '加入候补' : '提交报名'}
      </Button>
    </View>
  )
}
