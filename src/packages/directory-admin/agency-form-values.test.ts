import { agencyFieldsSchema } from '../../../types/directory/schemas'
import { agencyFieldsFromForm, EMPTY_AGENCY_FORM, type AgencyFormValues } from './agency-form-values'
import { formatChangeValue } from './format-change'

const filled: AgencyFormValues = {
  ...EMPTY_AGENCY_FORM,
  name: '许昌宗诚知识产权代理有限公司',
  legalForm: '普通合伙',
  personInCharge: '高丽勤',
  address: '许昌市东城区魏文路莲城大厦2006室',
  district: '东城区',
  batch: '第一批',
}

function firstIssue(values: AgencyFormValues) {
  const result = agencyFieldsSchema.safeParse(agencyFieldsFromForm(values))
  return result.success ? null : { path: result.error.issues[0].path, message: result.error.issues[0].message }
}

describe('agencyFieldsFromForm', () => {
  it('gives the schema nulls for blank optional fields and no location when both coordinates are blank', () => {
    const result = agencyFieldsSchema.safeParse(agencyFieldsFromForm(filled))
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.data).toMatchObject({ phone: null, intro: null, sourceDocument: null, location: null })
  })

  it('normalizes a valid phone and reports an invalid one on the phone field', () => {
    const ok = agencyFieldsSchema.safeParse(agencyFieldsFromForm({ ...filled, phone: '0374 1234567' }))
    expect(ok.success && ok.data.phone).toBe('0374-1234567')
    expect(firstIssue({ ...filled, phone: '0374-12' })?.path).toEqual(['phone'])
  })

  it('reports a missing district and a half-filled location on their fields', () => {
    expect(firstIssue({ ...filled, district: null })?.path).toEqual(['district'])
    expect(firstIssue({ ...filled, latitude: '34.03' })?.path[0]).toBe('location')
  })
})

describe('formatChangeValue', () => {
  it('shows catalog names, locations and empty values for people', () => {
    expect(formatChangeValue('services', ['dispute_response', 'trade_fair'])).toBe('纠纷应对、展会知识产权保护')
    expect(formatChangeValue('countries', ['US'])).toBe('美国')
    expect(formatChangeValue('location', { latitude: 34.03, longitude: 113.85 })).toBe('34.03, 113.85')
    expect(formatChangeValue('phone', null)).toBe('（空）')
    expect(formatChangeValue('services', [])).toBe('（空）')
  })
})
