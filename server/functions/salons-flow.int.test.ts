import {
  cancelRegistration,
  cancelSession,
  checkIn,
  createSession,
  exportAttendees,
  getSession,
  getSessionStats,
  getTicket,
  listSessions,
  registerForSession,
  searchAttendees,
  submitFeedback,
  updateSession,
} from '../../types/salons/contracts'
import { listMyMessages } from '../../types/messaging/contracts'
import { startHarness, type GatewayHarness } from '../../tests/support/gateway-harness'
import { expectConsistentSeats, LIAISON, publishedSession, registration, sessionInput, STAFF, VISITOR } from '../modules/salons/testing/salons-fixture'

let h: GatewayHarness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(() => h.close())

describe('salons: registration rules give typed Chinese errors and write nothing', () => {
  it('refuses outside the window, for a cancelled session, beyond the enterprise limit and outside the audience', async () => {
    const early = await publishedSession(h, { registrationOpensAt: '2026-11-26T00:00:00.000Z' })
    expect(await h.call(registerForSession, registration(early), VISITOR)).toMatchObject({
      ok: false,
      code: 'REGISTRATION_CLOSED',
      message: '报名尚未开始，将于 2026-11-26 08:00 开放',
    })

    const late = await publishedSession(h, { registrationClosesAt: '2026-11-25T01:00:00.000Z' })
    expect(await h.call(registerForSession, registration(late), VISITOR)).toMatchObject({ ok: false, code: 'REGISTRATION_CLOSED', message: '报名已截止' })

    const cancelled = await publishedSession(h)
    await h.ok(cancelSession, { sessionId: cancelled, reason: '场地调整' }, STAFF)
    expect(await h.call(registerForSession, registration(cancelled), VISITOR)).toMatchObject({
      ok: false,
      code: 'SESSION_CANCELLED',
      message: '该活动已取消，无法报名',
    })

    // The demo liaison's enterprise may bring two people; a third (even in another request) is refused.
    const limited = await publishedSession(h)
    const two = await h.ok(registerForSession, registration(limited, ['王联络', '李业务']), LIAISON)
    expect(two.registrations.map((r) => r.status)).toEqual(['confirmed', 'confirmed'])
    expect(two.registrations[0]!.enterpriseName).toBe('许昌瑞发发制品有限公司')
    expect(await h.call(registerForSession, registration(limited, ['赵第三']), LIAISON)).toMatchObject({
      ok: false,
      code: 'ENTERPRISE_LIMIT_REACHED',
      message: '每家企业本场最多报名 2 人（含候补），名额已用完',
    })
    // Three at once from a person without an enterprise: refused as a whole, nothing claimed.
    expect(await h.call(registerForSession, registration(limited, ['甲', '乙', '丙']), VISITOR)).toMatchObject({ ok: false, code: 'ENTERPRISE_LIMIT_REACHED' })
    expect((await h.ok(getSession, { sessionId: limited }, VISITOR)).seatsLeft).toBe(98)

    const restricted = await publishedSession(h, { audience: 'verified_enterprises' })
    expect(await h.call(registerForSession, registration(restricted), VISITOR)).toMatchObject({
      ok: false,
      code: 'AUDIENCE_RESTRICTED',
      message: '本场活动仅限已认证企业报名，请先完成企业登记',
    })
    expect((await h.ok(registerForSession, registration(restricted, ['王联络']), LIAISON)).registrations[0]!.status).toBe('confirmed')
  })

  it('names the unanswered required question and invalid attendees, and checks roles', async () => {
    const sessionId = await publishedSession(h)
    const unanswered = await h.call(registerForSession, registration(sessionId, ['张三'], { answers: [] }), VISITOR)
    expect(unanswered).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '请回答：主要出口市场' })
    const noName = await h.call(registerForSession, registration(sessionId, ['  ']), VISITOR)
    expect(noName).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '请填写参会人姓名' })
    const six = await h.call(registerForSession, registration(sessionId, ['a', 'b', 'c', 'd', 'e', 'f']), VISITOR)
    expect(six).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '一次最多报名 5 人' })
    expect((await h.ok(getSession, { sessionId }, VISITOR)).seatsLeft).toBe(100)

    expect(await h.call(createSession, sessionInput(), VISITOR)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(checkIn, { sessionId, ticketCode: 'x' }, LIAISON)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call(registerForSession, registration(sessionId), null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    const badTimes = await h.call(createSession, sessionInput({ endsAt: '2026-11-28T01:00:00.000Z' }), STAFF)
    expect(badTimes).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: '结束时间应晚于开始时间' })
    // Drafts are invisible to attendees.
    const { sessionId: draft } = await h.ok(createSession, sessionInput(), STAFF)
    expect(await h.call(getSession, { sessionId: draft }, VISITOR)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect((await h.ok(listSessions, {}, VISITOR)).items.map((s) => s.sessionId)).toEqual([sessionId])
  })

  it('lets a seat be cancelled only until the cutoff; leaving the line is always allowed', async () => {
    const sessionId = await publishedSession(h, { capacity: 1 })
    const [seat] = (await h.ok(registerForSession, registration(sessionId), VISITOR)).registrations
    const [waiter] = (await h.ok(registerForSession, registration(sessionId), LIAISON)).registrations
    expect(waiter).toMatchObject({ status: 'waiting', position: 1 })
    h.clock.set('2026-11-27T23:40:00.000Z') // 1 h 50 min before the start
    expect(await h.call(cancelRegistration, { registrationId: seat!.registrationId }, VISITOR)).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
      message: '活动开始前 2 小时内不能取消报名',
    })
    expect((await h.ok(cancelRegistration, { registrationId: waiter!.registrationId }, LIAISON)).status).toBe('left')
    // Someone else's registration does not exist for the caller.
    expect(await h.call(cancelRegistration, { registrationId: seat!.registrationId }, LIAISON)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    await expectConsistentSeats(h, sessionId)
  })
})

describe('salons: check-in', () => {
  it('admits a ticket once, refuses replays, forgeries, other sessions and cancelled tickets', async () => {
    const sessionId = await publishedSession(h)
    const other = await publishedSession(h, { title: '欧盟外观设计保护培训' })
    const [ticket] = (await h.ok(registerForSession, registration(sessionId, ['王联络']), LIAISON)).registrations
    const [otherTicket] = (await h.ok(registerForSession, registration(other, ['王联络']), LIAISON)).registrations
    const code = ticket!.ticketCode!

    const admitted = await h.ok(checkIn, { sessionId, ticketCode: code }, STAFF)
    expect(admitted).toMatchObject({ admitted: true, message: '已签到', attendeeName: '王联络', enterpriseName: '许昌瑞发发制品有限公司' })
    const replay = await h.ok(checkIn, { sessionId, ticketCode: code }, STAFF)
    expect(replay).toMatchObject({ admitted: false, refusal: 'already_checked_in', message: '已于 10:00 签到过，请勿重复使用' })

    const forged = code.replace(/.$/, code.endsWith('A') ? 'B' : 'A')
    expect(await h.ok(checkIn, { sessionId, ticketCode: forged }, STAFF)).toMatchObject({ admitted: false, refusal: 'forged' })
    expect(await h.ok(checkIn, { sessionId, ticketCode: 'hello' }, STAFF)).toMatchObject({ admitted: false, refusal: 'forged' })
    // A genuine ticket of another session, and a genuine MAC pasted onto another session id.
    expect(await h.ok(checkIn, { sessionId, ticketCode: otherTicket!.ticketCode! }, STAFF)).toMatchObject({ admitted: false, refusal: 'other_session', message: '不是本场活动的电子票' })
    const moved = code.replace(sessionId, other)
    expect(await h.ok(checkIn, { sessionId: other, ticketCode: moved }, STAFF)).toMatchObject({ admitted: false, refusal: 'forged' })

    // A cancelled registration's ticket is refused even though its code is genuine.
    await h.ok(cancelRegistration, { registrationId: otherTicket!.registrationId }, LIAISON)
    expect(await h.ok(checkIn, { sessionId: other, ticketCode: otherTicket!.ticketCode! }, STAFF)).toMatchObject({
      admitted: false,
      refusal: 'cancelled',
      message: '该报名已取消，电子票作废',
    })
  })

  it('two scanners reading one ticket at once admit it exactly once; name search checks in too', async () => {
    const sessionId = await publishedSession(h)
    const [ticket] = (await h.ok(registerForSession, registration(sessionId, ['王联络']), LIAISON)).registrations
    const scans = await Promise.all([1, 2, 3].map(() => h.ok(checkIn, { sessionId, ticketCode: ticket!.ticketCode! }, STAFF)))
    expect(scans.filter((s) => s.admitted)).toHaveLength(1)
    expect(scans.filter((s) => s.refusal === 'already_checked_in')).toHaveLength(2)

    const [byName] = (await h.ok(registerForSession, registration(sessionId, ['李明']), VISITOR)).registrations
    const found = await h.ok(searchAttendees, { sessionId, name: '李' }, STAFF)
    expect(found.items.map((i) => i.attendeeName)).toEqual(['李明'])
    expect(await h.ok(checkIn, { sessionId, registrationId: byName!.registrationId }, STAFF)).toMatchObject({ admitted: true, attendeeName: '李明' })
  })

  it('cancelling the session voids every ticket, tells everyone and stops reminders', async () => {
    const sessionId = await publishedSession(h, { capacity: 1 })
    const [ticket] = (await h.ok(registerForSession, registration(sessionId, ['王联络']), LIAISON)).registrations
    const [waiter] = (await h.ok(registerForSession, registration(sessionId, ['访客']), VISITOR)).registrations
    await h.ok(cancelSession, { sessionId, reason: '主讲人行程变化' }, STAFF)
    expect(await h.ok(checkIn, { sessionId, ticketCode: ticket!.ticketCode! }, STAFF)).toMatchObject({ admitted: false, refusal: 'session_cancelled' })
    const voided = await h.ok(getTicket, { registrationId: ticket!.registrationId }, LIAISON)
    expect(voided).toMatchObject({ status: 'void', ticketCode: null })
    expect((await h.ok(getTicket, { registrationId: waiter!.registrationId }, VISITOR)).status).toBe('void')
    await h.runTimer('dispatcher', 'dispatchDue')
    const titles = (await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)
    expect(titles).toContain('活动取消：美国商标维权实务沙龙')
    // The reminders due Friday and Saturday never arrive.
    h.clock.set('2026-11-28T01:00:00.000Z')
    await h.runTimer('dispatcher', 'dispatchDue')
    const later = (await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)
    expect(later.filter((t) => t.startsWith('活动提醒'))).toEqual([])
  })
})

describe('salons: online sessions', () => {
  it('shows the online link only to staff and to people holding a confirmed seat', async () => {
    const sessionId = await publishedSession(h, { capacity: 1, place: null, onlineUrl: 'https://meeting.example.cn/j/123456' })
    expect((await h.ok(getSession, { sessionId }, VISITOR)).onlineUrl).toBeNull()
    const [seat] = (await h.ok(registerForSession, registration(sessionId, ['王联络']), LIAISON)).registrations
    const [waiter] = (await h.ok(registerForSession, registration(sessionId, ['访客']), VISITOR)).registrations
    expect((await h.ok(getSession, { sessionId }, LIAISON)).onlineUrl).toBe('https://meeting.example.cn/j/123456')
    expect((await h.ok(getTicket, { registrationId: seat!.registrationId }, LIAISON)).session.onlineUrl).toBe('https://meeting.example.cn/j/123456')
    expect((await h.ok(getSession, { sessionId }, VISITOR)).onlineUrl).toBeNull()
    expect((await h.ok(getTicket, { registrationId: waiter!.registrationId }, VISITOR)).session.onlineUrl).toBeNull()
    expect((await h.ok(getSession, { sessionId }, STAFF)).onlineUrl).toBe('https://meeting.example.cn/j/123456')
  })
})

describe('salons: cancellation racing registrations', () => {
  it('leaves no live registration on a session cancelled while sign-ups are in flight', async () => {
    const sessionId = await publishedSession(h, { capacity: 5 })
    const signUps = Array.from({ length: 20 }, (_, i) => h.call(registerForSession, registration(sessionId), `openid-racer-${i}`))
    const [cancel, ...outcomes] = await Promise.all([h.call(cancelSession, { sessionId, reason: '场地调整' }, STAFF), ...signUps])
    expect(cancel.ok).toBe(true)
    for (const outcome of outcomes) {
      if (!outcome.ok) expect(outcome.code).toBe('SESSION_CANCELLED')
    }
    const stats = await h.ok(getSessionStats, { sessionId }, STAFF)
    expect(stats).toMatchObject({ registrations: 0, holding: 0, seats: { waiting: 0 } })
    expect(stats.seats.confirmed + stats.seats.held + stats.seats.free).toBe(5)
    for (let i = 0; i < 20; i++) {
      const mine = await h.ok(getSession, { sessionId }, `openid-racer-${i}`)
      expect(mine.myRegistrations.every((r) => r.status === 'void')).toBe(true)
    }
  })
})

describe('salons: reminders, changes, feedback and stats', () => {
  it('reminds the day before and the hour before; a time change tells registrants and moves the reminders', async () => {
    const sessionId = await publishedSession(h)
    await h.ok(registerForSession, registration(sessionId, ['王联络']), LIAISON)
    await h.ok(updateSession, { sessionId, ...sessionInput({ startsAt: '2026-11-28T02:30:00.000Z', endsAt: '2026-11-28T05:00:00.000Z' }) }, STAFF)
    await h.runTimer('dispatcher', 'dispatchDue')
    let titles = (await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)
    expect(titles).toEqual(expect.arrayContaining(['报名成功：美国商标维权实务沙龙', '活动变更：美国商标维权实务沙龙']))
    expect(titles.filter((t) => t.startsWith('活动提醒'))).toEqual([])

    h.clock.set('2026-11-27T02:30:00.000Z') // a day before the new start (10:30 Shanghai)
    await h.runTimer('dispatcher', 'dispatchDue')
    h.clock.set('2026-11-28T01:30:00.000Z') // an hour before the new start; the old hour-before reminder was due at 00:30
    await h.runTimer('dispatcher', 'dispatchDue')
    titles = (await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)
    expect(titles.filter((t) => t.startsWith('活动提醒'))).toHaveLength(2)
  })

  it('takes one rating per attendee after check-in, and staff see attendance, no-shows and export the list', async () => {
    const sessionId = await publishedSession(h)
    const [came] = (await h.ok(registerForSession, registration(sessionId, ['王联络']), LIAISON)).registrations
    await h.ok(registerForSession, registration(sessionId, ['访客']), VISITOR)
    expect(await h.call(submitFeedback, { registrationId: came!.registrationId, rating: 5, comment: null }, LIAISON)).toMatchObject({
      ok: false,
      message: '活动开始后才能评价',
    })
    h.clock.set('2026-11-28T01:20:00.000Z')
    await h.ok(checkIn, { sessionId, ticketCode: came!.ticketCode! }, STAFF)
    await h.runTimer('dispatcher', 'dispatchDue')
    expect((await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)).not.toContain('活动评价：美国商标维权实务沙龙')
    h.clock.set('2026-11-28T05:00:00.000Z')
    // The invitation to rate waited in the outbox for the end of the session.
    await h.runTimer('dispatcher', 'dispatchDue')
    expect((await h.ok(listMyMessages, {}, LIAISON)).items.map((m) => m.title)).toContain('活动评价：美国商标维权实务沙龙')
    expect((await h.ok(listMyMessages, {}, VISITOR)).items.map((m) => m.title)).not.toContain('活动评价：美国商标维权实务沙龙')
    const rated = await h.ok(submitFeedback, { registrationId: came!.registrationId, rating: 5, comment: '案例很实用' }, LIAISON)
    expect(rated.feedback).toEqual({ rating: 5, comment: '案例很实用' })
    expect(await h.call(submitFeedback, { registrationId: came!.registrationId, rating: 1, comment: null }, LIAISON)).toMatchObject({
      ok: false,
      message: '您已评价过本场活动',
    })
    expect(await h.call(submitFeedback, { registrationId: came!.registrationId, rating: 6, comment: null }, LIAISON)).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
      message: '请选择 1–5 分',
    })

    const stats = await h.ok(getSessionStats, { sessionId }, STAFF)
    expect(stats).toMatchObject({ registrations: 2, attended: 1, attendanceRate: 0.5, noShows: 1, feedbackCount: 1, averageRating: 5 })
    expect(stats.comments.map((c) => c.comment)).toEqual(['案例很实用'])

    const csv = await h.ok(exportAttendees, { sessionId, format: 'csv' }, STAFF)
    expect(csv.rowCount).toBe(2)
    const lines = csv.content.replace('\uFEFF', '').trim().split('\r\n')
    expect(lines[0]).toBe('参会人,企业,状态,报名时间,签到时间,评分,意见,主要出口市场')
    expect(lines[1]).toBe('王联络,许昌瑞发发制品有限公司,已报名,2026-11-25 10:00,2026-11-28 09:20,5,案例很实用,美国')
    const xlsx = await h.ok(exportAttendees, { sessionId, format: 'xlsx' }, STAFF)
    expect(Buffer.from(xlsx.content, 'base64').subarray(0, 2).toString()).toBe('PK')
  })
})
