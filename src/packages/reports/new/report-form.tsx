import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { INDUSTRIES, industryName } from '../../../../types/catalog/industries'
import { IP_TYPES } from '../../../../types/catalog/ip-types'
import { SERVICE_TYPES } from '../../../../types/catalog/service-types'
import { submitReport } from '../../../../types/reports/contracts'
import { MAX_DESCRIPTION, URGENCIES, URGENCY_LABELS, reportInputSchema, type ReportDetail } from '../../../../types/reports/schemas'
import { FieldError } from '../../../components/field-error'
import { RegionPicker } from '../../../components/region-picker'
import { classNames } from '../../../lib/class-names'
import { ActionError, issuesFromZod } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'
import { usePreloadSubscribeTemplates } from '../../../services/subscribe-templates'
import { AttachmentPicker } from '../shared/attachment-picker'
import { SingleChips } from '../shared/chips'
import { takesLegalDeadline } from '../../../../types/deadlines/applicability'
import { clearDraft, draftToInput, saveDraft, type DraftField, type ReportDraft } from '../shared/draft'
import { LegalDeadlineFields } from './legal-deadline-fields'
import { TradeFairFields } from './trade-fair-fields'
import { PrivacySheet } from '../../../components/privacy-sheet'
import { CharCount } from '../../../components/char-count'

const INDUSTRY_NAMES = INDUSTRIES.map((industry) => industry.name)
const URGENCY_OPTIONS = URGENCIES.map((code) => ({ code, name: URGENCY_LABELS[code] }))
const IS_H5 = process.env.TARO_ENV === 'h5'

function Field({ field, label, error, hint, optional, children }: {
  field: DraftField
  label: string
  error?: string
  hint?: string
  optional?: boolean
  children: ReactNode
}) {
  return (
    <View className={error ? 'form-field form-field--invalid' : 'form-field'} data-field={field} data-testid={`report-field-${field}`}>
      <Text className='form-field__label'>
        {label}
        {!optional && <Text className='form-field__required'>*</Text>}
      </Text>
      {children}
      <FieldError field={field} message={error} />
      {hint && !error && <Text className='form-field__hint'>{hint}</Text>}
    </View>
  )
}

function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

interface ReportFormProps {
  userId: string
  initial: ReportDraft
  onSubmitted: (report: ReportDetail) => void
}

export function ReportForm({ userId, initial, onSubmitted }: ReportFormProps) {
  const [draft, setDraft] = useState<ReportDraft>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)
  // A tap that lands before React re-renders with `sending` must not send a second time.
  const sendingRef = useRef(false)
  const submittedRef = useRef(false)
  usePreloadSubscribeTemplates()

  // Every change is kept, so leaving the page (or the app) loses nothing.
  useEffect(() => {
    if (!submittedRef.current) saveDraft(userId, draft)
  }, [userId, draft])

  const update = <K extends DraftField>(field: K, value: ReportDraft[K]) => {
    setDraft((previous) => ({ ...previous, [field]: value }))
    setErrors((previous) => (previous[field] ? { ...previous, [field]: undefined } : previous))
  }
  // Several draft fields feed one input field (legalDeadline, tradeFair): one error to clear.
  const patch = (errorField: string, values: Partial<ReportDraft>) => {
    setDraft((previous) => ({ ...previous, ...values }))
    setErrors((previous) => (previous[errorField] ? { ...previous, [errorField]: undefined } : previous))
  }

  const submit = async () => {
    // First, before any await: WeChat opens the subscribe popup only inside the tap itself.
    void askToSubscribe('reportSubmit')
    if (sendingRef.current) return
    const checked = reportInputSchema.safeParse(draftToInput(draft))
    if (!checked.success) {
      setErrors(showFormError(new ActionError('VALIDATION_FAILED', '', issuesFromZod(checked.error))))
      return
    }
    sendingRef.current = true
    setSending(true)
    try {
      // The draft's key: a retry after a lost answer returns the report already created.
      const report = await callFunction(submitReport, checked.data)
      submittedRef.current = true
      clearDraft(userId)
      onSubmitted(report)
    } catch (error) {
      setErrors(showFormError(error))
    } finally {
      sendingRef.current = false
      setSending(false)
    }
  }

  const industryIndex = draft.industry ? INDUSTRIES.findIndex((i) => i.code === draft.industry) : -1
  const descriptionLength = draft.description.length

  return (
    <View data-testid='report-form'>
      <View className='card'>
        <Text className='card__title'>上报事项</Text>
        <Field field='serviceType' label='服务类型' error={errors.serviceType}>
          <SingleChips options={SERVICE_TYPES} value={draft.serviceType} onChange={(next) => update('serviceType', next)} testIdPrefix='report-service' />
        </Field>
        <Field field='ipType' label='知识产权类型' error={errors.ipType}>
          <SingleChips options={IP_TYPES} value={draft.ipType} onChange={(next) => update('ipType', next)} testIdPrefix='report-ip' />
        </Field>
        <Field field='countries' label='涉及的国家/地区（可多选）' error={errors.countries}>
          <RegionPicker
            selected={draft.countries}
            onChange={(next) => update('countries', next)}
            max={10}
            testId='report-countries'
            chipTestIdPrefix='report-country'
          />
        </Field>
        <Field field='industry' label='所属行业' error={errors.industry}>
          <Picker
            mode='selector'
            range={INDUSTRY_NAMES}
            value={industryIndex >= 0 ? industryIndex : 0}
            onChange={(e) => update('industry', INDUSTRIES[Number(e.detail.value)]?.code ?? null)}
          >
            <View className='form-field__control picker-control' data-testid='report-industry'>
              <Text className={draft.industry ? 'picker-control__value' : 'form-field__placeholder'}>
                {draft.industry ? industryName(draft.industry) : '请选择行业'}
              </Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          </Picker>
        </Field>
        <Field field='counterpart' label='对方当事人' error={errors.counterpart} hint='对方企业、平台或机构名称'>
          <View className='form-field__control'>
            <Input
              className='form-field__input'
              data-testid='report-counterpart'
              placeholder='如：某美国公司 / 亚马逊平台'
              placeholderClass='form-field__placeholder'
              maxlength={-1}
              value={draft.counterpart}
              onInput={(e) => update('counterpart', e.detail.value)}
            />
          </View>
          <CharCount value={draft.counterpart} max={100} testId='report-counterpart-count' />
        </Field>
        <Field field='deadline' label='关键期限' error={errors.deadline} hint='如开庭、答辩或展会开幕日期；没有可不填' optional>
          <View className='report-deadline'>
            <View className='report-deadline__picker'>
              <Picker mode='date' value={draft.deadline ?? today()} start={today()} onChange={(e) => update('deadline', e.detail.value)}>
                <View className='form-field__control picker-control' data-testid='report-deadline'>
                  <Text className={draft.deadline ? 'picker-control__value' : 'form-field__placeholder'}>{draft.deadline ?? '选择日期（可选）'}</Text>
                  <Text className='menu__arrow'>›</Text>
                </View>
              </Picker>
            </View>
            {draft.deadline && (
              <Text className='report-deadline__clear' data-testid='report-deadline-clear' onClick={() => update('deadline', null)}>
                清除
              </Text>
            )}
          </View>
        </Field>
        {takesLegalDeadline(draft) && (
          <LegalDeadlineFields
            draft={draft}
            error={errors.legalDeadline}
            today={today()}
            onChange={(legalRuleId, legalTriggerDate) => patch('legalDeadline', { legalRuleId, legalTriggerDate })}
          />
        )}
        {draft.serviceType === 'trade_fair' && <TradeFairFields draft={draft} error={errors.tradeFair} onChange={(values) => patch('tradeFair', values)} />}
        <Field field='urgency' label='紧急程度' error={errors.urgency}>
          <SingleChips options={URGENCY_OPTIONS} value={draft.urgency} onChange={(next) => update('urgency', next)} testIdPrefix='report-urgency' />
        </Field>
      </View>

      <View className='card'>
        <Text className='card__title'>情况说明</Text>
        <Field field='description' label='情况描述' error={errors.description}>
          <View className='form-field__control form-field__control--textarea'>
            <Textarea
              className='form-field__textarea report-form__description'
              data-testid='report-description'
              placeholder='事情经过、涉及的产品与权利、对方的主张或行为、已采取的措施等（至少 10 个字）'
              placeholderClass='form-field__placeholder'
              maxlength={-1}
              value={draft.description}
              onInput={(e) => update('description', e.detail.value)}
            />
          </View>
          <Text
            className={classNames('report-form__counter', descriptionLength > MAX_DESCRIPTION && 'report-form__counter--over')}
            data-testid='report-description-counter'
          >
            {descriptionLength} / {MAX_DESCRIPTION}
          </Text>
        </Field>
        <Field field='attachments' label='附件（照片、PDF）' error={errors.attachments} optional>
          <AttachmentPicker value={draft.attachments} onChange={(next) => update('attachments', next)} reportKey={draft.idempotencyKey} userId={userId} />
        </Field>
      </View>

      <Button
        className={classNames('btn btn--primary', sending && 'btn--disabled')}
        data-testid='report-submit'
        disabled={sending}
        // No `loading`: Taro H5's button inserts its spinner before the label React is replacing
        // in the same update ("insertBefore … not a child of this node"); the label says it instead.
        onClick={() => void submit()}
      >
        {/* An element, not bare text: React would replace the button's whole textContent, removing the
            spinner's anchor that Taro's H5 button keeps inside it (NotFoundError: insertBefore). */}
        <Text>{sending ? '提交中…' : '提交上报'}</Text>
      </Button>
      <Text className='muted report-form__footnote'>
        {IS_H5 ? '草稿自动保存在本机。' : '草稿自动保存，离开页面后再次进入可继续填写。'}提交后系统将按服务类型、国家和专家负荷自动分派。
      </Text>
      <PrivacySheet />
    </View>
  )
}
