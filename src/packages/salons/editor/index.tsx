import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { SERVICE_TYPES } from '../../../../types/catalog/service-types'
import { searchExperts } from '../../../../types/experts/contracts'
import type { ExpertSummary } from '../../../../types/experts/schemas'
import { cancelSession, createSession, getSession, updateSession } from '../../../../types/salons/contracts'
import { AUDIENCE_LABELS, AUDIENCES } from '../../../../types/salons/schemas'
import { DraftNotice } from '../../../components/draft-notice'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { LoadingView } from '../../../components/status-view'
import { FieldError } from '../../../components/field-error'
import { useProfile } from '../../../hooks/use-profile'
import { clearFormDraft, loadFormDraft, useFormDraft, type FormDraftKey } from '../../../lib/form-draft'
import { goBackOr } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { callFunction } from '../../../services/call-function'
import { showActionError, showFormError, type FieldErrors } from '../../../services/show-error'
import { editorFrom, emptyEditor, inputFrom, type EditorState } from './editor-form'
import '../shared/salons.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

function TextField(props: { label: string; value: string; onChange: (v: string) => void; testId: string; error?: string; type?: 'text' | 'number' }) {
  return (
    <View className={props.error ? 'form-field form-field--invalid' : 'form-field'}>
      <Text className='form-field__label'>{props.label}</Text>
      <View className='form-field__control'>
        <Input maxlength={-1} className='form-field__input' data-testid={props.testId} type={props.type ?? 'text'} value={props.value} onInput={(e) => props.onChange(e.detail.value)} />
      </View>
      <FieldError field={props.testId} message={props.error} />
    </View>
  )
}

/** Staff create or edit a session; saving an existing one tells registrants about time or place changes. */
export default function SalonEditorPage() {
  const { params } = useRouter()
  const sessionId = params.id ?? null
  const [state, setState] = useState<EditorState | null>(null)
  // What the form held when opened: a local draft is kept only while the values differ from it.
  const [pristine, setPristine] = useState<EditorState | null>(null)
  const [showRestored, setShowRestored] = useState(false)
  const { profile } = useProfile()
  const userId = profile?.userId ?? null
  const draftKey: FormDraftKey | null = userId ? { form: 'salon-editor', userId, recordId: sessionId } : null
  const [opensAt, setOpensAt] = useState<string | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [cancelReason, setCancelReason] = useState('')
  const [pool, setPool] = useState<ExpertSummary[]>([])

  useEffect(() => {
    callFunction(searchExperts, { pageSize: 50 }).then(
      (page) => setPool(page.items),
      () => setPool([]),
    )
  }, [])

  /** Opens the form on `fresh`, or on the kept draft where one differs from it. */
  const open = (fresh: EditorState) => {
    const restored = draftKey ? loadFormDraft(draftKey, fresh) : null
    const differs = restored !== null && JSON.stringify(restored) !== JSON.stringify(fresh)
    setPristine(fresh)
    setState(differs ? restored : fresh)
    setShowRestored(differs)
  }

  useEffect(() => {
    if (!userId) return
    if (!sessionId) {
      open(emptyEditor(new Date()))
      return
    }
    callFunction(getSession, { sessionId }).then(
      (s) => {
        open(editorFrom(s))
        setOpensAt(s.registrationOpensAt)
      },
      (error: unknown) => showActionError(error),
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, userId])

  // Called before the loading return (hooks run in the same order every render); idle until opened.
  const draft = useFormDraft<object>(state && pristine ? draftKey : null, state ?? {}, pristine ?? {})

  if (!state || !pristine) return <LoadingView />
  const discardDraft = () => {
    if (draftKey) clearFormDraft(draftKey)
    setState(pristine)
    setErrors({})
    setShowRestored(false)
  }
  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) => setState({ ...state, [key]: value })

  const save = async () => {
    setBusy(true)
    setErrors({})
    try {
      const input = inputFrom(state, new Date(), opensAt)
      if (sessionId) await callFunction(updateSession, { sessionId, ...input })
      else await callFunction(createSession, input)
      draft.finish()
      void Taro.showToast({ title: '已保存', icon: 'none' })
      goBackOr(ROUTES.salonStaff)
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      setBusy(false)
    }
  }
  const pickPlace = () => {
    void Taro.chooseLocation({ latitude: state.latitude, longitude: state.longitude }).then(
      (place) => setState({ ...state, placeName: place.name || state.placeName, address: place.address, latitude: place.latitude, longitude: place.longitude }),
      () => undefined,
    )
  }
  const cancel = async () => {
    if (!sessionId) return
    try {
      await callFunction(cancelSession, { sessionId, reason: cancelReason })
      void Taro.showToast({ title: '活动已取消，已通知报名者', icon: 'none' })
      goBackOr(ROUTES.salonStaff)
    } catch (error) {
      showActionError(error)
    }
  }

  const topicIndex = Math.max(0, SERVICE_TYPES.findIndex((t) => t.code === state.topic))
  return (
    <View className='page' data-testid='salon-editor'>
      {showRestored && <DraftNotice onDiscard={discardDraft} />}
      <View className='card'>
        <TextField label='活动标题' testId='title' value={state.title} onChange={(v) => set('title', v)} error={errors.title} />
        <View className='form-field'>
          <Text className='form-field__label'>主题</Text>
          <Picker mode='selector' range={SERVICE_TYPES.map((t) => t.name)} value={topicIndex} onChange={(e) => set('topic', SERVICE_TYPES[Number(e.detail.value)]?.code ?? state.topic)}>
            <View className='form-field__control'>
              <Text>{SERVICE_TYPES[topicIndex]?.name}</Text>
            </View>
          </Picker>
        </View>
        {pool.length > 0 && (
          <View className='form-field'>
            <Text className='form-field__label'>主讲专家（从专家库选择，可多选）</Text>
            <View className='salon-card__tags'>
              {pool.map((expert) => {
                const chosen = state.experts.some((e) => e.expertId === expert.expertId)
                const toggle = () =>
                  set('experts', chosen ? state.experts.filter((e) => e.expertId !== expert.expertId) : [...state.experts, { expertId: expert.expertId, name: expert.name }])
                return (
                  <Text key={expert.expertId} className={chosen ? 'tag tag--blue salon-expert' : 'tag salon-expert'} data-testid='editor-expert' onClick={toggle}>
                    {chosen ? '✓ ' : ''}
                    {expert.name}
                  </Text>
                )
              })}
            </View>
          </View>
        )}
        <TextField label='其他主讲人（多位用顿号分隔）' testId='speakers' value={state.speakers} onChange={(v) => set('speakers', v)} />
        <View className='form-field'>
          <Text className='form-field__label'>日期与时间</Text>
          <View className='btn-group'>
            <Picker mode='date' value={state.date} onChange={(e) => set('date', e.detail.value)}>
              <View className='form-field__control'><Text>{state.date}</Text></View>
            </Picker>
            <Picker mode='time' value={state.startTime} onChange={(e) => set('startTime', e.detail.value)}>
              <View className='form-field__control'><Text>{state.startTime} 开始</Text></View>
            </Picker>
            <Picker mode='time' value={state.endTime} onChange={(e) => set('endTime', e.detail.value)}>
              <View className='form-field__control'><Text>{state.endTime} 结束</Text></View>
            </Picker>
          </View>
          <FieldError field='endsAt' message={errors.endsAt ?? errors.registrationClosesAt} />
        </View>
        <TextField label='地点名称' testId='place-name' value={state.placeName} onChange={(v) => set('placeName', v)} error={errors.place} />
        <TextField label='详细地址' testId='place-address' value={state.address} onChange={(v) => set('address', v)} />
        {IS_WEAPP && (
          <Button className='btn btn--secondary btn--small' onClick={pickPlace}>
            在地图上选择地点
          </Button>
        )}
        <TextField label='线上链接（选填，https）' testId='online-url' value={state.onlineUrl} onChange={(v) => set('onlineUrl', v)} error={errors.onlineUrl} />
        <TextField label='名额' testId='capacity' type='number' value={state.capacity} onChange={(v) => set('capacity', v)} error={errors.capacity} />
        <TextField label='每家企业限报人数' testId='limit' type='number' value={state.perEnterpriseLimit} onChange={(v) => set('perEnterpriseLimit', v)} error={errors.perEnterpriseLimit} />
        <View className='form-field'>
          <Text className='form-field__label'>报名对象</Text>
          <View className='btn-group'>
            {AUDIENCES.map((a) => (
              <Button key={a} className={state.audience === a ? 'btn btn--primary btn--small' : 'btn btn--secondary btn--small'} onClick={() => set('audience', a)}>
                {AUDIENCE_LABELS[a]}
              </Button>
            ))}
          </View>
        </View>
        <View className='form-field'>
          <Text className='form-field__label'>报名问题（最多 5 个，如出口市场、关心的问题）</Text>
          {state.questions.map((q, i) => (
            <View key={i} className='salon-question'>
              <View className='form-field__control salon-question__text'>
                <Input maxlength={-1}
                  className='form-field__input'
                  data-testid={`question-${i}`}
                  value={q.text}
                  onInput={(e) => set('questions', state.questions.map((x, j) => (j === i ? { ...x, text: e.detail.value } : x)))}
                />
              </View>
              <Text
                className={q.required ? 'tag tag--orange salon-question__flag' : 'tag salon-question__flag'}
                onClick={() => set('questions', state.questions.map((x, j) => (j === i ? { ...x, required: !x.required } : x)))}
              >
                {q.required ? '必填' : '选填'}
              </Text>
              <Text className='salon-attendee__remove' onClick={() => set('questions', state.questions.filter((_, j) => j !== i))}>
                删除
              </Text>
            </View>
          ))}
          {state.questions.length < 5 && (
            <Button className='btn btn--secondary btn--small' data-testid='add-question' onClick={() => set('questions', [...state.questions, { text: '', required: false }])}>
              添加问题
            </Button>
          )}
          <FieldError field='questions' message={errors.questions} />
        </View>
        <View className='form-field'>
          <Text className='form-field__label'>活动介绍</Text>
          <View className='form-field__control form-field__control--textarea'>
            <Textarea className='form-field__textarea' maxlength={-1} value={state.description} onInput={(e) => set('description', e.detail.value)} />
          </View>
        </View>
        <Button className='btn btn--primary' data-testid='editor-save' disabled={busy} loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
      {sessionId && (
        <View className='card'>
          <Text className='card__title'>取消活动</Text>
          <Text className='card__desc'>取消后所有报名者都会收到通知，电子票作废。</Text>
          <TextField label='取消原因' testId='cancel-reason' value={cancelReason} onChange={setCancelReason} />
          <Button className='btn btn--danger' data-testid='editor-cancel-session' disabled={cancelReason.trim().length < 2} onClick={() => void cancel()}>
            取消活动并通知报名者
          </Button>
        </View>
      )}
      <PrivacySheet />
    </View>
  )
}
