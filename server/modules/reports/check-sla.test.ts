import { createSqliteDocumentStore, type SqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import { MESSAGING_COLLECTIONS, NOTIFICATION_OUTBOX } from '../messaging/records'
import { checkSla } from './check-sla'
import { REPORT_EVENTS, REPORTS, REPORTS_COLLECTIONS, type ReportRecord } from './records'

const base: ReportRecord = {
  _id: 'rpt_a',
  number: 'R20261125-AAAAAA',
  enterpriseId: 'ent_1',
  enterpriseName: '测试企业',
  submittedBy: 'u_liaison',
  serviceType: 'trade_fair',
  ipType: 'trademark',
  countries: ['DE'],
  industry: 'hair_products',
  counterpart: '对方',
  deadline: null,
  urgency: 'critical',
  description: '展会现场被投诉侵权，需要紧急处理',
  attachments: [],
  status: 'assigned',
  version: 2,
  assignee: { kind: 'expert', id: 'e1', name: '专家', userId: 'u_expert' },
  declinedBy: [],
  escalated: false,
  sla: {
    firstResponseDueAt: '2026-11-25T06:00:00.000Z',
    resolutionDueAt: '2026-11-30T06:00:00.000Z',
    firstRespondedAt: null,
    pausedAt: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
  },
  resolution: null,
  rating: null,
  ratingReminderAt: null,
  createdAt: '2026-11-25T02:00:00.000Z',
  updatedAt: '2026-11-25T02:00:00.000Z',
}

describe('checkSla on the embedded store', () => {
  let store: SqliteDocumentStore
  beforeEach(() => {
    store = createSqliteDocumentStore({ file: ':memory:', collections: [...REPORTS_COLLECTIONS, ...MESSAGING_COLLECTIONS] })
  })
  afterEach(() => store.close())

  it('escalates an overdue first response once, skips paused and answered reports', async () => {
    const reports = store.collection<ReportRecord>(REPORTS)
    await reports.insert(base)
    await reports.insert({ ...base, _id: 'rpt_paused', status: 'awaiting_info', sla: { ...base.sla, firstRespondedAt: '2026-11-25T03:00:00.000Z', pausedAt: '2026-11-25T03:00:00.000Z', resolutionDueAt: '2026-11-25T04:00:00.000Z' } })
    await reports.insert({ ...base, _id: 'rpt_answered', status: 'in_progress', sla: { ...base.sla, firstRespondedAt: '2026-11-25T03:00:00.000Z' } })

    expect(await checkSla(store, new Date('2026-11-25T05:59:00.000Z'))).toEqual({ firstResponseBreaches: 0, resolutionBreaches: 0, ratingReminders: 0, deadlineEscalations: 0 })
    expect(await checkSla(store, new Date('2026-11-25T06:00:00.000Z'))).toEqual({ firstResponseBreaches: 1, resolutionBreaches: 0, ratingReminders: 0, deadlineEscalations: 0 })
    expect(await checkSla(store, new Date('2026-11-25T06:10:00.000Z'))).toEqual({ firstResponseBreaches: 0, resolutionBreaches: 0, ratingReminders: 0, deadlineEscalations: 0 })

    expect(await reports.getById('rpt_a')).toMatchObject({ escalated: true, sla: { firstResponseBreachedAt: '2026-11-25T06:00:00.000Z' } })
    expect(await reports.getById('rpt_paused')).toMatchObject({ escalated: false })
    expect(await store.collection(REPORT_EVENTS).count({ type: 'sla_breached' })).toBe(1)
    // The assignee is told (no staff exist in this store); the dedupe key makes a replay harmless.
    expect(await store.collection(NOTIFICATION_OUTBOX).count({ recipientUserId: 'u_expert' })).toBe(1)
  })

  it('records a resolution breach and sends one rating reminder per resolution', async () => {
    const reports = store.collection<ReportRecord>(REPORTS)
    await reports.insert({ ...base, status: 'in_progress', sla: { ...base.sla, firstRespondedAt: '2026-11-25T03:00:00.000Z' } })
    await reports.insert({
      ...base,
      _id: 'rpt_resolved',
      status: 'resolved',
      resolution: { summary: '已办结', outcomeCategory: 'settled', resolvedAt: '2026-11-25T03:00:00.000Z' },
    })
    const later = new Date('2026-11-30T06:00:00.000Z')
    expect(await checkSla(store, later)).toEqual({ firstResponseBreaches: 0, resolutionBreaches: 1, ratingReminders: 1, deadlineEscalations: 0 })
    expect(await checkSla(store, new Date('2026-12-01T06:00:00.000Z'))).toEqual({ firstResponseBreaches: 0, resolutionBreaches: 0, ratingReminders: 0, deadlineEscalations: 0 })
    expect(await reports.getById('rpt_resolved')).toMatchObject({ ratingReminderAt: later.toISOString() })
    expect(await store.collection(NOTIFICATION_OUTBOX).count({ recipientUserId: 'u_liaison' })).toBe(1)
  })
})
