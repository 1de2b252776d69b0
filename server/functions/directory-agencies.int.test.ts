import {
  createAgency,
  getAgency,
  listAgencyRevisions,
  searchAgencies,
  updateAgency,
} from '../../types/directory/contracts'
import type { Agency } from '../../types/directory/schemas'
import { searchContent } from '../../types/content/contracts'
import { searchExperts } from '../../types/experts/contracts'
import { FIRST_BATCH_AGENCIES } from '../seed/first-batch-agencies'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { readPolicyAnnex } from '../../tests/support/policy-annex'

const STAFF = demoOpenid('staff')
const ADMIN = demoOpenid('admin')
const VISITOR = demoOpenid('visitor')

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

/** The edit form as the page sends it: every editable field of the agency, changed where given. */
function formOf(agency: Agency, changes: Partial<Record<string, unknown>> = {}) {
  const { name, legalForm, personInCharge, address, district, batch, sourceDocument, services, ipTypes, countries, phone, intro, location } = agency
  return { agencyId: agency.agencyId, expectedRevision: agency.revision, name, legalForm, personInCharge, address, district, batch, sourceDocument, services, ipTypes, countries, phone, intro, location, ...changes }
}

describe('directory: the seeded first batch', () => {
  it('has all 17 agencies of the annex with the exact published names, persons in charge and addresses', async () => {
    const page = await h.ok(searchAgencies, { pageSize: 50 }, VISITOR)
    expect(page.total).toBe(17)
    expect(page.items.map((a) => a.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1))
    // The published text when it is beside the repository (developer machines, CI); otherwise the
    // seed's own copy of the published fields (district is ours, not the annex's).
    const annex = readPolicyAnnex() ?? FIRST_BATCH_AGENCIES.map(({ district: _district, ...published }) => published)
    expect(annex).toHaveLength(17)
    for (const row of annex) {
      const summary = page.items[row.seq - 1]
      const agency = await h.ok(getAgency, { agencyId: summary.agencyId }, VISITOR)
      expect({ seq: agency.seq, name: agency.name, legalForm: agency.legalForm, personInCharge: agency.personInCharge, address: agency.address }).toEqual(row)
      expect(agency).toMatchObject({ batch: '第一批', sourceDocument: '许市监〔2022〕44号', status: 'active', revision: 1, services: [], phone: null, location: null })
    }
    expect(page.items[0]).toMatchObject({ agencyId: 'agency_b1_01', name: '许昌宗诚知识产权代理有限公司', personInCharge: '高丽勤', district: '东城区' })
  })

  it('in production mode seeds the published agencies but no demo experts or content', async () => {
    await h.close()
    h = await startHarness({ mode: 'production', adminOpenids: ['openid-bootstrap-admin'] })
    expect((await h.ok(searchAgencies, {}, 'openid-someone')).total).toBe(17)
    expect((await h.ok(searchExperts, {}, 'openid-bootstrap-admin')).total).toBe(0)
    expect((await h.ok(searchContent, {}, 'openid-bootstrap-admin')).total).toBe(0)
  })

  it('answers the district facets with the counts of the whole directory', async () => {
    const page = await h.ok(searchAgencies, {}, VISITOR)
    expect(page.facets.districts).toEqual([
      { district: '魏都区', count: 3 },
      { district: '建安区', count: 1 },
      { district: '东城区', count: 3 },
      { district: '经济技术开发区', count: 2 },
      { district: '城乡一体化示范区', count: 1 },
      { district: '许昌市区', count: 3 },
      { district: '禹州市', count: 4 },
      { district: '长葛市', count: 0 },
      { district: '鄢陵县', count: 0 },
      { district: '襄城县', count: 0 },
    ])
    expect(page).toMatchObject({ total: 17, page: 1, pageSize: 20 })
  })
})

describe('directory: search', () => {
  it('finds by keyword in name, person in charge and district; every word must match', async () => {
    const names = async (data: object) => (await h.ok(searchAgencies, data, VISITOR)).items.map((a) => a.seq)
    expect(await names({ keyword: '高丽勤' })).toEqual([1])
    expect(await names({ keyword: '商标' })).toEqual([5, 6, 7, 9, 10, 11, 12, 13, 16, 17])
    expect(await names({ keyword: ' 商标  禹州 ' })).toEqual([16, 17])
    expect(await names({ keyword: '不存在的机构' })).toEqual([])
  })

  it('facets count every filter but the district, and the district filter narrows the page', async () => {
    const page = await h.ok(searchAgencies, { keyword: '商标', district: '许昌市区' }, VISITOR)
    expect(page.items.map((a) => a.seq)).toEqual([7, 11, 12])
    expect(page.total).toBe(3)
    expect(Object.fromEntries(page.facets.districts.map((f) => [f.district, f.count]))).toEqual({
      魏都区: 2, 建安区: 1, 东城区: 0, 经济技术开发区: 1, 城乡一体化示范区: 1, 许昌市区: 3, 禹州市: 2, 长葛市: 0, 鄢陵县: 0, 襄城县: 0,
    })
  })

  it('pages in list order and sorts by name on request', async () => {
    const second = await h.ok(searchAgencies, { page: 2, pageSize: 5 }, VISITOR)
    expect(second.items.map((a) => a.seq)).toEqual([6, 7, 8, 9, 10])
    expect(second).toMatchObject({ total: 17, page: 2, pageSize: 5 })
    expect((await h.ok(searchAgencies, { page: 4, pageSize: 5 }, VISITOR)).items.map((a) => a.seq)).toEqual([16, 17])
    const byName = await h.ok(searchAgencies, { sort: 'name', pageSize: 50 }, VISITOR)
    expect(byName.items.map((a) => a.name)).toEqual(FIRST_BATCH_AGENCIES.map((a) => a.name).sort())
  })

  it('filters by service, IP type and country once staff have filled them in', async () => {
    const first = await h.ok(getAgency, { agencyId: 'agency_b1_01' }, STAFF)
    await h.ok(updateAgency, formOf(first, { services: ['dispute_response'], ipTypes: ['trademark'], countries: ['US', 'VN'] }), STAFF)
    const sixteenth = await h.ok(getAgency, { agencyId: 'agency_b1_16' }, STAFF)
    await h.ok(updateAgency, formOf(sixteenth, { services: ['trade_fair', 'dispute_response'], ipTypes: ['trademark'], countries: ['US'] }), STAFF)
    const seqs = async (data: object) => (await h.ok(searchAgencies, data, VISITOR)).items.map((a) => a.seq)
    expect(await seqs({ service: 'dispute_response' })).toEqual([1, 16])
    expect(await seqs({ service: 'trade_fair' })).toEqual([16])
    expect(await seqs({ country: 'VN' })).toEqual([1])
    expect(await seqs({ ipType: 'trademark', country: 'US', district: '禹州市' })).toEqual([16])
    // Service names are searchable words too.
    expect(await seqs({ keyword: '纠纷' })).toEqual([1, 16])
  })

  it('validates search input and needs a signed-in caller', async () => {
    expect(await h.call(searchAgencies, {}, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const bad = await h.call(searchAgencies, { pageSize: 51, district: '北京', keyword: 'x'.repeat(41) }, VISITOR)
    if (bad.ok) throw new Error('expected a validation failure')
    expect(Object.fromEntries((bad.issues ?? []).map((i) => [i.path.join('.'), i.message]))).toEqual({
      pageSize: expect.any(String),
      district: '请选择列表中的县（市、区）',
      keyword: '搜索词不能超过 40 个字',
    })
  })
})

describe('directory: staff edits', () => {
  it('saves a full form, records a field-level revision, and keeps search text in step', async () => {
    const before = await h.ok(getAgency, { agencyId: 'agency_b1_05' }, STAFF)
    h.clock.advance(60_000)
    const saved = await h.ok(
      updateAgency,
      formOf(before, { phone: '(0374) 5550123', intro: '专注海外商标布局', location: { latitude: 34.0357, longitude: 113.8523 }, services: ['overseas_filing'] }),
      STAFF,
    )
    expect(saved).toMatchObject({ revision: 2, phone: '0374-5550123', updatedAt: '2026-11-25T02:01:00.000Z', createdAt: '2026-11-25T02:00:00.000Z' })
    const history = await h.ok(listAgencyRevisions, { agencyId: 'agency_b1_05' }, STAFF)
    expect(history).toEqual({
      total: 1,
      page: 1,
      pageSize: 20,
      items: [
        {
          revision: 2,
          action: 'update',
          at: '2026-11-25T02:01:00.000Z',
          actor: { userId: expect.stringMatching(/^u_/), displayName: '张科员（市场监管局）' },
          note: null,
          changes: [
            { field: 'services', label: '服务类型', before: [], after: ['overseas_filing'] },
            { field: 'phone', label: '联系电话', before: null, after: '0374-5550123' },
            { field: 'intro', label: '机构简介', before: null, after: '专注海外商标布局' },
            { field: 'location', label: '地图位置', before: null, after: { latitude: 34.0357, longitude: 113.8523 } },
          ],
        },
      ],
    })
    expect((await h.ok(searchAgencies, { keyword: '海外商标布局' }, VISITOR)).items.map((a) => a.seq)).toEqual([5])
    // Saving the same form again changes nothing and records nothing.
    expect(await h.ok(updateAgency, formOf(saved), STAFF)).toMatchObject({ revision: 2 })
    expect((await h.ok(listAgencyRevisions, { agencyId: 'agency_b1_05' }, STAFF)).total).toBe(1)
  })

  it('rejects invalid forms field by field and stores nothing', async () => {
    const agency = await h.ok(getAgency, { agencyId: 'agency_b1_02' }, STAFF)
    const result = await h.call(
      updateAgency,
      formOf(agency, { name: ' ', phone: '12345', district: '北京市', services: ['overseas_filing', 'overseas_filing'], location: { latitude: 91, longitude: -181 } }),
      STAFF,
    )
    if (result.ok) throw new Error('expected a validation failure')
    expect(result.code).toBe('VALIDATION_FAILED')
    expect(Object.fromEntries((result.issues ?? []).map((i) => [i.path.join('.'), i.message]))).toEqual({
      name: '请填写机构名称',
      phone: '请填写 11 位手机号码或带区号的座机号码，如 0374-1234567（分机写在后面：0374-1234567-808）',
      district: '请选择列表中的县（市、区）',
      services: '服务类型有重复，请去掉重复项',
      'location.latitude': '纬度应在 -90 到 90 之间',
      'location.longitude': '经度应在 -180 到 180 之间',
    })
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_02' }, STAFF)).toEqual(agency)
  })

  it('refuses a save based on an old revision with a message to reload', async () => {
    const agency = await h.ok(getAgency, { agencyId: 'agency_b1_03' }, STAFF)
    await h.ok(updateAgency, formOf(agency, { phone: '0374-2223333' }), STAFF)
    const stale = await h.call(updateAgency, formOf(agency, { intro: '基于旧版本的修改' }), ADMIN)
    expect(stale).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: '该机构已被他人修改（您编辑的是第 1 版，当前是第 2 版），请刷新后在最新内容上重新修改',
    })
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_03' }, STAFF)).toMatchObject({ revision: 2, phone: '0374-2223333', intro: null })
  })

  it('of many concurrent saves from the same revision exactly one wins', async () => {
    const agency = await h.ok(getAgency, { agencyId: 'agency_b1_04' }, STAFF)
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => h.call(updateAgency, formOf(agency, { intro: `并发修改 ${i}` }), i % 2 ? STAFF : ADMIN)),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(7)
    const winner = results.find((r) => r.ok)
    const stored = await h.ok(getAgency, { agencyId: 'agency_b1_04' }, STAFF)
    expect(stored.revision).toBe(2)
    expect(winner?.ok && winner.data.intro).toBe(stored.intro)
    expect((await h.ok(listAgencyRevisions, { agencyId: 'agency_b1_04' }, STAFF)).total).toBe(1)
  })

  it('creates agencies at the end of the list and keeps names unique', async () => {
    const fields = { name: '许昌示例知识产权服务有限公司', legalForm: '有限责任公司', personInCharge: '周某', address: '许昌市魏都区示例路 8 号', district: '魏都区', batch: '第二批', sourceDocument: null, services: ['early_warning'], ipTypes: ['patent'], countries: ['DE'], phone: '13900139000', intro: null, location: null }
    const created = await h.ok(createAgency, fields, STAFF)
    expect(created).toMatchObject({ seq: 18, revision: 1, status: 'active', batch: '第二批', phone: '13900139000' })
    expect(created.agencyId).toMatch(/^agency_/)
    expect((await h.ok(listAgencyRevisions, { agencyId: created.agencyId }, STAFF)).items[0]).toMatchObject({ revision: 1, action: 'create' })
    const duplicate = await h.call(createAgency, { ...fields, name: '许昌宗诚知识产权代理有限公司' }, STAFF)
    expect(duplicate).toMatchObject({ ok: false, code: 'CONFLICT', message: '名录中已有名为「许昌宗诚知识产权代理有限公司」的机构（序号 1），请核对名称' })
    const renameOnto = await h.call(updateAgency, formOf(created, { name: '河南姜老师商标代理有限公司' }), STAFF)
    expect(renameOnto).toMatchObject({ ok: false, code: 'CONFLICT' })
  })
})
