import { FIRST_BATCH_AGENCIES } from '../../../seed/first-batch-agencies'
import { firstBatchAgencyRecord } from '../../../seed/seed-agencies'
import { parseCsv } from '../csv/parse-csv'
import type { AgencyRecord } from '../records'
import { planAgencyImport } from './plan-agency-import'

const AT = '2026-11-25T02:00:00.000Z'
const existing: AgencyRecord[] = FIRST_BATCH_AGENCIES.map((a) => firstBatchAgencyRecord(a, AT))
const plan = (csv: string) => planAgencyImport(parseCsv(csv), existing)

const NEW_ROW_HEADER = '机构名称,机构性质,负责人,地址,所在县（市、区）,批次,服务类型,联系电话'

describe('planAgencyImport: valid files', () => {
  it('updates matched agencies field by field and leaves columns not in the file unchanged', () => {
    const result = plan(
      '机构名称,服务类型,知识产权类型,联系电话\r\n' +
        '许昌宗诚知识产权代理有限公司,海外布局、纠纷应对,商标；patent,0374-1234567\r\n' +
        '河南姜老师商标代理有限公司,,,\r\n',
    )
    expect(result.errors).toEqual([])
    expect(result.rowCount).toBe(2)
    expect(result.creates).toEqual([])
    expect(result.unchanged).toEqual([{ row: 3, agencyId: 'agency_b1_17', name: '河南姜老师商标代理有限公司' }])
    expect(result.updates).toHaveLength(1)
    expect(result.updates[0].row).toBe(2)
    expect(result.updates[0].changes).toEqual([
      { field: 'services', label: '服务类型', before: [], after: ['overseas_filing', 'dispute_response'] },
      { field: 'ipTypes', label: '知识产权类型', before: [], after: ['trademark', 'patent'] },
      { field: 'phone', label: '联系电话', before: null, after: '0374-1234567' },
    ])
    // Published fields not in the file are kept exactly.
    expect(result.updates[0].next).toMatchObject({ personInCharge: '高丽勤', address: '许昌市东城区魏文路莲城大厦2006室', revision: 1 })
    expect(result.updates[0].next.searchText).toContain('纠纷应对')
  })

  it('creates unmatched rows, and matches by 编号 so a name can be corrected', () => {
    const result = plan(
      `编号,${NEW_ROW_HEADER}\r\n` +
        'agency_b1_02,许昌豫创知识产权代理事务所,普通合伙,徐志红,许昌市东城区前进路祥和小区,东城区,第一批,,\r\n' +
        ',许昌新设商标代理有限公司,有限责任公司,刘某,许昌市魏都区示例路1号,魏都区,第二批,展会知识产权保护,13800138000\r\n',
    )
    expect(result.errors).toEqual([])
    expect(result.creates).toEqual([
      {
        row: 3,
        fields: {
          name: '许昌新设商标代理有限公司',
          legalForm: '有限责任公司',
          personInCharge: '刘某',
          address: '许昌市魏都区示例路1号',
          district: '魏都区',
          batch: '第二批',
          sourceDocument: null,
          services: ['trade_fair'],
          ipTypes: [],
          countries: [],
          phone: '13800138000',
          intro: null,
          location: null,
        },
      },
    ])
    expect(result.updates.map((u) => u.changes.map((c) => c.field))).toEqual([['name', 'address']])
  })

  it('numbers rows as the spreadsheet does: multi-line cells stay in one row, blank lines count', () => {
    const result = plan('机构名称,机构简介\r\n"许昌宗诚知识产权代理有限公司","第一行\r\n第二行"\r\n\r\n河南姜老师商标代理有限公司,简介\r\n')
    expect(result.errors).toEqual([])
    expect(result.updates.map((u) => [u.row, u.next.intro])).toEqual([
      [2, '第一行\n第二行'],
      [4, '简介'],
    ])
  })
})

describe('planAgencyImport: bad rows', () => {
  it('lists every bad cell of every row with its row, column and a Chinese message, and plans only the good rows', () => {
    const result = plan(
      `${NEW_ROW_HEADER},纬度,经度\r\n` +
        '许昌宗诚知识产权代理有限公司,普通合伙,高丽勤,许昌市东城区魏文路莲城大厦2006室,东城区,第一批,代写论文,12345,34.03,\r\n' +
        '许昌新设商标代理有限公司,有限责任公司,,许昌市示例路1号,许昌县,第二批,,,,\r\n' +
        '河南姜老师商标代理有限公司,普通合伙,罗蓝星,禹州市浅井镇陈桐村6组,禹州市,第一批,预警,0374-7654321,91,113.2\r\n' +
        '许昌宗诚知识产权代理有限公司,普通合伙,高丽勤,许昌市东城区魏文路莲城大厦2006室,东城区,第一批,,,,\r\n' +
        '许昌德信商标代理有限公司,普通合伙,杨威,河南省许昌市魏都区文峰中路2855号,魏都区,第一批,海外布局,0374-2345678,,\r\n',
    )
    expect(result.errors).toEqual([
      { row: 2, column: '服务类型', message: '「代写论文」不是可选的服务类型，可填：海外布局、纠纷应对、预警、商标恶意抢注、展会知识产权保护' },
      { row: 2, column: '经度', message: '纬度和经度需同时填写或同时留空' },
      { row: 2, column: '联系电话', message: '请填写 11 位手机号码或带区号的座机号码，如 0374-1234567（分机写在后面：0374-1234567-808）' },
      { row: 3, column: '负责人', message: '请填写负责人' },
      {
        row: 3,
        column: '所在县（市、区）',
        message: '「许昌县」不是可选的县（市、区），可填：魏都区、建安区、东城区、经济技术开发区、城乡一体化示范区、许昌市区、禹州市、长葛市、鄢陵县、襄城县',
      },
      { row: 4, column: '纬度', message: '纬度应在 -90 到 90 之间' },
      { row: 5, column: '机构名称', message: '与第 2 行是同一家机构，请合并为一行' },
    ])
    expect(result.rowCount).toBe(5)
    expect(result.updates.map((u) => u.row)).toEqual([6])
    expect(result.creates).toEqual([])
  })

  it('refuses unknown ids, renames onto an existing name, stale revisions and status changes', () => {
    const result = plan(
      '编号,机构名称,状态,版本\r\n' +
        'agency_missing,某机构,,\r\n' +
        'agency_b1_01,许昌豫创知识产权代理事务所（特殊普通合伙）,正常,1\r\n' +
        'agency_b1_03,河南涵文知识产权服务有限公司,暂停,1\r\n' +
        'agency_b1_04,许昌市水木年华财务代理有限公司,正常,3\r\n' +
        ',改过名的机构,正常,2\r\n',
    )
    expect(result.errors).toEqual([
      { row: 2, column: '编号', message: '编号「agency_missing」在名录中不存在；新建机构请留空编号' },
      { row: 3, column: '机构名称', message: '机构名称与名录中序号 2 的机构重复，请核对' },
      { row: 4, column: '状态', message: '导入不修改状态：请在机构详情页暂停或恢复该机构' },
      { row: 5, column: '版本', message: '该机构在您导出后已被修改（文件中为第 3 版，当前为第 1 版），请重新导出后在新文件上修改' },
      {
        row: 6,
        column: '机构名称',
        message: '找不到该行对应的机构：这一行带有版本号，但编号为空、名称与名录中的机构都不同。如果修改了名称，请保留「编号」列',
      },
      { row: 6, column: '机构性质', message: '新建机构需要填写「机构性质」，文件中没有这一列' },
      { row: 6, column: '负责人', message: '新建机构需要填写「负责人」，文件中没有这一列' },
      { row: 6, column: '地址', message: '新建机构需要填写「地址」，文件中没有这一列' },
      { row: 6, column: '所在县（市、区）', message: '新建机构需要填写「所在县（市、区）」，文件中没有这一列' },
      { row: 6, column: '批次', message: '新建机构需要填写「批次」，文件中没有这一列' },
    ])
  })

  it('allows two agencies to swap names in one file', () => {
    const result = plan('编号,机构名称\r\nagency_b1_01,许昌上德商标代理有限公司\r\nagency_b1_07,许昌宗诚知识产权代理有限公司\r\n')
    expect(result.errors).toEqual([])
    expect(result.updates.map((u) => [u.current._id, u.next.name])).toEqual([
      ['agency_b1_01', '许昌上德商标代理有限公司'],
      ['agency_b1_07', '许昌宗诚知识产权代理有限公司'],
    ])
  })

  it('stops at header problems, since no row can be read', () => {
    expect(plan('名称,负责人,负责人\r\nx,y,z\r\n').errors).toEqual([
      { row: 1, column: '名称', message: '无法识别的列「名称」，请使用导出文件的表头' },
      { row: 1, column: '负责人', message: '「负责人」列出现了两次，请删除多余的一列' },
      { row: 1, column: '机构名称', message: '文件缺少「机构名称」列；请在第 1 行放表头，可从导出文件复制' },
    ])
    expect(plan('').errors).toEqual([{ row: 1, column: null, message: '文件是空的：第 1 行应为表头，从第 2 行起每行一家机构' }])
    expect(plan('机构名称\r\n\r\n').errors).toEqual([{ row: 2, column: null, message: '文件中没有机构数据：从第 2 行起每行填写一家机构' }])
  })

  it('flags cells beyond the header (an unquoted comma)', () => {
    const result = plan('机构名称,机构简介\r\n许昌宗诚知识产权代理有限公司,专注商标,专利\r\n')
    expect(result.errors).toEqual([{ row: 2, column: null, message: '这一行比表头多出 1 格内容，请检查是否有未加引号的逗号' }])
  })
})
