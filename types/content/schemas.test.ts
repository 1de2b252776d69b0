import { bodyInputSchema, MAX_BODY_CHARS } from './blocks'
import { contentFieldsSchema } from './schemas'

describe('bodyInputSchema', () => {
  it('keeps text as text, normalises paragraph line breaks and refuses line breaks in headings', () => {
    expect(bodyInputSchema.parse([{ type: 'paragraph', text: ' <b>粗体</b>\r\n下一行 ' }])).toEqual([{ type: 'paragraph', text: '<b>粗体</b>\n下一行' }])
    const heading = bodyInputSchema.safeParse([{ type: 'heading', text: '标题\n换行' }])
    expect(heading.success ? [] : heading.error.issues.map((i) => i.message)).toEqual(['小标题不能换行'])
  })

  it('limits the whole body, not just each block', () => {
    const block = { type: 'paragraph', text: '字'.repeat(2000) }
    const long = bodyInputSchema.safeParse(Array.from({ length: MAX_BODY_CHARS / 2000 + 1 }, () => block))
    expect(long.success ? [] : long.error.issues.map((i) => i.message)).toEqual(['正文不能超过 20000 字，请精简或拆成多篇'])
    expect(bodyInputSchema.safeParse([]).success).toBe(false)
  })
})

describe('contentFieldsSchema', () => {
  const base = {
    kind: 'typical_case',
    title: '某企业海外维权案例',
    summary: '典型案例',
    body: [{ type: 'paragraph', text: '案情' }],
    countries: ['US'],
    ipTypes: [],
    industries: [],
    severity: 'urgent',
    source: '',
    sourceUrl: null,
    effectiveDate: '2026-02-30',
    lessons: [],
    feeRows: [{ item: '费用', office: '局', amount: 1.005, currency: 'US' }],
    attachments: [],
  }

  it('names each field to fix, kind rules included', () => {
    const result = contentFieldsSchema.safeParse(base)
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['effectiveDate', '日期格式应为 2026-01-31'],
      ['feeRows.0.amount', '金额最多保留两位小数'],
      ['feeRows.0.currency', '币种请填写三位字母代码，如 USD、EUR、CNY'],
      ['lessons', '典型案例请至少写一条启示'],
    ])
  })

  it('clears the fields of other kinds and stores an empty source as null', () => {
    const parsed = contentFieldsSchema.parse({ ...base, effectiveDate: null, lessons: ['及早布局'], feeRows: [] })
    expect(parsed).toMatchObject({ severity: null, feeRows: [], lessons: ['及早布局'], source: null })
  })
})
