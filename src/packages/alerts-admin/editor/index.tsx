import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState, type ReactNode } from 'react'
import { cancelAlertSchedule, getAlertDeliveryStats, scheduleAlert } from '../../../../types/alerts/contracts'
import { INDUSTRIES } from '../../../../types/catalog/industries'
import { IP_TYPES } from '../../../../types/catalog/ip-types'
import { REGION_GROUPS, REGIONS, type RegionGroup } from '../../../../types/catalog/regions'
import { getContent, publishContent, saveContentDraft, withdrawContent } from '../../../../types/content/contracts'
import {
  CONTENT_KIND_LABELS,
  CONTENT_KINDS,
  CONTENT_STATUS_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  SUMMARY_MAX,
  type Content,
} from '../../../../types/content/schemas'
import { dayjs, formatShanghai, SHANGHAI } from '../../../../types/time'
import { ChipSelect } from '../../../components/chip-select'
import { FieldError } from '../../../components/field-error'
import { LoadErrorView, LoadingView } from '../../../components/status-view'
import { classNames } from '../../../lib/class-names'
import { openRoute } from '../../../lib/navigation'
import { ROUTES } from '../../../routes'
import { toActionError, type ActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { handleLoadError, showActionError, type FieldErrors } from '../../../services/show-error'
import { EMPTY_FORM, fromContent, toFields, type ContentFormValues } from './content-form-values'
import './index.scss'

const KIND_OPTIONS = CONTENT_KINDS.map((code) => ({ code, name: CONTENT_KIND_LABELS[code] }))
const SEVERITY_OPTIONS = SEVERITIES.map((code) => ({ code, name: SEVERITY_LABELS[code] }))
const REGIONS_BY_GROUP = (Object.keys(REGION_GROUPS) as RegionGroup[]).map((group) => ({
  group,
  label: REGION_GROUPS[group],
  regions: REGIONS.filter((region) => region.group === group),
}))

type Busy = 'save' | 'publish' | 'schedule' | 'cancel' | 'withdraw' | null

/**
 * Field issues of saveContentDraft arrive as ['fields', name, …] (the form is nested in the
 * input); anything else (revision, id) is a toast only.
 */
function editorErrors(error: ActionError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const [head, field] = issue.path
    const key = head === 'fields' && field !== undefined ? String(field) : head !== undefined ? String(head) : undefined
    if (key && !errors[key]) errors[key] = issue.message
  }
  return errors
}

function Field({ field, label, required, error, hint, children }: { field: string; label: string; required?: boolean; error?: string; hint?: string; children: ReactNode }) {
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

function defaultScheduleDay(): { date: string; time: string } {
  const tomorrow = dayjs().tz(SHANGHAI).add(1, 'day')
  return { date: tomorrow.format('YYYY-MM-DD'), time: '09:00' }
}

export default function AlertEditorPage() {
  const { params } = useRouter()
  const [contentId, setContentId] = useState<string | undefined>(params.id || undefined)
  const [content, setContent] = useState<Content | null>(null)
  const [loadState, setLoadState] = useState<'loading' | 'ready' | ActionError>(params.id ? 'loading' : 'ready')
  const [values, setValues] = useState<ContentFormValues>(EMPTY_FORM)
  const [lossy, setLossy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState<Busy>(null)
  const [schedule, setSchedule] = useState(defaultScheduleDay)
  const [withdrawReason, setWithdrawReason] = useState('')
  /** When this draft waits for a scheduled publication. */
  const [scheduledAt, setScheduledAt] = useState<string | null>(null)

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
      adopt(loaded)
      setValues(form.values)
      setLossy(form.lossy)
      setLoadState('ready')
      if (loaded.status !== 'published') void loadSchedule(loaded.contentId)
    } catch (error) {
      setLoadState(handleLoadError(error))
    }
  }

  useEffect(() => {
    if (params.id) void load(params.id)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

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
      return saved
    } catch (error) {
      const actionError = toActionError(error)
      const fieldErrors = editorErrors(actionError)
      setErrors(fieldErrors)
      const first = actionError.issues[0]?.message
      if (first) void Taro.showToast({ title: first, icon: 'none', duration: 2500 })
      else showActionError(actionError)
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

  const onPublish = () =>
    run('publish', async () => {
      const saved = await save()
      if (!saved) return
      try {
        adopt(await callFunction(publishContent, { contentId: saved.contentId, expectedRevision: saved.revision }))
        setScheduledAt(null)
        void Taro.showToast({ title: '已发布', icon: 'success' })
      } catch (error) {
        showActionError(error)
      }
    })

  const onSchedule = () =>
    run('schedule', async () => {
      const at = dayjs.tz(`${schedule.date}T${schedule.time}:00`, SHANGHAI)
      if (!at.isValid() || !at.isAfter(dayjs())) {
        setErrors((previous) => ({ ...previous, publishAt: '定时发布时间须晚于现在' }))
        return
      }
      const saved = await save()
      if (!saved) return
      try {
        const result = await callFunction(scheduleAlert, { contentId: saved.contentId, publishAt: at.toISOString() })
        setErrors((previous) => ({ ...previous, publishAt: undefined }))
        setScheduledAt(result.publishAt)
        void Taro.showToast({ title: `将于 ${formatShanghai(result.publishAt ?? at.toISOString())} 发布`, icon: 'none' })
      } catch (error) {
        setErrors((previous) => ({ ...previous, ...editorErrors(showActionError(error)) }))
      }
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
  const summaryLength = values.summary.trim().length

  return (
    <View className='page alert-editor' data-testid='alert-editor'>
      <View className='card editor__status'>
        <View className='card__header'>
          <Text className='card__title'>{content ? '编辑' : '新建'}</Text>
          <Text className={status === 'published' ? 'tag tag--green' : status === 'withdrawn' ? 'tag tag--red' : 'tag'} data-testid='editor-status' data-status={content ? status : 'new'}>
            {content ? CONTENT_STATUS_LABELS[status] : '未保存'}
          </Text>
        </View>
        {content && (
          <Text className='muted'>
            第 {content.revision} 版 · 最后修改 {formatShanghai(content.updatedAt)}
          </Text>
        )}
        {lossy && <Text className='notice'>正文中的列表、链接或图片在此编辑器中以文字段落显示，保存后将变为普通段落。</Text>}
      </View>

      <View className='card'>
        <Field field='kind' label='内容类型' required error={errors.kind}>
          <ChipSelect options={KIND_OPTIONS} selected={values.kind ? [values.kind] : []} onChange={(next) => update('kind', next[0] ?? null)} testIdPrefix='editor-kind' single />
        </Field>
        <Field field='title' label='标题' required error={errors.title} hint='4–50 个字'>
          <View className='form-field__control'>
            <Input className='form-field__input' data-testid='editor-title' placeholder='例如：美国 ITC 对假发产品发起 337 调查' placeholderClass='form-field__placeholder' maxlength={-1} value={values.title} onInput={(e) => update('title', e.detail.value)} />
          </View>
        </Field>
        <Field field='summary' label='摘要（用于微信推送）' required error={errors.summary}>
          <View className='form-field__control'>
            <Input className='form-field__input' data-testid='editor-summary' placeholder={`不超过 ${SUMMARY_MAX} 个字`} placeholderClass='form-field__placeholder' maxlength={-1} value={values.summary} onInput={(e) => update('summary', e.detail.value)} />
          </View>
          <Text className={classNames('counter', summaryLength > SUMMARY_MAX && 'counter--over')} data-testid='summary-counter'>
            {summaryLength} / {SUMMARY_MAX}
          </Text>
        </Field>
        <Field field='body' label='正文' required error={errors.body} hint='空行分段；以「# 」开头的一行为小标题'>
          <View className='form-field__control form-field__control--textarea'>
            <Textarea className='form-field__textarea' data-testid='editor-body' placeholder='请输入正文' placeholderClass='form-field__placeholder' maxlength={-1} value={values.bodyText} onInput={(e) => update('bodyText', e.detail.value)} />
          </View>
        </Field>
        {values.kind === 'risk_alert' && (
          <Field field='severity' label='预警等级' required error={errors.severity} hint='「紧急」预警不受夜间免打扰限制'>
            <ChipSelect options={SEVERITY_OPTIONS} selected={values.severity ? [values.severity] : []} onChange={(next) => update('severity', next[0] ?? null)} testIdPrefix='editor-severity' single />
          </Field>
        )}
        {values.kind === 'typical_case' && (
          <Field field='lessons' label='案例启示' required error={errors.lessons} hint='每行一条'>
            <View className='form-field__control form-field__control--textarea'>
              <Textarea className='form-field__textarea' data-testid='editor-lessons' value={values.lessonsText} maxlength={-1} onInput={(e) => update('lessonsText', e.detail.value)} />
            </View>
          </Field>
        )}
        {values.kind === 'fee_change' && (
          <Field field='feeRows' label='费用表' required error={errors.feeRows} hint='每行一项：项目 | 收费机构 | 金额 | 币种'>
            <View className='form-field__control form-field__control--textarea'>
              <Textarea className='form-field__textarea' data-testid='editor-fee-rows' value={values.feeRowsText} maxlength={-1} onInput={(e) => update('feeRowsText', e.detail.value)} />
            </View>
          </Field>
        )}
      </View>

      <View className='card'>
        <Field field='countries' label='国家/地区' required error={errors.countries}>
          {REGIONS_BY_GROUP.map(({ group, label, regions }) => (
            <View key={group}>
              <Text className='chip-group__label'>{label}</Text>
              <ChipSelect options={regions} selected={values.countries} onChange={(next) => update('countries', next)} testIdPrefix='editor-country' />
            </View>
          ))}
        </Field>
        <Field field='ipTypes' label='知识产权类型' error={errors.ipTypes}>
          <ChipSelect options={IP_TYPES} selected={values.ipTypes} onChange={(next) => update('ipTypes', next)} testIdPrefix='editor-ip-type' />
        </Field>
        <Field field='industries' label='行业' error={errors.industries} hint='不选表示面向所有行业'>
          <ChipSelect options={INDUSTRIES} selected={values.industries} onChange={(next) => update('industries', next)} testIdPrefix='editor-industry' />
        </Field>
      </View>

      <View className='card'>
        <Field field='source' label='信息来源' error={errors.source}>
          <View className='form-field__control'>
            <Input className='form-field__input' data-testid='editor-source' placeholder='例如：美国国际贸易委员会公告' placeholderClass='form-field__placeholder' maxlength={-1} value={values.source} onInput={(e) => update('source', e.detail.value)} />
          </View>
        </Field>
        <Field field='sourceUrl' label='来源链接' error={errors.sourceUrl} hint='仅限政府及国际组织网站（https）'>
          <View className='form-field__control'>
            <Input className='form-field__input' data-testid='editor-source-url' placeholder='https://' placeholderClass='form-field__placeholder' maxlength={-1} value={values.sourceUrl} onInput={(e) => update('sourceUrl', e.detail.value)} />
          </View>
        </Field>
        <Field field='effectiveDate' label='生效日期' error={errors.effectiveDate}>
          <View className='editor__schedule'>
            <Picker mode='date' value={values.effectiveDate || dayjs().tz(SHANGHAI).format('YYYY-MM-DD')} onChange={(e) => update('effectiveDate', e.detail.value)}>
              <View className='form-field__control' data-testid='editor-effective-date'>
                <Text className={values.effectiveDate ? '' : 'form-field__placeholder'}>{values.effectiveDate || '选择日期（可不填）'}</Text>
              </View>
            </Picker>
            {values.effectiveDate && (
              <Button className='btn btn--secondary btn--small' data-testid='editor-effective-date-clear' onClick={() => update('effectiveDate', '')}>
                清除
              </Button>
            )}
          </View>
        </Field>
      </View>

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
    </View>
  )
}
