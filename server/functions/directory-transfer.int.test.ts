import { exportAgencies, getAgency, importAgencies, listAgencyRevisions, searchAgencies, updateAgency } from '../../types/directory/contracts'
import { parseCsv } from '../modules/directory/csv/parse-csv'
import { writeCsv } from '../modules/directory/csv/write-csv'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

const STAFF = demoOpenid('staff')
const VISITOR = demoOpenid('visitor')

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const HEADER = ['编号', '序号', '批次', '机构名称', '机构性质', '负责人', '地址', '所在县（市、区）', '服务类型', '知识产权类型', '服务国家/地区', '联系电话', '机构简介', '来源文件', '纬度', '经度', '状态', '版本', '更新时间']

/** Edits cells of an exported file the way staff would in Excel. */
function editRows(csv: string, edit: (row: Record<string, string>) => void): string {
  const [header, ...rows] = parseCsv(csv)
  return writeCsv([header, ...rows.map((cells) => {
    const row = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))
    edit(row)
    return header.map((name) => row[name])
  })])
}

describe('directory: export', () => {
  it('exports every agency as an Excel-ready CSV (BOM, CRLF, Chinese headers and names)', async () => {
    const file = await h.ok(exportAgencies, {}, STAFF)
    expect(file).toMatchObject({ format: 'csv', fileName: '海外维权协助机构名录-20261125-1000.csv', mimeType: 'text/csv', encoding: 'utf8', rowCount: 17 })
    expect(file.content.startsWith('\uFEFF编号,序号,批次,机构名称')).toBe(true)
    const rows = parseCsv(file.content)
    expect(rows[0]).toEqual(HEADER)
    expect(rows).toHaveLength(18)
    expect(rows[1]).toEqual(['agency_b1_01', '1', '第一批', '许昌宗诚知识产权代理有限公司', '普通合伙', '高丽勤', '许昌市东城区魏文路莲城大厦2006室', '东城区', '', '', '', '', '', '许市监〔2022〕44号', '', '', '正常', '1', '2026-11-25 10:00:00'])
    expect(rows[9][6]).toBe('河南省许昌市市辖区城乡一体化示范区永兴东路与芙蓉大道交叉 叉口东南角众信国际大厦1幢13层1319号')
  })
})

describe('directory: import', () => {
  it('round-trips: an unedited export imports as all unchanged; edits come back as exactly those changes', async () => {
    const exported = (await h.ok(exportAgencies, {}, STAFF)).content
    const same = await h.ok(importAgencies, { content: exported, dryRun: false }, STAFF)
    expect(same).toMatchObject({ applied: true, rowCount: 17, errors: [], creates: [], updates: [] })
    expect(same.unchanged).toHaveLength(17)

    const edited = editRows(exported, (row) => {
      if (row['序号'] === '1') Object.assign(row, { 服务类型: '海外布局、纠纷应对', '服务国家/地区': '美国、越南', 联系电话: '138 0013 8000', 机构简介: '多行简介，含逗号,\n和"引号"' })
      if (row['序号'] === '14') Object.assign(row, { 纬度: '34.1612', 经度: '113.4723' })
    })
    const preview = await h.ok(importAgencies, { content: edited, dryRun: true }, STAFF)
    expect(preview).toMatchObject({ dryRun: true, applied: false, errors: [], creates: [] })
    expect(preview.updates.map((u) => [u.row, u.agencyId, u.changes.map((c) => c.field)])).toEqual([
      [2, 'agency_b1_01', ['services', 'countries', 'phone', 'intro']],
      [15, 'agency_b1_14', ['location']],
    ])
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_01' }, STAFF)).toMatchObject({ revision: 1, phone: null })

    h.clock.advance(60_000)
    const applied = await h.ok(importAgencies, { content: edited, dryRun: false }, STAFF)
    expect(applied).toMatchObject({ dryRun: false, applied: true, errors: [] })
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_01' }, VISITOR)).toMatchObject({
      revision: 2,
      services: ['overseas_filing', 'dispute_response'],
      countries: ['US', 'VN'],
      phone: '13800138000',
      intro: '多行简介，含逗号,\n和"引号"',
      updatedAt: '2026-11-25T02:01:00.000Z',
    })
    expect((await h.ok(getAgency, { agencyId: 'agency_b1_14' }, VISITOR)).location).toEqual({ latitude: 34.1612, longitude: 113.4723 })
    expect((await h.ok(listAgencyRevisions, { agencyId: 'agency_b1_01' }, STAFF)).items[0]).toMatchObject({ revision: 2, action: 'import' })

    // The new export carries the edits (mobile written so Excel keeps it as text) and imports as unchanged.
    const again = (await h.ok(exportAgencies, {}, STAFF)).content
    expect(parseCsv(again)[1].slice(8, 13)).toEqual(['海外布局、纠纷应对', '', '美国、越南', '138-0013-8000', '多行简介，含逗号,\n和"引号"'])
    expect((await h.ok(importAgencies, { content: again, dryRun: true }, STAFF)).unchanged).toHaveLength(17)
    // The old file is now stale for the rows it changed: refused, nothing written.
    const stale = await h.ok(importAgencies, { content: edited, dryRun: false }, STAFF)
    expect(stale.applied).toBe(false)
    expect(stale.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '版本'],
      [15, '版本'],
    ])
  })

  it('dry run with bad rows lists every bad row and imports nothing; a real run of the same file imports nothing either', async () => {
    const content = [
      '机构名称,机构性质,负责人,地址,所在县（市、区）,批次,服务类型,联系电话',
      '许昌新设甲商标代理有限公司,有限责任公司,刘某,许昌市魏都区示例路1号,魏都区,第二批,商标恶意抢注,0374-6660001',
      '许昌新设乙商标代理有限公司,有限责任公司,,许昌市示例路2号,许昌县,第二批,,',
      '许昌宗诚知识产权代理有限公司,普通合伙,高丽勤,许昌市东城区魏文路莲城大厦2006室,东城区,第一批,代理记账,0374-1234567',
      '许昌新设丙商标代理有限公司,有限责任公司,王某,许昌市建安区示例路3号,建安区,第二批,预警,123',
    ].join('\r\n')
    for (const dryRun of [true, false]) {
      const report = await h.ok(importAgencies, { content, dryRun }, STAFF)
      expect(report).toEqual({
        dryRun,
        applied: false,
        rowCount: 4,
        errors: [
          { row: 3, column: '负责人', message: '请填写负责人' },
          { row: 3, column: '所在县（市、区）', message: expect.stringContaining('「许昌县」不是可选的县（市、区）') },
          { row: 4, column: '服务类型', message: '「代理记账」不是可选的服务类型，可填：海外布局、纠纷应对、预警、商标恶意抢注、展会知识产权保护' },
          { row: 5, column: '联系电话', message: expect.stringContaining('请填写 11 位手机号码') },
        ],
        creates: [{ row: 2, name: '许昌新设甲商标代理有限公司', agencyId: null }],
        updates: [],
        unchanged: [],
      })
    }
    expect((await h.ok(searchAgencies, { keyword: '新设' }, STAFF)).total).toBe(0)
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_01' }, STAFF)).toMatchObject({ revision: 1, phone: null })
  })

  it('applies a valid file in one go: new agencies join the list with an import revision', async () => {
    const content = [
      '机构名称,机构性质,负责人,地址,所在县（市、区）,批次,服务类型,知识产权类型,服务国家/地区',
      '许昌新设甲商标代理有限公司,有限责任公司,刘某,许昌市魏都区示例路1号,魏都区,第二批,商标恶意抢注,商标,越南、TH',
      '许昌新设乙专利代理有限公司,有限责任公司,孙某,长葛市示例路2号,长葛市,第二批,海外布局,专利,EU',
      '许昌宗诚知识产权代理有限公司,普通合伙,高丽勤,许昌市东城区魏文路莲城大厦2006室,东城区,第一批,纠纷应对,商标,美国',
    ].join('\n')
    const report = await h.ok(importAgencies, { content, dryRun: false }, STAFF)
    expect(report.applied).toBe(true)
    expect(report.creates.map((c) => [c.row, c.name])).toEqual([
      [2, '许昌新设甲商标代理有限公司'],
      [3, '许昌新设乙专利代理有限公司'],
    ])
    expect(report.updates.map((u) => u.agencyId)).toEqual(['agency_b1_01'])
    const created = await h.ok(getAgency, { agencyId: report.creates[0].agencyId ?? '' }, VISITOR)
    expect(created).toMatchObject({ seq: 18, batch: '第二批', services: ['trademark_squatting'], countries: ['VN', 'TH'], revision: 1, status: 'active' })
    expect((await h.ok(getAgency, { agencyId: report.creates[1].agencyId ?? '' }, VISITOR)).seq).toBe(19)
    const page = await h.ok(searchAgencies, { district: '长葛市' }, VISITOR)
    expect(page.items.map((a) => a.name)).toEqual(['许昌新设乙专利代理有限公司'])
    expect((await h.ok(listAgencyRevisions, { agencyId: created.agencyId }, STAFF)).items).toEqual([
      expect.objectContaining({ revision: 1, action: 'import' }),
    ])
  })

  it('reports a broken CSV and an oversized or empty upload clearly', async () => {
    const broken = await h.ok(importAgencies, { content: '机构名称,机构简介\r\n"未闭合,x\r\n', dryRun: true }, STAFF)
    expect(broken.errors).toEqual([{ row: 2, column: null, message: '第 2 行有未闭合的引号，请检查该行的双引号是否成对' }])
    expect(await h.call(importAgencies, { content: '', dryRun: true }, STAFF)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: '文件是空的，请检查后重新选择',
    })
    expect(await h.call(importAgencies, { content: 'x'.repeat(200_001), dryRun: true }, STAFF)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: '文件过大（超过 20 万字），请分批导入',
    })
  })

  it('an edit saved after export makes that row of the old file stale', async () => {
    const exported = (await h.ok(exportAgencies, {}, STAFF)).content
    const agency = await h.ok(getAgency, { agencyId: 'agency_b1_02' }, STAFF)
    const { agencyId, revision, name, legalForm, personInCharge, address, district, batch, sourceDocument, services, ipTypes, countries, intro, location } = agency
    await h.ok(updateAgency, { agencyId, expectedRevision: revision, name, legalForm, personInCharge, address, district, batch, sourceDocument, services, ipTypes, countries, phone: '0374-3334444', intro, location }, STAFF)
    const edited = editRows(exported, (row) => {
      if (row['序号'] === '2') row['机构简介'] = '导出后在表格里写的简介'
    })
    const report = await h.ok(importAgencies, { content: edited, dryRun: false }, STAFF)
    expect(report.applied).toBe(false)
    expect(report.errors).toEqual([
      { row: 3, column: '版本', message: '该机构在您导出后已被修改（文件中为第 1 版，当前为第 2 版），请重新导出后在新文件上修改' },
    ])
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_02' }, STAFF)).toMatchObject({ revision: 2, phone: '0374-3334444', intro: null })
  })
})
