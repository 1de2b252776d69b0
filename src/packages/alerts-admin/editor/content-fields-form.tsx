import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { INDUSTRIES } from '../../../../types/catalog/industries'
import { IP_TYPES } from '../../../../types/catalog/ip-types'
import { REGION_GROUPS, REGIONS, type RegionGroup } from '../../../../types/catalog/regions'
import { MAX_BODY_CHARS } from '../../../../types/content/blocks'
import { CONTENT_KIND_LABELS, CONTENT_KINDS, SEVERITIES, SEVERITY_LABELS, SUMMARY_MAX } from '../../../../types/content/schemas'
import { dayjs, SHANGHAI } from '../../../../types/time'
import { CharCount } from '../../../components/char-count'
import { ChipSelect } from '../../../components/chip-select'
import { FieldError } from '../../../components/field-error'
import { classNames } from '../../../lib/class-names'
import type { FieldErrors } from '../../../services/show-error'
import type { ContentFormValues } from './content-form-values'

const KIND_OPTIONS = CONTENT_KINDS.map((code) => ({ code, name: CONTENT_KIND_LABELS[code] }))
const SEVERITY_OPTIONS = SEVERITIES.map((code) => ({ code, name: SEVERITY_LABELS[code] }))
const REGIONS_BY_GROUP = (Object.keys(REGION_GROUPS) as RegionGroup[]).map((group) => ({
  group,
  label: REGION_GROUPS[group],
  regions: REGIONS.filter((region) => region.group === group),
}))

export function Field({ field, label, required, error, hint, children }: { field: string; label: string; required?: boolean; error?: string; hint?: string; children: ReactNode }) {
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

interface ContentFieldsFormProps {
  values: ContentFormValues
  errors: FieldErrors
  update: <K extends keyof ContentFormValues>(field: K, value: ContentFormValues[K]) => void
}

/** The editor's fields, three cards: what it is, whom it concerns, where it comes from. */
export function ContentFieldsForm({ values, errors, update }: ContentFieldsFormProps) {
  const summaryLength = values.summary.trim().length
  return (
    <>
      <View className='card'>
        <Field field='kind' label='内容类型' required error={errors.kind}>
          <ChipSelect options={KIND_OPTIONS} selected={values.kind ? [values.kind] : []} onChange={(next) => update('kind', next[0] ?? null)} testIdPrefix='editor-kind' single />
        </Field>
        <Field field='title' label='标题' required error={errors.title} hint='4–50 个字'>
          <View className='form-field__control'>
            <Input className='form-field__input' data-testid='editor-title' placeholder='例如：美国 ITC 对假发产品发起 337 调查' placeholderClass='form-field__placeholder' maxlength={-1} value={values.title} onInput={(e) => update('title', e.detail.value)} />
          </View>
          <CharCount value={values.title} max={50} testId='editor-title-count' />
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
          <CharCount value={values.bodyText} max={MAX_BODY_CHARS} testId='editor-body-count' />
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
          <CharCount value={values.source} max={100} testId='editor-source-count' />
        </Field>
        <Field field='sourceUrl' label='来源链接' error={errors.sourceUrl} hint='仅限「链接允许列表」中的政府、知识产权局及国际组织网站（https）'>
          <View className='form-field__control'>
            <Input className='form-field__input' data-testid='editor-source-url' placeholder='https://' placeholderClass='form-field__placeholder' maxlength={-1} value={values.sourceUrl} onInput={(e) => update('sourceUrl', e.detail.value)} />
          </View>
          <CharCount value={values.sourceUrl} max={500} testId='editor-source-url-count' />
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

    </>
  )
}
