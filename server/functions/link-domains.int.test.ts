import { getAlertDeliveryStats, scheduleAlert } from '../../types/alerts/contracts'
import { publishContent, saveContentDraft } from '../../types/content/contracts'
import { addLinkDomain, listLinkDomains, removeLinkDomain } from '../../types/content/link-domains'
import { listAuditLog } from '../../types/workbench/audit'
import { linkDomainId, LINK_DOMAINS, type LinkDomainRecord } from '../modules/content/link-domains/records'
import { demoOpenid } from '../seed/demo-users'
import { OFFICE_NOTICE_ALERT as alertFields } from '../modules/alerts/testing/alerts-fixture'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'

const STAFF = demoOpenid('staff')
const ADMIN = demoOpenid('admin')
const LIAISON = demoOpenid('liaison')
const EXPERT = demoOpenid('expert')


let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

const listed = async (as = STAFF) => (await h.ok(listLinkDomains, {}, as)).domains.map((d) => d.domain)

describe('link allow-list as data', () => {
  it('starts with government and IP-office domains worldwide, and refuses a link outside it with a clear message', async () => {
    const domains = await listed()
    expect(domains).toEqual(expect.arrayContaining(['gov', 'gov.*', 'gov.cn', 'wipo.int', 'europa.eu', 'dpma.de']))
    // The editor's own example, usitc.gov, is allowed by the default list.
    const usitc = await h.ok(saveContentDraft, { fields: { ...alertFields, sourceUrl: 'https://www.usitc.gov/press_room/news_release/2026/er1125.htm' } }, STAFF)
    expect(usitc.sourceUrl).toBe('https://www.usitc.gov/press_room/news_release/2026/er1125.htm')

    const refused = await h.call(saveContentDraft, { fields: alertFields }, STAFF)
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })
    if (refused.ok) throw new Error('expected a refusal')
    expect(refused.issues).toEqual([{ path: ['fields', 'sourceUrl'], message: expect.stringContaining('「www.ip-office.example.org」不在链接允许列表中') }])
    expect(refused.message).toContain('请先在「链接允许列表」中添加该域名')
  })

  it('staff add a domain → an alert linking to it publishes; removed → publishing it is refused', async () => {
    const added = await h.ok(addLinkDomain, { domain: 'https://www.IP-Office.example.org/about', note: '某国知识产权局' }, STAFF)
    expect(added).toMatchObject({ alreadyListed: false, domain: { domain: 'ip-office.example.org', note: '某国知识产权局', isDefault: false } })
    expect(await listed(ADMIN)).toContain('ip-office.example.org')

    const draft = await h.ok(saveContentDraft, { fields: alertFields }, STAFF)
    const published = await h.ok(publishContent, { contentId: draft.contentId, expectedRevision: draft.revision }, STAFF)
    expect(published.status).toBe('published')

    // A second draft saved while the domain was listed; then staff remove it.
    const second = await h.ok(saveContentDraft, { fields: { ...alertFields, title: '某国知识产权局更新展会执法程序' } }, STAFF)
    expect(await h.ok(removeLinkDomain, { domain: 'ip-office.example.org' }, ADMIN)).toEqual({ domain: 'ip-office.example.org', wasListed: true })
    expect(await listed()).not.toContain('ip-office.example.org')
    const refused = await h.call(publishContent, { contentId: second.contentId, expectedRevision: second.revision }, STAFF)
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: expect.stringContaining('「www.ip-office.example.org」不在链接允许列表中') })
    expect(await h.call(saveContentDraft, { fields: alertFields }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' })

    // A scheduled publication is held back the same way (the timer retries each tick).
    await h.ok(scheduleAlert, { contentId: second.contentId, publishAt: '2026-11-25T03:00:00.000Z' }, STAFF)
    h.clock.set('2026-11-25T03:01:00.000Z')
    await h.runTimer('alerts', 'publishDue')
    expect((await h.ok(getAlertDeliveryStats, { contentId: second.contentId }, STAFF)).schedule).toMatchObject({ state: 'scheduled' })

    // Added back (a new note): publishes.
    await h.ok(addLinkDomain, { domain: 'ip-office.example.org', note: '已核实为官方网站' }, STAFF)
    const later = await h.ok(publishContent, { contentId: second.contentId, expectedRevision: second.revision }, STAFF)
    expect(later.status).toBe('published')
  })

  it('staff writes are audited; retries change nothing', async () => {
    await h.ok(addLinkDomain, { domain: 'uspto.example.net', note: '测试机构' }, STAFF)
    const again = await h.ok(addLinkDomain, { domain: 'uspto.example.net', note: '另一个说明' }, STAFF)
    expect(again).toMatchObject({ alreadyListed: true, domain: { note: '测试机构' } })
    await h.ok(removeLinkDomain, { domain: 'uspto.example.net' }, STAFF)
    expect(await h.ok(removeLinkDomain, { domain: 'uspto.example.net' }, STAFF)).toEqual({ domain: 'uspto.example.net', wasListed: false })

    const all = await h.ok(listAuditLog, { pageSize: 50 }, ADMIN)
    const entries = all.items.filter((e) => e.records.includes(`${LINK_DOMAINS}/${linkDomainId('uspto.example.net')}`))
    // One entry per effective write: the retried add and remove changed nothing.
    expect(entries.map((e) => e.action).sort()).toEqual(['addLinkDomain', 'removeLinkDomain'])
  })

  it('a removed default stays removed (seeding never brings it back) and can be added again', async () => {
    await listed()
    await h.ok(removeLinkDomain, { domain: 'dpma.de' }, STAFF)
    expect(await listed()).not.toContain('dpma.de')
    expect(await listed()).not.toContain('dpma.de')
    await h.ok(addLinkDomain, { domain: 'dpma.de', note: '德国专利商标局' }, STAFF)
    expect(await listed()).toContain('dpma.de')
  })

  it('concurrent edits of different domains all land; the same domain added twice at once is listed once', async () => {
    await listed()
    const names = Array.from({ length: 8 }, (_, i) => `office${i}.example.org`)
    await Promise.all([
      ...names.map((domain) => h.ok(addLinkDomain, { domain, note: '并发测试' }, STAFF)),
      h.ok(removeLinkDomain, { domain: 'prv.se' }, ADMIN),
      h.ok(removeLinkDomain, { domain: 'prh.fi' }, STAFF),
    ])
    const after = await listed()
    expect(after).toEqual(expect.arrayContaining(names))
    expect(after).not.toContain('prv.se')
    expect(after).not.toContain('prh.fi')

    const twice = await Promise.all([1, 2, 3].map(() => h.ok(addLinkDomain, { domain: 'same.example.org', note: '并发测试' }, STAFF)))
    expect(twice.filter((r) => !r.alreadyListed)).toHaveLength(1)
    const records = await h.store.collection<LinkDomainRecord>(LINK_DOMAINS).find({ domain: 'same.example.org' })
    expect(records).toHaveLength(1)
  })

  it('only staff and admins see or change the list', async () => {
    for (const who of [LIAISON, EXPERT, 'openid-visitor']) {
      expect(await h.call(listLinkDomains, {}, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await h.call(addLinkDomain, { domain: 'evil.example.com', note: '想加上' }, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await h.call(removeLinkDomain, { domain: 'gov.cn' }, who)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await listed()).toContain('gov.cn')
    expect(await listed()).not.toContain('evil.example.com')
  })

  it('refuses malformed domains with a Chinese message and stores nothing', async () => {
    const cases: Array<[unknown, string]> = [
      ['com', '不能只填顶级域名（如 com、org），请填写完整域名，例如 wipo.int'],
      ['co.*', '「*」只能用于 gov.*、gob.*、gouv.*（各国政府域名）'],
      ['evil..gov', '域名格式不正确，只能包含字母、数字、连字符和点，例如 usitc.gov'],
      ['192.168.1.1', '请填写域名，不能填写 IP 地址'],
      ['', '请填写域名，例如 usitc.gov'],
      [42, '请填写域名，例如 usitc.gov'],
    ]
    const before = await listed()
    for (const [domain, message] of cases) {
      expect(await h.call(addLinkDomain, { domain, note: '说明' }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', issues: [{ path: ['domain'], message }] })
    }
    expect(await h.call(addLinkDomain, { domain: 'ok.example.org', note: '' }, STAFF)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', issues: [{ path: ['note'], message: '请填写说明' }] })
    expect(await listed()).toEqual(before)
  })
})
