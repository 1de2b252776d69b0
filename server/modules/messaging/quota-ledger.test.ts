import type { SqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import { consumeQuota, listQuotas, recordSubscribeResults, refundQuota } from './quota-ledger'
import { templateConfigSchema } from './template-config'
import { memoryStore, TEMPLATES } from './testing/messaging-fixture'

const NOW = new Date('2026-11-25T02:00:00.000Z')
const ALERT = TEMPLATES.templates.alert_published!.templateId
const REPORT = TEMPLATES.templates.report_status_changed!.templateId
const LONG = 'LONGTERM-template-00000000000000000000000'
const withLongTerm = templateConfigSchema.parse({
  templates: {
    ...TEMPLATES.templates,
    application_reviewed: { templateId: LONG, kind: 'long_term', title: '审核结果', fields: { phrase1: 'resultLabel' } },
  },
})

let store: SqliteDocumentStore
beforeEach(() => {
  store = memoryStore()
})
afterEach(() => store.close())

const remaining = async (config = TEMPLATES, userId = 'u1') =>
  Object.fromEntries((await listQuotas(store, config, userId)).map((q) => [q.key, q.remaining]))

describe('quota ledger: recording wx.requestSubscribeMessage answers', () => {
  it('adds one send per accepted one-time template, nothing for reject, ban or filter', async () => {
    await recordSubscribeResults(store, TEMPLATES, 'u1', 'req-00001', { [ALERT]: 'accept', [REPORT]: 'reject' }, NOW)
    await recordSubscribeResults(store, TEMPLATES, 'u1', 'req-00002', { [ALERT]: 'accept', [REPORT]: 'ban' }, NOW)
    await recordSubscribeResults(store, TEMPLATES, 'u1', 'req-00003', { [ALERT]: 'filter' }, NOW)
    expect(await remaining()).toEqual({
      alert_published: 2,
      report_status_changed: 0,
      application_reviewed: 0,
      consultation_booked: 0,
      consultation_reminder: 0,
      consultation_changed: 0,
      salon_status_changed: 0,
      salon_reminder: 0,
    })
    const quotas = await listQuotas(store, TEMPLATES, 'u1')
    expect(quotas.find((q) => q.key === 'report_status_changed')).toMatchObject({ lastResult: 'ban', lastResultAt: NOW.toISOString() })
    expect(quotas.find((q) => q.key === 'alert_published')).toMatchObject({ lastResult: 'filter' })
  })

  it('counts each request id once, however often the client retries it', async () => {
    const first = await recordSubscribeResults(store, TEMPLATES, 'u1', 'req-retried', { [ALERT]: 'accept' }, NOW)
    const again = await Promise.all(
      Array.from({ length: 5 }, () => recordSubscribeResults(store, TEMPLATES, 'u1', 'req-retried', { [ALERT]: 'accept' }, NOW)),
    )
    expect(first.recorded).toBe(true)
    expect(again.map((r) => r.recorded)).toEqual([false, false, false, false, false])
    expect((await remaining()).alert_published).toBe(1)
    // The same request id of another user is another request.
    await recordSubscribeResults(store, TEMPLATES, 'u2', 'req-retried', { [ALERT]: 'accept' }, NOW)
    expect((await remaining(TEMPLATES, 'u2')).alert_published).toBe(1)
  })

  it('ignores template ids that are not configured, and keeps no ledger for long-term templates', async () => {
    const result = await recordSubscribeResults(store, withLongTerm, 'u1', 'req-00009', { [LONG]: 'accept', 'stale-template-id-1': 'accept' }, NOW)
    expect(result.ignoredTemplateIds).toEqual(['stale-template-id-1'])
    const quotas = await listQuotas(store, withLongTerm, 'u1')
    expect(quotas.find((q) => q.key === 'application_reviewed')).toMatchObject({ kind: 'long_term', remaining: null, lastResult: 'accept' })
  })
})

describe('quota ledger: spending', () => {
  it('decrements atomically: concurrent claims never spend more than was granted', async () => {
    for (const id of ['a', 'b', 'c']) await recordSubscribeResults(store, TEMPLATES, 'u1', `req-${id}-000`, { [ALERT]: 'accept' }, NOW)
    const claims = await Promise.all(Array.from({ length: 10 }, () => consumeQuota(store, 'u1', ALERT)))
    expect(claims.filter(Boolean)).toHaveLength(3)
    expect((await remaining()).alert_published).toBe(0)
  })

  it('refuses when the user never accepted, and a refund gives one unit back', async () => {
    expect(await consumeQuota(store, 'u1', ALERT)).toBe(false)
    await recordSubscribeResults(store, TEMPLATES, 'u1', 'req-00010', { [ALERT]: 'accept' }, NOW)
    expect(await consumeQuota(store, 'u1', ALERT)).toBe(true)
    await refundQuota(store, 'u1', ALERT)
    expect((await remaining()).alert_published).toBe(1)
  })
})
