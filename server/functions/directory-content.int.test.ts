import { getContent, listContentRevisions, publishContent, saveContentDraft, searchContent, withdrawContent } from '../../types/content/contracts'
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

const alert = {
  kind: 'risk_alert',
  title: '美国展会商标投诉风险提示',
  summary: '赴美参展前请核查商标',
  body: [
    { type: 'heading', text: '风险' },
    { type: 'paragraph', text: '<script>alert(1)</script> 原样保存为文字' },
    { type: 'list', ordered: false, items: ['核查商标', '备好权属证明'] },
    { type: 'link', text: '国家知识产权局', url: 'https://www.cnipa.gov.cn/' },
  ],
  countries: ['US'],
  ipTypes: ['trademark'],
  industries: ['hair_products'],
  severity: 'urgent',
  source: '市场监管局',
  sourceUrl: null,
  effectiveDate: null,
  lessons: ['不属于预警的字段会被清空'],
  feeRows: [],
  attachments: [],
}

describe('content: reading', () => {
  it('readers see published items newest first, filtered by kind, country, IP type, industry and keyword', async () => {
    const ids = async (data: object) => (await h.ok(searchContent, data, VISITOR)).items.map((c) => c.contentId)
    expect(await ids({})).toEqual(['demo_content_01', 'demo_content_02', 'demo_content_03', 'demo_content_04'])
    expect(await ids({ country: 'US' })).toEqual(['demo_content_01', 'demo_content_04'])
    expect(await ids({ kind: 'country_guide', country: 'US' })).toEqual(['demo_content_04'])
    // Items naming no IP type or industry apply to all of them.
    expect(await ids({ ipType: 'patent' })).toEqual(['demo_content_02', 'demo_content_04'])
    expect(await ids({ industry: 'food' })).toEqual(['demo_content_02', 'demo_content_03', 'demo_content_04'])
    expect(await ids({ severity: 'warning' })).toEqual(['demo_content_01'])
    expect(await ids({ keyword: '展会' })).toEqual(['demo_content_01'])
    const page = await h.ok(searchContent, { page: 2, pageSize: 3 }, VISITOR)
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 })
    expect(page.items.map((c) => c.contentId)).toEqual(['demo_content_04'])
  })

  it('shows an item with related published items of the same country and IP type; drafts only to staff', async () => {
    const guide = await h.ok(getContent, { contentId: 'demo_content_04' }, VISITOR)
    expect(guide.content).toMatchObject({ kind: 'country_guide', countries: ['US'], status: 'published', publishedAt: '2026-11-25T01:57:00.000Z' })
    expect(guide.related.map((c) => c.contentId)).toEqual(['demo_content_01'])
    const alertItem = await h.ok(getContent, { contentId: 'demo_content_01' }, VISITOR)
    expect(alertItem.related.map((c) => c.contentId)).toEqual(['demo_content_04'])
    expect(await h.call(getContent, { contentId: 'demo_content_05' }, VISITOR)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect((await h.ok(getContent, { contentId: 'demo_content_05' }, STAFF)).content.status).toBe('draft')
    expect((await h.ok(searchContent, { status: 'draft' }, STAFF)).items.map((c) => c.contentId)).toEqual(['demo_content_05'])
  })
})

describe('content: staff workflow', () => {
  it('drafts, publishes, edits in place and withdraws, with a revision for each step', async () => {
    const draft = await h.ok(saveContentDraft, { fields: alert }, STAFF)
    expect(draft).toMatchObject({ status: 'draft', revision: 1, severity: 'urgent', lessons: [], publishedAt: null })
    expect(draft.body[1]).toEqual({ type: 'paragraph', text: '<script>alert(1)</script> 原样保存为文字' })
    expect((await h.ok(searchContent, {}, VISITOR)).total).toBe(4)

    h.clock.advance(600_000)
    const published = await h.ok(publishContent, { contentId: draft.contentId, expectedRevision: 1 }, STAFF)
    expect(published).toMatchObject({ status: 'published', revision: 2, publishedAt: '2026-11-25T02:10:00.000Z' })
    expect((await h.ok(searchContent, { ipType: 'trademark', country: 'US' }, VISITOR)).items[0].contentId).toBe(draft.contentId)
    expect(await h.call(publishContent, { contentId: draft.contentId, expectedRevision: 2 }, STAFF)).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
      message: '该内容已发布，无需重复发布',
    })

    const corrected = await h.ok(saveContentDraft, { contentId: draft.contentId, expectedRevision: 2, fields: { ...alert, summary: '赴美参展前请先核查商标' } }, ADMIN)
    expect(corrected).toMatchObject({ status: 'published', revision: 3, summary: '赴美参展前请先核查商标', publishedAt: '2026-11-25T02:10:00.000Z' })

    const withdrawn = await h.ok(withdrawContent, { contentId: draft.contentId, expectedRevision: 3, reason: '信息需要核实' }, STAFF)
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawReason: '信息需要核实', withdrawnAt: '2026-11-25T02:10:00.000Z', revision: 4 })
    expect(await h.call(getContent, { contentId: draft.contentId }, VISITOR)).toMatchObject({ ok: false, code: 'NOT_FOUND' })

    const history = await h.ok(listContentRevisions, { contentId: draft.contentId }, STAFF)
    expect(history.items.map((r) => [r.revision, r.action, r.actor.displayName, r.changes.map((c) => c.field)])).toEqual([
      [4, 'withdraw', '张科员（市场监管局）', ['status']],
      [3, 'update', '管理员', ['summary']],
      [2, 'publish', '张科员（市场监管局）', ['status']],
      [1, 'create', '张科员（市场监管局）', ['kind', 'title', 'summary', 'body', 'countries', 'ipTypes', 'industries', 'severity', 'source']],
    ])
    expect(history.items[0].note).toBe('信息需要核实')
    expect(history.items[2].changes).toEqual([{ field: 'status', label: '状态', before: 'draft', after: 'published' }])
  })

  it('validates content by kind, limits the push summary to 20 characters, and allows only safe blocks and links', async () => {
    const result = await h.call(
      saveContentDraft,
      {
        fields: {
          ...alert,
          summary: '这是一条超过二十个字的摘要内容用于订阅消息推送',
          severity: null,
          body: [
            { type: 'link', text: '来源', url: 'https://evil.example.com/x' },
            { type: 'link', text: '伪装', url: 'https://gov.cn@evil.com/' },
            { type: 'html', html: '<b>x</b>' },
            { type: 'image', fileId: 'https://evil.example.com/a.png', caption: null },
          ],
        },
      },
      STAFF,
    )
    if (result.ok) throw new Error('expected a validation failure')
    // One message per field: a malformed address is not also reported as a foreign site.
    expect(result.issues).toHaveLength(4)
    expect(Object.fromEntries((result.issues ?? []).map((i) => [i.path.join('.'), i.message]))).toEqual({
      'fields.summary': '摘要不能超过 20 个字',
      'fields.body.1.url': '链接地址格式不正确，应以 https:// 开头',
      'fields.body.2.type': '正文中有无法识别的段落类型',
      'fields.body.3.fileId': '文件标识无效，请重新上传',
    })
    // Well-formed links are then checked against the stored allow-list (link-domains.int.test.ts).
    const foreign = await h.call(saveContentDraft, { fields: { ...alert, body: [{ type: 'link', text: '来源', url: 'https://evil.example.com/x' }] } }, STAFF)
    if (foreign.ok) throw new Error('expected a validation failure')
    expect(foreign.issues).toEqual([{ path: ['fields', 'body', 0, 'url'], message: expect.stringContaining('「evil.example.com」不在链接允许列表中') }])
    const guide = await h.call(saveContentDraft, { fields: { ...alert, kind: 'country_guide', countries: ['US', 'CA'] } }, STAFF)
    if (guide.ok) throw new Error('expected a validation failure')
    expect(guide.issues).toEqual([{ path: ['fields', 'countries'], message: '国别指南只能选择一个国家或地区' }])
    const fee = await h.call(saveContentDraft, { fields: { ...alert, kind: 'fee_change' } }, STAFF)
    if (fee.ok) throw new Error('expected a validation failure')
    expect(fee.issues).toEqual([{ path: ['fields', 'feeRows'], message: '官费变化请至少填写一行费用' }])
    const noSeverity = await h.call(saveContentDraft, { fields: { ...alert, severity: null } }, STAFF)
    if (noSeverity.ok) throw new Error('expected a validation failure')
    expect(noSeverity.issues).toEqual([{ path: ['fields', 'severity'], message: '风险预警请选择预警等级' }])
  })

  it('keeps kind-specific fields only for their kind', async () => {
    const fee = await h.ok(
      saveContentDraft,
      { fields: { ...alert, kind: 'fee_change', feeRows: [{ item: '商标注册申请费', office: '示例局', amount: 350.5, currency: 'usd' }] } },
      STAFF,
    )
    expect(fee).toMatchObject({ kind: 'fee_change', severity: null, lessons: [], feeRows: [{ item: '商标注册申请费', office: '示例局', amount: 350.5, currency: 'USD' }] })
  })

  it('of two staff publishing the same draft at once exactly one succeeds', async () => {
    const results = await Promise.all([
      h.call(publishContent, { contentId: 'demo_content_05', expectedRevision: 1 }, STAFF),
      h.call(publishContent, { contentId: 'demo_content_05', expectedRevision: 1 }, ADMIN),
      h.call(withdrawContent, { contentId: 'demo_content_01', expectedRevision: 1, reason: '重复发布' }, STAFF),
      h.call(saveContentDraft, { contentId: 'demo_content_01', expectedRevision: 1, fields: { ...alert, countries: ['US', 'DE'] } }, ADMIN),
    ])
    expect(results.slice(0, 2).filter((r) => r.ok)).toHaveLength(1)
    expect(results.slice(0, 2).filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(1)
    expect(results.slice(2).filter((r) => r.ok)).toHaveLength(1)
    expect(results.slice(2).filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(1)
    expect((await h.ok(listContentRevisions, { contentId: 'demo_content_05' }, STAFF)).total).toBe(1)
  })
})
