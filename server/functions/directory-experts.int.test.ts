import { getExpert, listExpertRevisions, searchExperts, setExpertStatus, upsertExpert } from '../../types/experts/contracts'
import { getMyProfile } from '../../types/users/contracts'
import { demoOpenid } from '../seed/demo-users'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

const STAFF = demoOpenid('staff')
const ADMIN = demoOpenid('admin')
const VISITOR = demoOpenid('visitor')

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const newExpert = {
  name: '杜衡',
  title: '律师',
  affiliation: '许昌某律师事务所',
  ipTypes: ['patent', 'trade_secret'],
  serviceTypes: ['dispute_response'],
  countries: ['US', 'DE'],
  languages: ['zh', 'en'],
  yearsOverseasExperience: 9,
  photoFileId: 'cloud://prod-1a2b.7072-prod-1a2b/experts/duheng.jpg',
  intro: '处理过多起美国 337 调查应诉',
  userId: null,
  maxOpenCases: 4,
}

describe('experts: search', () => {
  it('lists available experts, most overseas experience first; staff also see unavailable ones', async () => {
    const visible = await h.ok(searchExperts, {}, VISITOR)
    expect(visible.items.map((e) => [e.expertId, e.yearsOverseasExperience])).toEqual([
      ['demo_expert_01', 12],
      ['demo_expert_02', 8],
      ['demo_expert_03', 6],
    ])
    expect(visible.total).toBe(3)
    expect((await h.ok(searchExperts, {}, STAFF)).total).toBe(4)
    expect((await h.ok(searchExperts, { status: 'unavailable' }, STAFF)).items.map((e) => e.expertId)).toEqual(['demo_expert_04'])
  })

  it('filters by language, country, IP type, service type and keyword', async () => {
    const ids = async (data: object) => (await h.ok(searchExperts, data, VISITOR)).items.map((e) => e.expertId)
    expect(await ids({ language: 'de' })).toEqual(['demo_expert_02'])
    expect(await ids({ country: 'VN' })).toEqual(['demo_expert_03'])
    expect(await ids({ ipType: 'patent' })).toEqual(['demo_expert_01', 'demo_expert_02'])
    expect(await ids({ serviceType: 'dispute_response' })).toEqual(['demo_expert_01'])
    expect(await ids({ keyword: '展会' })).toEqual(['demo_expert_03'])
    expect(await ids({ keyword: '德语' })).toEqual(['demo_expert_02'])
    expect(await ids({ keyword: '美国 专利' })).toEqual(['demo_expert_01'])
    expect(await h.call(searchExperts, { language: 'klingon' }, VISITOR)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '请选择列表中的语言' })
  })
})

describe('experts: staff maintain the pool', () => {
  it('creates an expert, edits them with history, and refuses stale saves', async () => {
    const created = await h.ok(upsertExpert, newExpert, STAFF)
    expect(created).toMatchObject({ ...newExpert, status: 'active', revision: 1, createdAt: '2026-11-25T02:00:00.000Z' })
    expect((await h.ok(searchExperts, { keyword: '337' }, VISITOR)).items.map((e) => e.expertId)).toEqual([created.expertId])

    h.clock.advance(60_000)
    const edited = await h.ok(upsertExpert, { ...newExpert, expertId: created.expertId, expectedRevision: 1, languages: ['zh', 'en', 'de'], maxOpenCases: 6 }, STAFF)
    expect(edited).toMatchObject({ revision: 2, languages: ['zh', 'en', 'de'], maxOpenCases: 6, updatedAt: '2026-11-25T02:01:00.000Z' })
    const history = await h.ok(listExpertRevisions, { expertId: created.expertId }, STAFF)
    expect(history.items.map((r) => [r.revision, r.action, r.changes.map((c) => c.field)])).toEqual([
      [2, 'update', ['languages', 'maxOpenCases']],
      [1, 'create', ['name', 'title', 'affiliation', 'ipTypes', 'serviceTypes', 'countries', 'languages', 'yearsOverseasExperience', 'photoFileId', 'intro', 'maxOpenCases']],
    ])

    const stale = await h.call(upsertExpert, { ...newExpert, expertId: created.expertId, expectedRevision: 1, title: '合伙人' }, ADMIN)
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', message: '该专家信息已被他人修改（您编辑的是第 1 版，当前是第 2 版），请刷新后在最新内容上重新修改' })
    const noRevision = await h.call(upsertExpert, { ...newExpert, expertId: created.expertId }, STAFF)
    if (noRevision.ok) throw new Error('expected a validation failure')
    expect(noRevision.issues).toEqual([{ path: ['expectedRevision'], message: '缺少版本号，请重新打开后再编辑' }])
  })

  it('validates the form field by field', async () => {
    const result = await h.call(
      upsertExpert,
      { ...newExpert, name: '杜', ipTypes: [], languages: ['zh', 'zh'], yearsOverseasExperience: -1, photoFileId: 'https://example.com/a.jpg', maxOpenCases: 51 },
      STAFF,
    )
    if (result.ok) throw new Error('expected a validation failure')
    expect(Object.fromEntries((result.issues ?? []).map((i) => [i.path.join('.'), i.message]))).toEqual({
      name: '姓名至少 2 个字',
      ipTypes: '请至少选择一项擅长的知识产权类型',
      languages: '工作语言有重复，请去掉重复项',
      yearsOverseasExperience: '年限不能为负数',
      photoFileId: '文件标识无效，请重新上传',
      maxOpenCases: '案件上限不能超过 50',
    })
  })

  it('links an expert only to an account holding the expert role, and only once', async () => {
    const liaison = await h.ok(getMyProfile, {}, demoOpenid('liaison'))
    const notExpert = await h.call(upsertExpert, { ...newExpert, userId: liaison.userId }, STAFF)
    expect(notExpert).toEqual({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: '该账号还没有专家角色，请先请管理员授予专家角色',
      issues: [{ path: ['userId'], message: '该账号没有专家角色' }],
    })
    const expertUser = await h.ok(getMyProfile, {}, demoOpenid('expert'))
    const taken = await h.call(upsertExpert, { ...newExpert, userId: expertUser.userId }, STAFF)
    expect(taken).toMatchObject({ ok: false, code: 'CONFLICT', message: '该账号已关联专家「【演示】林知远」，一个账号只能关联一位专家' })
    expect(await h.call(upsertExpert, { ...newExpert, userId: 'u_nobody' }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
  })

  it('an unavailable expert disappears for enterprises but stays for staff', async () => {
    const result = await h.ok(setExpertStatus, { expertId: 'demo_expert_02', expectedRevision: 1, status: 'unavailable', reason: '利益冲突' }, STAFF)
    expect(result).toMatchObject({ status: 'unavailable', statusReason: '利益冲突', revision: 2 })
    expect(await h.call(getExpert, { expertId: 'demo_expert_02' }, VISITOR)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await h.ok(getExpert, { expertId: 'demo_expert_02' }, STAFF)).toMatchObject({ status: 'unavailable' })
    expect((await h.ok(searchExperts, { language: 'de' }, VISITOR)).total).toBe(0)
  })

  it('of concurrent saves from the same revision exactly one wins', async () => {
    const expert = await h.ok(getExpert, { expertId: 'demo_expert_03' }, STAFF)
    const { expertId, revision, name, title, affiliation, ipTypes, serviceTypes, countries, languages, yearsOverseasExperience, photoFileId, intro, userId, maxOpenCases } = expert
    const form = { expertId, expectedRevision: revision, name, title, affiliation, ipTypes, serviceTypes, countries, languages, yearsOverseasExperience, photoFileId, intro, userId, maxOpenCases }
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => h.call(upsertExpert, { ...form, maxOpenCases: i + 10 }, i % 2 ? STAFF : ADMIN)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(5)
    expect((await h.ok(getExpert, { expertId: 'demo_expert_03' }, STAFF)).revision).toBe(2)
  })
})
