import type { z } from 'zod'
import type { ActionContract } from '../../types/contract'
import type { Envelope } from '../../types/envelope'
import * as alerts from '../../types/alerts/contracts'
import * as calendar from '../../types/calendar/contracts'
import * as consultations from '../../types/consultations/contracts'
import * as content from '../../types/content/contracts'
import * as deadlines from '../../types/deadlines/contracts'
import * as directory from '../../types/directory/contracts'
import * as experts from '../../types/experts/contracts'
import * as messaging from '../../types/messaging/contracts'
import * as reports from '../../types/reports/contracts'
import * as salons from '../../types/salons/contracts'
import * as users from '../../types/users/contracts'
import { PRIVACY_GUIDE_VERSION } from '../../types/users/schemas'
import * as workbench from '../../types/workbench/dashboard'
import { listAuditLog } from '../../types/workbench/audit'
import { listEnterprises } from '../../types/workbench/registry'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { invokeAction, type CloudFunctionDefinition } from '../core/cloud-function'
import { undeclaredTouches } from '../core/declared-collections'
import { RATE_LIMIT_COLLECTIONS } from '../core/rate-limit'
import { AGENCY, bookingInput, openAgency, THU_1000 } from '../modules/consultations/testing/consultations-fixture'
import { ADMIN, EXPERT, LIAISON, STAFF, reportInput } from '../modules/reports/testing/reports-fixture'
import { publishedSession, registration } from '../modules/salons/testing/salons-fixture'
import { ALL_FUNCTIONS } from './all-functions'
import { usersFunction } from './users'

/**
 * Module boundaries, checked by running the product: every action named in the tour below runs
 * through the gateway, whose runtime reports each collection an action's store names; each must be
 * in the action's function's declared `collections`. (The gateway also refuses undeclared
 * collections outright, so every other integration test checks the same on its own scenarios.)
 */
let h: GatewayHarness
const DEMO_CREDIT_CODE = '91411000MA45XR1K2C'
const RATE_LIMITS = new Set(RATE_LIMIT_COLLECTIONS.map((c) => c.name))

/** Calls an action and returns its envelope; the tour records boundaries, not outcomes. */
function call<C extends ActionContract>(contract: C, data: unknown, as: string): Promise<Envelope<z.output<C['output']>>> {
  return h.call(contract, data, as)
}

/** A walk through every function: people sign up, report, book, register, publish, staff review. */
async function tour(): Promise<void> {
  const visitor = 'openid-boundaries-visitor'
  await call(users.acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, visitor)
  await call(users.getMyProfile, {}, visitor)
  await call(users.updateMyProfile, { displayName: '访客甲' }, visitor)
  const applied = await call(
    users.applyForEnterprise,
    { enterpriseName: '许昌恒达发制品有限公司', creditCode: '91411000MA46A0B73N', industry: 'hair_products', exportMarkets: ['US'], liaisonName: '赵一', mobile: '13912345678' },
    visitor,
  )
  await call(users.listMyApplications, {}, visitor)
  await call(users.listApplications, {}, STAFF)
  await call(users.listJoinRequests, {}, LIAISON)
  await call(users.listMyContactReveals, {}, LIAISON)
  if (applied.ok) {
    const { applicationId } = applied.data as { applicationId: string }
    await call(users.getApplication, { applicationId }, STAFF)
    await call(users.reviewApplication, { applicationId, decision: 'approve' }, STAFF)
  }

  const submitted = await call(reports.submitReport, reportInput(), LIAISON)
  await call(reports.listMyReports, {}, LIAISON)
  await call(reports.listAssignedReports, {}, EXPERT)
  await call(reports.listReports, {}, STAFF)
  if (submitted.ok) {
    const { reportId } = submitted.data
    await call(reports.getReport, { reportId }, LIAISON)
    await call(reports.acceptReport, { reportId }, EXPERT)
    await call(reports.postMessage, { reportId, idempotencyKey: `msg-${reportId}`, text: '请提供投诉通知的截图。', attachments: [] }, EXPERT)
    await call(reports.listReportEvents, { reportId }, LIAISON)
    await call(reports.revealLiaisonContact, { reportId }, EXPERT)
    await call(reports.provideGuidance, { reportId, guidance: '先提交反通知，同时准备商标注册证明。' }, EXPERT)
    await call(reports.resolveReport, { reportId, summary: '已指导完成反通知，链接恢复。', outcomeCategory: 'guidance_given' }, EXPERT)
    await call(reports.rateReport, { reportId, score: 5, comment: '很及时' }, LIAISON)
  }
  await call(deadlines.listDeadlineRules, {}, STAFF)
  await h.runTimer('reports', 'checkSla')

  await openAgency(h)
  await call(consultations.getAvailability, {}, AGENCY)
  await call(consultations.listProviders, {}, LIAISON)
  await call(consultations.listSlots, { provider: { kind: 'agency', id: 'agency_01' }, from: '2026-11-26' }, LIAISON)
  const booked = await call(consultations.bookConsultation, bookingInput(THU_1000), LIAISON)
  await call(consultations.listMyBookings, {}, LIAISON)
  await call(consultations.listProviderBookings, {}, AGENCY)
  await call(consultations.listAllBookings, {}, STAFF)
  if (booked.ok) {
    const { bookingId } = booked.data as { bookingId: string }
    await call(consultations.getBooking, { bookingId }, LIAISON)
    await call(consultations.cancelBooking, { bookingId, reason: '时间冲突' }, LIAISON)
  }
  await h.runTimer('consultations', 'releaseEndedBookings')

  const sessionId = await publishedSession(h)
  await call(salons.listSessions, {}, LIAISON)
  await call(salons.getSession, { sessionId }, LIAISON)
  await call(salons.registerForSession, registration(sessionId), LIAISON)
  await call(salons.listMyRegistrations, {}, LIAISON)
  await call(salons.listStaffSessions, {}, STAFF)
  await call(salons.getSessionStats, { sessionId }, STAFF)
  await call(salons.searchAttendees, { sessionId, query: '张' }, STAFF)
  await h.runTimer('salons', 'expireHolds')

  await call(directory.searchAgencies, {}, LIAISON)
  await call(experts.searchExperts, {}, LIAISON)
  await call(content.searchContent, {}, LIAISON)
  await call(alerts.getMyAlertSubscription, {}, LIAISON)
  await call(alerts.listAlertSchedules, {}, STAFF)
  await call(alerts.cancelAlertSchedule, { contentId: 'content_not_scheduled' }, STAFF)
  await h.runTimer('alerts', 'publishDue')
  await call(messaging.listMyMessages, {}, LIAISON)
  await call(messaging.getUnreadCount, {}, LIAISON)
  await call(messaging.getMyNotificationSettings, {}, LIAISON)
  await call(messaging.listDeliveryProblems, {}, STAFF)
  await call(messaging.markMessagesRead, { all: true }, LIAISON)
  await call(messaging.requeueDelivery, { deliveryId: 'delivery_not_dead' }, ADMIN)
  await h.runTimer('dispatcher', 'dispatchDue')
  await call(calendar.getWorkingCalendar, {}, STAFF)

  await call(workbench.getDashboard, { period: { kind: 'month', year: 2026, month: 11 } }, STAFF)
  await call(listEnterprises, {}, STAFF)
  await call(listAuditLog, {}, ADMIN)
}

beforeAll(async () => {
  h = await startHarness()
  await tour()
}, 120_000)
afterAll(() => h.close())

/** What the tour recorded, without the rate-limit buckets every function declares for itself. */
function recorded(): Map<string, Set<string>> {
  const touched = new Map<string, Set<string>>()
  for (const [action, collections] of h.collectionsTouched) {
    const own = [...collections].filter((c) => !RATE_LIMITS.has(c))
    if (own.length > 0) touched.set(action, new Set(own))
  }
  return touched
}

describe('every action touches only its function’s declared collections', () => {
  it('the gateway enforces declarations, so every integration scenario checks them too', () => {
    expect(h.runtime.config.enforceDeclaredCollections).toBe(true)
  })

  it('the tour reaches every cloud function and stays inside each declaration', () => {
    const touched = recorded()
    const reached = new Set([...touched.keys()].map((key) => key.split('.')[0]))
    expect([...reached].sort()).toEqual(ALL_FUNCTIONS.map((fn) => fn.name).sort())
    expect(undeclaredTouches(ALL_FUNCTIONS, touched)).toEqual([])
    process.stdout.write(`[boundaries] ${touched.size} actions recorded: ${[...touched.keys()].sort().join(', ')}\n`)
  })

  it('removing any touched collection from a declaration is reported, naming the action and the collection', () => {
    const touched = recorded()
    for (const fn of ALL_FUNCTIONS) {
      const used = new Set([...touched].filter(([key]) => key.startsWith(`${fn.name}.`)).flatMap(([, c]) => [...c]))
      for (const collection of used) {
        const narrowed = { ...fn, collections: fn.collections.filter((spec) => spec.name !== collection) }
        const others = ALL_FUNCTIONS.map((f) => (f === fn ? narrowed : f))
        const messages = undeclaredTouches(others, touched)
        expect(messages.length).toBeGreaterThan(0)
        for (const message of messages) expect(message).toMatch(new RegExp(`^${fn.name}\\.\\w+ touched collection "${collection}"`))
      }
    }
  })

  it('an action that names an undeclared collection fails, and the log names the action and the collection', async () => {
    const withoutOutbox: CloudFunctionDefinition = {
      ...usersFunction,
      collections: usersFunction.collections.filter((spec) => spec.name !== 'notification_outbox'),
    }
    const logged: string[] = []
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '))
    })
    try {
      const openid = 'openid-boundaries-undeclared'
      await call(users.acceptPrivacyGuide, { version: PRIVACY_GUIDE_VERSION }, openid)
      const envelope = await invokeAction(
        withoutOutbox,
        {
          action: 'applyForEnterprise',
          // The demo enterprise's credit code: a join request, which tells its liaisons through the outbox.
          data: { enterpriseName: '许昌瑞发（新联络员）', creditCode: DEMO_CREDIT_CODE, industry: 'hair_products', exportMarkets: ['US'], liaisonName: '钱二', mobile: '13812345678' },
        },
        { kind: 'user', openid, via: 'local-session' },
        h.runtime,
      )
      expect(envelope).toMatchObject({ ok: false, code: 'INTERNAL' })
      expect(logged.join('\n')).toContain('users.applyForEnterprise touched collection "notification_outbox", which users does not declare')
    } finally {
      spy.mockRestore()
    }
  })
})
