import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { INDUSTRIES, industryName } from '../../../../types/catalog/industries'
import { applyForEnterprise } from '../../../../types/users/contracts'
import { enterpriseApplicationInputSchema, type EnterpriseApplication } from '../../../../types/users/schemas'
import { FieldError } from '../../../components/field-error'
import { ActionError, issuesFromZod, toActionError } from '../../../services/action-error'
import { callFunction } from '../../../services/call-function'
import { showFormError, type FieldErrors } from '../../../services/show-error'
import { askToSubscribe } from '../../../services/subscribe-taps'
import { usePreloadSubscribeTemplates } from '../../../services/subscribe-templates'
import type { ApplicationField, ApplicationFormValues } from './application-form-values'
import { RegionPicker } from '../../../components/region-picker'
import { classNames } from '../../../lib/class-names'
import { loadFormDraft, useFormDraft, type FormDraftKey } from '../../../lib/form-draft'
import { DraftNotice } from '../../../components/draft-notice'
import { CharCount } from '../../../components/char-count'

const INDUSTRY_NAMES = INDUSTRIES.map((industry) => industry.name)

/** Refusals that are not about a field: the page reloads the profile or asks for consent. */
const REFUSALS_FOR_PAGE: ReadonlySet<ActionError['code']> = new Set(['CONFLICT', 'PRIVACY_CONSENT_REQUIRED'])

interface FieldProps {
  field: ApplicationField
  label: string
  error?: string
  hint?: string
  children: ReactNode
}

function Field({ field, label, error, hint, children }: FieldProps) {
  return (
    <View className={error ? 'form-field form-field--invalid' : 'form-field'} data-field={field}>
      <Text className='form-field__label'>
        {label}
        <Text className='form-field__required'>*</Text>
      </Text>
      {children}
      <FieldError field={field} message={error} />
      {hint && !error && <Text className='form-field__hint'>{hint}</Text>}
    </View>
  )
}

interface ApplicationFormProps {
  initialValues: ApplicationFormValues
  /** Where the unsent answers are kept on this device (per user). */
  draftKey: FormDraftKey
  onSubmitted: (application: EnterpriseApplication) => void
  /** Server refusals that change what the page should show (pending elsewhere, consent needed). */
  onRefused: (error: ActionError) => void
}

export function ApplicationForm({ initialValues, draftKey, onSubmitted, onRefused }: ApplicationFormProps) {
  const [restored] = useState(() => loadFormDraft(draftKey, initialValues))
  const [values, setValues] = useState<ApplicationFormValues>(restored ?? initialValues)
  const [showRestored, setShowRestored] = useState(restored !== null)
  const draft = useFormDraft(draftKey, values, initialValues)
  const discardDraft = () => {
    setValues(initialValues)
    setErrors({})
    setShowRestored(false)
  }
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sending, setSending] = useState(false)
  usePreloadSubscribeTemplates()

  const update = <K extends ApplicationField>(field: K, value: ApplicationFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }))
    // The message goes once the user starts fixing the field.
    setErrors((previous) => (previous[field] ? { ...previous, [field]: undefined } : previous))
  }

  const submit = async () => {
    // First, before any await: WeChat opens the subscribe popup only inside the tap itself.
    void askToSubscribe('enterpriseApply')
    if (sending) return
    // The same schema the server applies: most mistakes are caught here without a round trip.
    const checked = enterpriseApplicationInputSchema.safeParse(values)
    if (!checked.success) {
      setErrors(showFormError(new ActionError('VALIDATION_FAILED', '', issuesFromZod(checked.error))))
      return
    }
    setSending(true)
    try {
      const application = await callFunction(applyForEnterprise, checked.data)
      draft.finish()
      onSubmitted(application)
    } catch (error) {
      setErrors(showFormError(error))
      const actionError = toActionError(error)
      if (REFUSALS_FOR_PAGE.has(actionError.code)) onRefused(actionError)
    } finally {
      setSending(false)
    }
  }

  const industryIndex = values.industry ? INDUSTRIES.findIndex((i) => i.code === values.industry) : -1

  return (
    <View data-testid='apply-form'>
      {showRestored && <DraftNotice onDiscard={discardDraft} />}
      <View className='card'>
        <Text className='card__title'>企业信息</Text>
        <Field field='enterpriseName' label='企业名称' error={errors.enterpriseName}>
          <View className='form-field__control'>
            <Input
              className='form-field__input'
              data-testid='apply-enterprise-name'
              placeholder='与营业执照一致'
              placeholderClass='form-field__placeholder'
              maxlength={-1}
              value={values.enterpriseName}
              onInput={(e) => update('enterpriseName', e.detail.value)}
            />
          </View>
          <CharCount value={values.enterpriseName} max={60} testId='apply-enterprise-name-count' />
        </Field>
        <Field
          field='creditCode'
          label='统一社会信用代码'
          error={errors.creditCode}
          hint='18 位，见营业执照；字母自动转为大写'
        >
          <View className='form-field__control'>
            <Input
              className='form-field__input'
              data-testid='apply-credit-code'
              placeholder='18 位统一社会信用代码'
              placeholderClass='form-field__placeholder'
              maxlength={-1}
              value={values.creditCode}
              // Controlled value: what is shown is always the uppercase form.
              onInput={(e) => update('creditCode', e.detail.value.toUpperCase())}
            />
          </View>
        </Field>
        <Field field='industry' label='所属行业' error={errors.industry}>
          <Picker
            mode='selector'
            range={INDUSTRY_NAMES}
            value={industryIndex >= 0 ? industryIndex : 0}
            onChange={(e) => update('industry', INDUSTRIES[Number(e.detail.value)]?.code ?? null)}
          >
            <View className='form-field__control picker-control' data-testid='apply-industry'>
              <Text className={values.industry ? 'picker-control__value' : 'form-field__placeholder'}>
                {values.industry ? industryName(values.industry) : '请选择行业'}
              </Text>
              <Text className='menu__arrow'>›</Text>
            </View>
          </Picker>
        </Field>
        <Field field='exportMarkets' label='主要出口市场（可多选）' error={errors.exportMarkets}>
          <RegionPicker
            selected={values.exportMarkets}
            onChange={(next) => update('exportMarkets', next)}
            max={20}
            testId='apply-export-markets'
            chipTestIdPrefix='market'
          />
        </Field>
      </View>

      <View className='card'>
        <Text className='card__title'>联络员信息</Text>
        <Field field='liaisonName' label='联络员姓名' error={errors.liaisonName}>
          <View className='form-field__control'>
            <Input
              className='form-field__input'
              data-testid='apply-liaison-name'
              placeholder='负责与我们联系的人员'
              placeholderClass='form-field__placeholder'
              maxlength={-1}
              value={values.liaisonName}
              onInput={(e) => update('liaisonName', e.detail.value)}
            />
          </View>
          <CharCount value={values.liaisonName} max={20} testId='apply-liaison-name-count' />
        </Field>
        <Field field='mobile' label='手机号码' error={errors.mobile} hint='仅用于工作人员联系，审核页面中部分隐藏'>
          <View className='form-field__control'>
            <Input
              className='form-field__input'
              data-testid='apply-mobile'
              type='number'
              placeholder='11 位手机号码'
              placeholderClass='form-field__placeholder'
              maxlength={-1}
              value={values.mobile}
              onInput={(e) => update('mobile', e.detail.value)}
            />
          </View>
        </Field>
      </View>

      <Button
        className={classNames('btn btn--primary', sending && 'btn--disabled')}
        data-testid='apply-submit'
        disabled={sending}
        loading={sending}
        onClick={() => void submit()}
      >
        {/* An element, not bare text: React would replace the button's whole textContent, removing the
            spinner's anchor that Taro's H5 button keeps inside it (NotFoundError: insertBefore). */}
        <Text>{sending ? '提交中…' : '提交登记'}</Text>
      </Button>
      <Text className='muted apply__footnote'>提交后由工作人员审核，审核结果将在「我的」中显示。</Text>
    </View>
  )
}
