import { exportAgencies, getAgency, importAgencies } from '../../types/directory/contracts'
import { readXlsx } from '../modules/directory/xlsx/read-xlsx'
import { writeXlsx } from '../modules/directory/xlsx/write-xlsx'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

const STAFF = demoOpenid('staff')

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('directory: XLSX export and import', () => {
  it('exports the directory as a workbook and imports an edited copy through the same validation', async () => {
    const file = await h.ok(exportAgencies, { format: 'xlsx' }, STAFF)
    expect(file).toMatchObject({ format: 'xlsx', encoding: 'base64', rowCount: 17, fileName: '海外维权协助机构名录-20261125-1000.xlsx' })
    const [header, ...rows] = await readXlsx(file.content)
    expect(header.slice(0, 4)).toEqual(['编号', '序号', '批次', '机构名称'])
    expect(rows.map((r) => r[3])).toContain('河南姜老师商标代理有限公司')

    const phone = header.indexOf('联系电话')
    const edited = rows.map((r) => (r[0] === 'agency_b1_02' ? r.map((cell, i) => (i === phone ? '0374-2345678' : cell)) : r))
    const bad = rows.map((r) => (r[0] === 'agency_b1_03' ? r.map((cell, i) => (i === phone ? '电话未知' : cell)) : r))

    const badImport = await h.ok(importAgencies, { format: 'xlsx', content: (await writeXlsx('名录', [header, ...bad])).toString('base64'), dryRun: false }, STAFF)
    expect(badImport.applied).toBe(false)
    expect(badImport.errors).toEqual([expect.objectContaining({ row: 4, column: '联系电话' })])
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_03' }, STAFF)).toMatchObject({ phone: null })

    const applied = await h.ok(importAgencies, { format: 'xlsx', content: (await writeXlsx('名录', [header, ...edited])).toString('base64'), dryRun: false }, STAFF)
    expect(applied).toMatchObject({ applied: true, errors: [] })
    expect(applied.updates.map((u) => u.agencyId)).toEqual(['agency_b1_02'])
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_02' }, STAFF)).toMatchObject({ phone: '0374-2345678' })
  })

  it('answers a clear error row for a file that is not a workbook, and writes nothing', async () => {
    const report = await h.ok(importAgencies, { format: 'xlsx', content: Buffer.from('not a workbook').toString('base64'), dryRun: false }, STAFF)
    expect(report).toMatchObject({ applied: false, errors: [{ row: 1, column: null, message: expect.stringContaining('.xlsx') }] })
  })
})
