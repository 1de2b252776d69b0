import { readXlsx, XlsxFormatError } from './read-xlsx'
import { writeXlsx } from './write-xlsx'

describe('xlsx transfer', () => {
  it('round-trips Chinese text, leading zeros, phone numbers and formula-like text as text', async () => {
    const rows = [
      ['机构名称', '联系电话', '编号', '备注'],
      ['许昌宗诚知识产权代理有限公司', '0374-1234567', '007', '=SUM(A1)'],
      ['河南涵文知识产权服务有限公司', '13800138000', '', '含,逗号 "引号"\n换行'],
    ]
    const buffer = await writeXlsx('名录', rows)
    expect(buffer.subarray(0, 2).toString()).toBe('PK')
    expect(await readXlsx(buffer.toString('base64'))).toEqual(rows)
  })

  it('refuses content that is not an xlsx workbook with a message a person can act on', async () => {
    await expect(readXlsx(Buffer.from('机构名称,负责人\n').toString('base64'))).rejects.toThrow(XlsxFormatError)
    await expect(readXlsx(Buffer.from('机构名称,负责人\n').toString('base64'))).rejects.toThrow('.xlsx')
  })
})
