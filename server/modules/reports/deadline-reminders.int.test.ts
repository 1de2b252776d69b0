import { createSqliteDocumentStore, type SqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import { computeLegalDeadline } from '../deadlines/compute-deadline'
import { SEED_DEADLINE_RULES } from '../deadlines/seed-rules'
import { MESSAGING_COLLECTIONS, NOTIFICATION_OUTBOX, type OutboxRecord } from '../messaging/records'
import { DEADLINE_REMINDER_SOURCE, syncDeadlineReminders } from './deadline-reminders'
import { backfillLegalDueSortKey } from './backfill-legal-due'
import { REPORTS, REPORTS_COLLECTIONS, type ReportRecord } from './records'

const NOW = new Date('2026-11-25T02:00:00.000Z')
const { id, ...usFields } = SEED_DEADLINE_RULES.find((r) => r.id === 'dl_us_tm_opposition') ?? SEED_DEADLINE_RULES[0]
const usRule = { _id: id, ...usFields, revision: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), createdBy: null, updatedBy: null }

const report: ReportRecord = {
  _id: 'rpt_d',
  number: 'R20261125-DDDDDD',
  enterpriseId: 'ent_1',
  enterpriseName: '测试企业',
  submittedBy: 'u_liaison',
  serviceType: 'trademark_squatting',
  ipType: 'trademark',
  countries: ['US'],
  industry: 'hair_products',
  counterpart: '抢注人',
  deadline: null,
  urgency: 'urgent',
  description: '美国商标被抢注，已公告',
  attachments: [],
  status: 'assigned',
  version: 2,
  assignee: { kind: 'expert', id: 'e1', name: '专家甲', userId: 'u_expert1' },
  declinedBy: [],
  escalated: false,
  sla: {
    firstResponseDueAt: '2026-11-27T08:00:00.000Z',
    resolutionDueAt: '2026-12-09T08:00:00.000Z',
    firstRespondedAt: null,
    pausedAt: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
  },
  resolution: null,
  rating: null,
  ratingReminderAt: null,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  legalDeadline: computeLegalDeadline(usRule, '2026-11-10', NOW), // last day 2026-12-10
}

describe('deadline reminders as scheduled outbox rows', () => {
  let store: SqliteDocumentStore
  beforeEach(() => {
    store = createSqliteDocumentStore({ file: ':memory:', collections: [...REPORTS_COLLECTIONS, ...MESSAGING_COLLECTIONS] })
  })
  afterEach(() => store.close())

  const rows = async () =>
    (await store.collection<OutboxRecord>(NOTIFICATION_OUTBOX).find({ sourceKind: DEADLINE_REMINDER_SOURCE, sourceId: 'rpt_d' }, { limit: 100 }))
      .map((r) => `${r.recipientUserId} ${r.notBefore} ${r.status}`)
      .sort()

  it('schedules 14/7/3/1 days before at 09:00 Shanghai for the liaison and the assignee, once', async () => {
    await syncDeadlineReminders(store, report, NOW)
    await syncDeadlineReminders(store, report, NOW)
    const scheduled = await rows()
    expect(scheduled).toHaveLength(8)
    expect(scheduled.filter((r) => r.startsWith('u_liaison'))).toEqual([
      'u_liaison 2026-11-26T01:00:00.000Z pending',
      'u_liaison 2026-12-03T01:00:00.000Z pending',
      'u_liaison 2026-12-07T01:00:00.000Z pending',
      'u_liaison 2026-12-09T01:00:00.000Z pending',
    ])
  })

  it('skips margins already passed', async () => {
    await syncDeadlineReminders(store, report, new Date('2026-12-04T00:00:00.000Z'))
    expect(await rows()).toEqual([
      'u_expert1 2026-12-07T01:00:00.000Z pending',
      'u_expert1 2026-12-09T01:00:00.000Z pending',
      'u_liaison 2026-12-07T01:00:00.000Z pending',
      'u_liaison 2026-12-09T01:00:00.000Z pending',
    ])
  })

  it('moves the assignee part on reassignment, cancels all on close and restores the future ones on reopen', async () => {
    await syncDeadlineReminders(store, report, NOW)
    const reassigned: ReportRecord = { ...report, assignee: { kind: 'expert', id: 'e2', name: '专家乙', userId: 'u_expert2' } }
    await syncDeadlineReminders(store, reassigned, NOW)
    let now = await rows()
    expect(now.filter((r) => r.startsWith('u_expert1')).every((r) => r.endsWith('cancelled'))).toBe(true)
    expect(now.filter((r) => r.startsWith('u_expert2') && r.endsWith('pending'))).toHaveLength(4)
    expect(now.filter((r) => r.startsWith('u_liaison') && r.endsWith('pending'))).toHaveLength(4)

    await syncDeadlineReminders(store, { ...reassigned, status: 'resolved' }, NOW)
    expect((await rows()).every((r) => r.endsWith('cancelled'))).toBe(true)

    const later = new Date('2026-12-04T00:00:00.000Z')
    await syncDeadlineReminders(store, { ...reassigned, status: 'in_progress' }, later)
    now = await rows()
    expect(now.filter((r) => r.endsWith('pending'))).toEqual([
      'u_expert2 2026-12-07T01:00:00.000Z pending',
      'u_expert2 2026-12-09T01:00:00.000Z pending',
      'u_liaison 2026-12-07T01:00:00.000Z pending',
      'u_liaison 2026-12-09T01:00:00.000Z pending',
    ])
  })

  it('schedules nothing when the office has no date', async () => {
    const undated = report.legalDeadline ? { ...report.legalDeadline, lastDay: null, lastMomentAt: null } : null
    await syncDeadlineReminders(store, { ...report, legalDeadline: undated }, NOW)
    expect(await rows()).toEqual([])
  })
})

describe('reports filed before legal deadlines existed', () => {
  it('get the "no deadline" sort key once, so they sort after reports with a deadline', async () => {
    const store = createSqliteDocumentStore({ file: ':memory:', collections: REPORTS_COLLECTIONS })
    const { legalDeadline: _l, ...legacy } = report
    await store.collection<ReportRecord>(REPORTS).insert({ ...legacy, _id: 'rpt_old' })
    await store.collection<ReportRecord>(REPORTS).insert({ ...report, _id: 'rpt_new', legalDueSortKey: '2026-12-11T04:59:59.999Z' })
    expect(await backfillLegalDueSortKey(store)).toBe(1)
    expect(await backfillLegalDueSortKey(store)).toBe(0)
    const ordered = await store.collection<ReportRecord>(REPORTS).find({}, { orderBy: [['legalDueSortKey', 'asc']] })
    expect(ordered.map((r) => [r._id, r.legalDeadline === null])).toEqual([['rpt_new', false], ['rpt_old', true]])
    store.close()
  })
})
