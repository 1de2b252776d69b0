import { Input, Picker, Text, View } from '@tarojs/components'
import { FieldError } from '../../../components/field-error'
import type { ReportDraft } from '../shared/draft'

/** Trade-fair reports: the fair and its dates, for the same-day and injunction reminders. */
export function TradeFairFields({ draft, error, onChange }: {
  draft: ReportDraft
  error?: string
  onChange: (patch: Partial<Pick<ReportDraft, 'fairName' | 'fairStartDate' | 'fairEndDate'>>) => void
}) {
  return (
    <View className={error ? 'form-field form-field--invalid' : 'form-field'} data-field='tradeFair' data-testid='report-field-tradeFair'>
      <Text className='form-field__label'>展会信息（可选）</Text>
      <View className='form-field__control'>
        <Input
          className='form-field__input'
          data-testid='fair-name'
          placeholder='展会名称，如：法兰克福国际美容展'
          placeholderClass='form-field__placeholder'
          maxlength={-1}
          value={draft.fairName}
          onInput={(e) => onChange({ fairName: e.detail.value })}
        />
      </View>
      <View className='report-fair-dates'>
        <Picker mode='date' value={draft.fairStartDate ?? ''} onChange={(e) => onChange({ fairStartDate: e.detail.value })}>
          <View className='form-field__control picker-control' data-testid='fair-start'>
            <Text className={draft.fairStartDate ? 'picker-control__value' : 'form-field__placeholder'}>{draft.fairStartDate ?? '开幕日期'}</Text>
          </View>
        </Picker>
        <Picker mode='date' value={draft.fairEndDate ?? draft.fairStartDate ?? ''} onChange={(e) => onChange({ fairEndDate: e.detail.value })}>
          <View className='form-field__control picker-control' data-testid='fair-end'>
            <Text className={draft.fairEndDate ? 'picker-control__value' : 'form-field__placeholder'}>{draft.fairEndDate ?? '闭幕日期'}</Text>
          </View>
        </Picker>
      </View>
      <FieldError field='tradeFair' message={error} />
    </View>
  )
}
