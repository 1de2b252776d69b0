import { contentFieldsSchema } from '../../../../types/content/schemas'
import { bodyToText, EMPTY_FORM, parseBody, toFields } from './content-form-values'

describe('editor body text', () => {
  it('splits paragraphs at blank lines and reads "# " lines as headings', () => {
    expect(parseBody('# 概况\n第一段第一行\n第一段第二行\n\n\n第二段\n# 建议\n第三段')).toEqual([
      { type: 'heading', text: '概况' },
      { type: 'paragraph', text: '第一段第一行\n第一段第二行' },
      { type: 'paragraph', text: '第二段' },
      { type: 'heading', text: '建议' },
      { type: 'paragraph', text: '第三段' },
    ])
  })

  it('ignores Windows line ends, blank headings and empty text', () => {
    expect(parseBody('  \r\n# \r\n段落\r\n')).toEqual([{ type: 'paragraph', text: '段落' }])
    expect(parseBody('')).toEqual([])
  })

  it('round-trips headings and paragraphs, and flags blocks it cannot edit', () => {
    const text = '# 概况\n\n第一段\n第二行\n\n第二段'
    const blocks = parseBody(text)
    expect(bodyToText(blocks as never)).toEqual({ text, lossy: false })
    expect(bodyToText([{ type: 'link', text: '公告', url: 'https://www.cnipa.gov.cn/' }]).lossy).toBe(true)
  })
})

describe('editor form → contract fields', () => {
  it('produces fields the shared schema accepts for a risk alert', () => {
    const fields = toFields(
      { ...EMPTY_FORM, title: '美国假发商标预警', summary: '多起商标诉讼', bodyText: '正文', countries: ['US'], severity: 'warning', source: '  ' },
      [],
    )
    const parsed = contentFieldsSchema.safeParse(fields)
    expect(parsed.success).toBe(true)
    expect(fields.source).toBeNull()
  })

  it('parses fee rows and drops kind-specific fields of other kinds', () => {
    const fee = toFields({ ...EMPTY_FORM, kind: 'fee_change', feeRowsText: '申请费 | USPTO | 1,250 | usd\n', severity: 'urgent' }, [])
    expect(fee.feeRows).toEqual([{ item: '申请费', office: 'USPTO', amount: 1250, currency: 'usd' }])
    expect(fee.severity).toBeNull()
    expect(fee.lessons).toEqual([])
  })
})
