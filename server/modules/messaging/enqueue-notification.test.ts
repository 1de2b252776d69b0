import { createSqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import { enqueueNotifications, newOutboxRecord, type NotificationRequest } from './enqueue-notification'
import { outboxIdFor } from './ids'
import { MESSAGING_COLLECTIONS, NOTIFICATION_OUTBOX, type OutboxRecord } from './records'

// 21:30 Shanghai: rows due now are pushed at once; rows due at 22:00 or later wait for 08:00.
const NOW = new Date('2026-11-25T13:30:00.000Z')

function request(i: number, notBefore: string | undefined, urgent: boolean): NotificationRequest {
  return {
    recipientUserId: `u_${i}`,
    templateKey: 'alert_published',
    notice: 'alert',
    // The push-timing table: a normal alert waits out quiet hours, an urgent one does not.
    urgency: urgent ? 'urgent' : 'normal',
    payload: { alertId: 'a1', title: '标题', summary: '摘要', severityLabel: '警示', publishedAt: NOW.toISOString() },
    dedupeKey: `alert:a1:u_${i}`,
    notBefore: notBefore ? new Date(notBefore) : undefined,
    inbox: { title: '标题', summary: '摘要' },
    source: { kind: 'alert', id: 'a1' },
  }
}

describe('enqueueNotifications (the batch form used by fan-out)', () => {
  it('writes each row exactly as enqueueing it alone would, quiet hours and urgency included', async () => {
    const store = createSqliteDocumentStore({ file: ':memory:', collections: MESSAGING_COLLECTIONS })
    // Repeated instants (the cached case) mixed with distinct ones, urgent and not, in and out of quiet hours.
    const shapes: Array<[string | undefined, boolean]> = [
      [undefined, false],
      ['2026-11-25T14:30:00.000Z', false], // 22:30 → pushed at 08:00
      ['2026-11-25T14:30:00.000Z', true], // urgent: not deferred
      ['2026-11-25T23:59:00.000Z', false], // 07:59 → 08:00 the same morning
      ['2026-11-26T01:00:00.000Z', false], // 09:00: not deferred
    ]
    const requests = Array.from({ length: 60 }, (_, i) => request(i, ...shapes[i % shapes.length]))

    expect(await enqueueNotifications(store, requests, { now: NOW })).toBe(60)

    const stored = await store.collection<OutboxRecord>(NOTIFICATION_OUTBOX).getByIds(requests.map((r) => outboxIdFor(r.dedupeKey)))
    const byId = new Map(stored.map((row) => [row._id, row]))
    for (const r of requests) expect(byId.get(outboxIdFor(r.dedupeKey))).toEqual(newOutboxRecord(r, { now: NOW }))
    const pushAt = (i: number) => byId.get(outboxIdFor(requests[i].dedupeKey))?.pushNotBefore
    expect([0, 1, 2, 3, 4].map(pushAt)).toEqual([null, '2026-11-26T00:00:00.000Z', null, '2026-11-26T00:00:00.000Z', null])
    store.close()
  })

  it('creates nothing the second time (dedupe keys), in chunks larger than one insert', async () => {
    const store = createSqliteDocumentStore({ file: ':memory:', collections: MESSAGING_COLLECTIONS })
    const requests = Array.from({ length: 2500 }, (_, i) => request(i, undefined, false))
    expect(await enqueueNotifications(store, requests.slice(0, 700), { now: NOW })).toBe(700)
    expect(await enqueueNotifications(store, requests, { now: NOW })).toBe(1800)
    expect(await enqueueNotifications(store, requests, { now: NOW })).toBe(0)
    expect(await store.collection(NOTIFICATION_OUTBOX).count({})).toBe(2500)
    store.close()
  })
})
