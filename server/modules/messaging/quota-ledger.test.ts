import type { SqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import type { DocumentStore } from '../../ports/document-store'
import { SUBSCRIBE_REQUESTS } from './records'
import { consumeQuota, listQuotas, recordSubscribeResults, refundQuota } from './quota-ledger'
import { templateConfigSchema } from './template-config'
import { memoryStore, TEMPLATES } from './testing/messaging-fixture'

const NOW = new Date('2026-11-25T02:00:00.000Z')
const ALERT = TEMPLATES.templates.alert_published!.templateId
const REPORT = TEMPLATES.templates.report_status_changed!.templateId
const LONG = 'LONGTERM-template-00000000000000000000000'
const withLongTerm = templateConfigSchema().parse({
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
    // Only the accepted template gained sends; every other configured template stays at 0.
    const zeroForAll = Object.fromEntries(Object.keys(TEMPLATES.templates).map((key) => [key, 0]))
    expect(await remaining()).toEqual({ ...zeroForAll, alert_published: 2 })
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

describe('quota ledger: the request record and its increments are one step', () => {
  it('a crash while recording leaves nothing behind, and the retry grants the send once', async () => {
    let crash = true
    const crashing: DocumentStore = {
      collection: (name) => store.collection(name),
      runTransaction: (work) =>
        store.runTransaction((tx) =>
          work({
            ...tx,
            get: (c, id) => tx.get(c, id),
            update: (c, id, u) => tx.update(c, id, u),
            delete: (c, id) => tx.delete(c, id),
            set: async (c, doc) => {
              // The process dies after the increments were written, before the request record.
              if (crash && c === SUBSCRIBE_REQUESTS) throw new Error('process killed')
              await tx.set(c, doc)
            },
          }),
        ),
    }
    await expect(recordSubscribeResults(crashing, TEMPLATES, 'u1', 'req-crash', { [ALERT]: 'accept' }, NOW)).rejects.toThrow('process killed')
    expect((await remaining()).alert_published).toBe(0)
    crash = false
    expect((await recordSubscribeResults(crashing, TEMPLATES, 'u1', 'req-crash', { [ALERT]: 'accept' }, NOW)).recorded).toBe(true)
    expect((await remaining()).alert_published).toBe(1)
  })

  it('parallel first calls with one request id grant one send', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => recordSubscribeResults(store, TEMPLATES, 'u1', 'req-parallel', { [ALERT]: 'accept', [REPORT]: 'accept' }, NOW)),
    )
    expect(results.filter((r) => r.recorded)).toHaveLength(1)
    expect(await remaining()).toMatchObject({ alert_published: 1, report_status_changed: 1 })
  })
})
