import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { cancelAlertSchedule, getAlertDeliveryStats, scheduleAlert } from '../../../../types/alerts/contracts'
import { previewAlertPush, type PushPreview } from '../../../../types/alerts/push-preview'
import { getContent, publishContent, saveContentDraft, withdrawContent } from '../../../../types/content/contracts'
import type { Content } from '../../../../types/content/schemas'
import { dayjs, formatShanghai, SHANGHAI } from '../../../../types/time'
import { DraftNotice } from '../../../components/draft-notice'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { useProfile } from '../../../hooks/use-profile'
import { classNames } from '../../../lib/class-names'
import { clearFormDraft, loadFormDraft, useFormDraft, type FormDraftKey } from '../../../lib/form-draft'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { toActionError, type ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showActionError, showFormError, type FieldErrors } from '../../../services/show-error'
import { EMPTY_FORM, fromContent, toFields, type ContentFormValues } from './content-form-values'
import { ContentFieldsForm, Field } from './content-fields-form'
import { defaultScheduleDay, editorErrors } from './editor-helpers'
import { EditorStatusCard } from './editor-status-card'
import { PublishConfirm } from './publish-confirm'
import './index.scss'

type Busy = 'save' | 'publish' | 'schedule' | 'cancel' | 'withdraw' | null

export default function AlertEditorPage() {
  const { params } = useRouter()
  const [contentId, setContentId] = useState<string | undefined>(params.id || undefined)
  const [content, setContent] = useState<Content | null>(null)
  const [loadState, setLoadState] = useState<'loading' | 'ready' | ActionError>(params.id ? 'loading' : 'ready')
  const [values, setValues] = useState<ContentFormValues>(EMPTY_FORM)
  // What the form held when loaded or last saved: a local draft is kept only while values differ.
  const [pristine, setPristine] = useState<ContentFormValues>(EMPTY_FORM)
  const [draftReady, setDraftReady] = useState(false)
  const [showRestored, setShowRestored] = useState(false)
  /** The push preview awaiting the person's yes, with what to do on yes. */
  const [confirming, setConfirming] = useState<{ preview: PushPreview; when: string; go: () => Promise<void> } | null>(null)
  const [lossy, setLossy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState<Busy>(null)
  const [schedule, setSchedule] = useState(defaultScheduleDay)
  const [withdrawReason, setWithdrawReason] = useState('')
  /** When this draft waits for a scheduled publication. */
  const [scheduledAt, setScheduledAt] = useState<string | null>(null)

  const { profile } = useProfile()
  const userId = profile?.userId ?? null
  // Keyed by the record the page was opened for: a new item keeps its draft under `new` until saved.
  const draftKey: FormDraftKey | null = userId ? { form: 'alert-editor', userId, recordId: params.id || null } : null
  const draft = useFormDraft(draftReady ? draftKey : null, values, pristine)

  const loadSchedule = async (id: string) => {
    try {
      const { schedule: current } = await callFunction(getAlertDeliveryStats, { contentId: id })
      setScheduledAt(current?.state === 'scheduled' ? current.publishAt : null)
    } catch {
      // The schedule line is informative only.
    }
  }

  const adopt = (saved: Content) => {
    setContent(saved)
    setContentId(saved.contentId)
  }

  const load = async (id: string) => {
    setLoadState('loading')
    try {
      const { content: loaded } = await callFunction(getContent, { contentId: id })
      const form = fromContent(loaded)
      const restored = draftKey ? loadFormDraft(draftKey, form.values) : null
      adopt(loaded)
      setPristine(form.values)
      setValues(restored ?? form.values)
      setShowRestored(restored !== null && JSON.stringify(restored) !== JSON.stringify(form.values))
      setDraftReady(true)
      setLossy(form.lossy)
      setLoadState('ready')
      if (loaded.status !== 'published') void loadSchedule(loaded.contentId)
    } catch (error) {
      setLoadState(handleLoadError(error))
    }
  }

  useEffect(() => {
    if (!userId) return
    if (params.id) {
      void load(params.id)
      return
    }
    const restored = draftKey ? loadFormDraft(draftKey, EMPTY_FORM) : null
    if (restored) setValues(restored)
    setShowRestored(restored !== null)
    setDraftReady(true)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId])

  const discardDraft = () => {
    if (draftKey) clearFormDraft(draftKey)
    setValues(pristine)
    setErrors({})
    setShowRestored(false)
  }

  const update = <K extends keyof ContentFormValues>(field: K, value: ContentFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }))
    const key = field === 'bodyText' ? 'body' : field === 'lessonsText' ? 'lessons' : field === 'feeRowsText' ? 'feeRows' : field
    setErrors((previous) => (previous[key] ? { ...previous, [key]: undefined } : previous))
  }

  /** Saves the whole form; resolves with the saved item, or null after showing the errors. */
  const save = async (): Promise<Content | null> => {
    try {
      const fields = toFields(values, content?.attachments ?? [])
      const saved = await callFunction(
        saveContentDraft,
        contentId && content ? { contentId, expectedRevision: content.revision, fields } : { fields },
      )
      adopt(saved)
      setErrors({})
      // Saved: nothing is left to keep on this device.
      setPristine(values)
      setShowRestored(false)
      if (!params.id) draft.finish()
      else if (draftKey) clearFormDraft(draftKey)
      return saved
    } catch (error) {
      const actionError = toActionError(error)
      // Toast, and the first invalid field scrolled into view; the paths are nested under `fields`.
      showFormError(actionError)
      setErrors(editorErrors(actionError))
      return null
    }
  }

  const run = async (kind: Exclude<Busy, null>, action: () => Promise<void>) => {
    if (busy) return
    setBusy(kind)
    try {
      await action()
    } finally {
      setBusy(null)
    }
  }

  const onSave = () =>
    run('save', async () => {
      if (await save()) void Taro.showToast({ title: '已保存', icon: 'success' })
    })

  /** Saves, then shows the push subscribers would get and waits for a yes before `go`. */
  const confirmThen = async (when: string, go: (saved: Content) => Promise<void>, publishAt?: string) => {
    const saved = await save()
    if (!saved) return
    try {
      const preview = await callFunction(previewAlertPush, { contentId: saved.contentId, publishAt })
      setConfirming({ preview, when, go: () => go(saved) })
    } catch (error) {
      showActionError(error)
    }
  }

  const onConfirm = () => {
    const pending = confirming
    setConfirming(null)
    if (pending) void run('publish', pending.go)
  }

  const onPublish = () =>
    run('publish', () =>
      confirmThen('立即发布', async (saved) => {
        try {
          adopt(await callFunction(publishContent, { contentId: saved.contentId, expectedRevision: saved.revision }))
          setScheduledAt(null)
          void Taro.showToast({ title: '已发布', icon: 'success' })
        } catch (error) {
          showActionError(error)
        }
      }),
    )

  const onSchedule = () =>
    run('schedule', async () => {
      const at = dayjs.tz(`${schedule.date}T${schedule.time}:00`, SHANGHAI)
      if (!at.isValid() || !at.isAfter(dayjs())) {
        setErrors((previous) => ({ ...previous, publishAt: '定时发布时间须晚于现在' }))
        return
      }
      await confirmThen(`于 ${formatShanghai(at.toISOString())} 定时发布`, async (saved) => {
        try {
          const result = await callFunction(scheduleAlert, { contentId: saved.contentId, publishAt: at.toISOString() })
          setErrors((previous) => ({ ...previous, publishAt: undefined }))
          setScheduledAt(result.publishAt)
          void Taro.showToast({ title: `将于 ${formatShanghai(result.publishAt ?? at.toISOString())} 发布`, icon: 'none' })
        } catch (error) {
          setErrors((previous) => ({ ...previous, ...editorErrors(showActionError(error)) }))
        }
      }, at.toISOString())
    })

  const onCancelSchedule = () =>
    run('cancel', async () => {
      if (!contentId) return
      try {
        await callFunction(cancelAlertSchedule, { contentId })
        setScheduledAt(null)
        void Taro.showToast({ title: '已取消定时发布', icon: 'none' })
      } catch (error) {
        showActionError(error)
      }
    })

  const onWithdraw = () =>
    run('withdraw', async () => {
      if (!content) return
      try {
        adopt(await callFunction(withdrawContent, { contentId: content.contentId, expectedRevision: content.revision, reason: withdrawReason }))
        setErrors((previous) => ({ ...previous, reason: undefined }))
        void Taro.showToast({ title: '已撤回', icon: 'success' })
      } catch (error) {
        const actionError = toActionError(error)
        setErrors((previous) => ({ ...previous, ...editorErrors(actionError) }))
        void Taro.showToast({ title: actionError.issues[0]?.message ?? actionError.message, icon: 'none' })
      }
    })

  if (loadState === 'loading') return <LoadingView />
  if (loadState !== 'ready') {
    return (
      <View className='page'>
        <View className='card'>
          <LoadErrorView error={loadState} onRetry={() => params.id && void load(params.id)} />
        </View>
      </View>
    )
  }

  const status = content?.status ?? 'draft'

  return (
    <View className='page alert-editor' data-testid='alert-editor'>
      {showRestored && <DraftNotice onDiscard={discardDraft} />}
      <EditorStatusCard content={content} lossy={lossy} />

      <ContentFieldsForm values={values} errors={errors} update={update} />

      <View className='card editor__actions'>
        <Text className='card__title'>保存与发布</Text>
        <Button className={classNames('btn btn--secondary', busy === 'save' && 'btn--disabled')} data-testid='editor-save' disabled={busy !== null} loading={busy === 'save'} onClick={() => void onSave()}>
          保存草稿
        </Button>
        {status !== 'published' && (
          <>
            <Button className={classNames('btn btn--primary', busy === 'publish' && 'btn--disabled')} data-testid='editor-publish' disabled={busy !== null} loading={busy === 'publish'} onClick={() => void onPublish()}>
              保存并立即发布
            </Button>
            {scheduledAt && (
              <View className='notice' data-testid='editor-scheduled'>
                <Text>将于 {formatShanghai(scheduledAt)} 自动发布</Text>
                <Button className='btn btn--secondary btn--small' data-testid='editor-cancel-schedule' disabled={busy !== null} onClick={() => void onCancelSchedule()}>
                  取消定时
                </Button>
              </View>
            )}
            <Field field='publishAt' label='定时发布（北京时间）' error={errors.publishAt}>
              <View className='editor__schedule'>
                <Picker mode='date' value={schedule.date} onChange={(e) => setSchedule((s) => ({ ...s, date: e.detail.value }))}>
                  <View className='form-field__control' data-testid='schedule-date'>
                    <Text>{schedule.date}</Text>
                  </View>
                </Picker>
                <Picker mode='time' value={schedule.time} onChange={(e) => setSchedule((s) => ({ ...s, time: e.detail.value }))}>
                  <View className='form-field__control' data-testid='schedule-time'>
                    <Text>{schedule.time}</Text>
                  </View>
                </Picker>
              </View>
              <Button className={classNames('btn btn--secondary', busy === 'schedule' && 'btn--disabled')} data-testid='editor-schedule' disabled={busy !== null} loading={busy === 'schedule'} onClick={() => void onSchedule()}>
                保存并定时发布
              </Button>
            </Field>
          </>
        )}
        {status === 'published' && content && (
          <>
            <Button className='btn btn--secondary' data-testid='editor-open-stats' onClick={() => openRoute(ROUTES.alertStats, { id: content.contentId })}>
              查看推送统计
            </Button>
            <Field field='reason' label='撤回原因' error={errors.reason}>
              <View className='form-field__control form-field__control--textarea'>
                <Textarea className='form-field__textarea' data-testid='withdraw-reason' placeholder='撤回后将停止未发出的推送，并在消息中心提示用户' placeholderClass='form-field__placeholder' maxlength={-1} value={withdrawReason} onInput={(e) => setWithdrawReason(e.detail.value)} />
              </View>
            </Field>
            <Button className={classNames('btn btn--danger', busy === 'withdraw' && 'btn--disabled')} data-testid='editor-withdraw' disabled={busy !== null} loading={busy === 'withdraw'} onClick={() => void onWithdraw()}>
              撤回
            </Button>
          </>
        )}
      </View>
      {confirming && <PublishConfirm preview={confirming.preview} when={confirming.when} onConfirm={onConfirm} onCancel={() => setConfirming(null)} />}
    </View>
  )
}
