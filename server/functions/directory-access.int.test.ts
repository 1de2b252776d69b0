import type { ActionContract } from '../../types/contract'
import { listContentRevisions, publishContent, saveContentDraft, withdrawContent } from '../../types/content/contracts'
import {
  createAgency,
  exportAgencies,
  getAgency,
  importAgencies,
  listAgencyRevisions,
  searchAgencies,
  setAgencyStatus,
  updateAgency,
} from '../../types/directory/contracts'
import { listExpertRevisions, setExpertStatus, upsertExpert } from '../../types/experts/contracts'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

const STAFF = demoOpenid('staff')
const VISITOR = demoOpenid('visitor')

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('directory: only staff edit', () => {
  // Valid payloads, so a refusal can only come from the role check.
  const agency = { agencyId: 'agency_b1_01', expectedRevision: 1 }
  const agencyFields = { name: '某机构', legalForm: '普通合伙', personInCharge: '某人', address: '许昌市', district: '魏都区', batch: '第二批', sourceDocument: null, services: [], ipTypes: [], countries: [], phone: null, intro: null, location: null }
  const expertFields = { name: '某专家', title: '律师', affiliation: '某律师事务所', ipTypes: ['patent'], serviceTypes: ['dispute_response'], countries: ['US'], languages: ['zh'], yearsOverseasExperience: 3, photoFileId: null, intro: null, userId: null, maxOpenCases: 2 }
  const contentFields = { kind: 'law_change', title: '某国法律变化', summary: '法律变化', body: [{ type: 'paragraph', text: '正文' }], countries: ['US'], ipTypes: [], industries: [], severity: null, source: null, sourceUrl: null, effectiveDate: null, lessons: [], feeRows: [], attachments: [] }
  const staffActions: [ActionContract, unknown][] = [
    [createAgency, agencyFields],
    [updateAgency, { ...agency, ...agencyFields }],
    [setAgencyStatus, { ...agency, status: 'suspended', reason: '资质过期' }],
    [listAgencyRevisions, { agencyId: 'agency_b1_01' }],
    [exportAgencies, {}],
    [importAgencies, { content: '机构名称\r\n某机构\r\n', dryRun: true }],
    [upsertExpert, expertFields],
    [setExpertStatus, { expertId: 'demo_expert_01', expectedRevision: 1, status: 'unavailable' }],
    [listExpertRevisions, { expertId: 'demo_expert_01' }],
    [saveContentDraft, { fields: contentFields }],
    [publishContent, { contentId: 'demo_content_05', expectedRevision: 1 }],
    [withdrawContent, { contentId: 'demo_content_01', expectedRevision: 1, reason: '信息有误' }],
    [listContentRevisions, { contentId: 'demo_content_01' }],
  ]

  it.each(['visitor', 'liaison', 'expert', 'agency'])('refuses every staff action to a %s', async (key) => {
    for (const [contract, data] of staffActions) {
      const result = await h.call(contract, data, demoOpenid(key))
      expect({ action: contract.action, result }).toEqual({
        action: contract.action,
        result: { ok: false, code: 'FORBIDDEN', message: '您没有执行此操作的权限' },
      })
    }
    expect(await h.ok(getAgency, { agencyId: 'agency_b1_01' }, STAFF)).toMatchObject({ revision: 1, status: 'active' })
  })

  it('refuses callers without a session', async () => {
    for (const [contract, data] of staffActions) {
      expect(await h.call(contract, data, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    }
  })

  it('lets staff and admins do each of them', async () => {
    for (const who of [STAFF, demoOpenid('admin')]) {
      expect(await h.call(listAgencyRevisions, { agencyId: 'agency_b1_01' }, who)).toMatchObject({ ok: true })
      expect(await h.call(exportAgencies, {}, who)).toMatchObject({ ok: true })
    }
  })
})

describe('directory: suspending an agency', () => {
  it('needs a reason, hides the agency from enterprises, and shows it to staff with the reason', async () => {
    const missing = await h.call(setAgencyStatus, { agencyId: 'agency_b1_17', expectedRevision: 1, status: 'suspended' }, STAFF)
    if (missing.ok) throw new Error('expected a validation failure')
    expect(missing.issues).toEqual([{ path: ['reason'], message: '请填写暂停原因' }])

    h.clock.advance(3600_000)
    const suspended = await h.ok(setAgencyStatus, { agencyId: 'agency_b1_17', expectedRevision: 1, status: 'suspended', reason: '机构已注销' }, STAFF)
    expect(suspended).toMatchObject({ status: 'suspended', statusReason: '机构已注销', revision: 2, updatedAt: '2026-11-25T03:00:00.000Z' })

    const publicView = await h.ok(searchAgencies, { pageSize: 50 }, VISITOR)
    expect(publicView.total).toBe(16)
    expect(publicView.items.some((a) => a.agencyId === 'agency_b1_17')).toBe(false)
    expect(publicView.facets.districts.find((f) => f.district === '禹州市')?.count).toBe(3)
    // The status filter is for staff: a visitor asking for suspended agencies still gets the active ones.
    expect((await h.ok(searchAgencies, { status: 'suspended' }, VISITOR)).total).toBe(16)
    expect(await h.call(getAgency, { agencyId: 'agency_b1_17' }, VISITOR)).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: '该机构不在名录中或已暂停服务，请返回名录查看其他机构',
    })

    expect((await h.ok(searchAgencies, { pageSize: 50 }, STAFF)).total).toBe(17)
    expect((await h.ok(searchAgencies, { status: 'suspended' }, STAFF)).items.map((a) => a.agencyId)).toEqual(['agency_b1_17'])
    const history = await h.ok(listAgencyRevisions, { agencyId: 'agency_b1_17' }, STAFF)
    expect(history.items[0]).toMatchObject({
      revision: 2,
      action: 'status',
      note: '机构已注销',
      changes: [{ field: 'status', label: '状态', before: 'active', after: 'suspended' }],
    })

    const restored = await h.ok(setAgencyStatus, { agencyId: 'agency_b1_17', expectedRevision: 2, status: 'active' }, STAFF)
    expect(restored).toMatchObject({ status: 'active', statusReason: null, revision: 3 })
    expect((await h.ok(searchAgencies, {}, VISITOR)).total).toBe(17)
  })

  it('answers NOT_FOUND for an unknown agency', async () => {
    expect(await h.call(getAgency, { agencyId: 'agency_nope' }, STAFF)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.call(setAgencyStatus, { agencyId: 'agency_nope', expectedRevision: 1, status: 'suspended', reason: '测试原因' }, STAFF)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })
})
