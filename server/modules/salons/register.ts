import type { RegisterInput } from '../../../types/salons/schemas'
import { formatShanghai } from '../../../types/time'
import { AppError, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { loadUser } from '../users/load-user'
import { ENTERPRISES, type EnterpriseRecord } from '../users/records'
import { offerFreedSeats } from './offer-seats'
import type { RegistrationRecord, SessionRecord } from './records'
import { nextArrivalKey, registrationIdFor, registrations, sessions } from './registration-repository'
import { cancelReminders, notifyRegistrant, scheduleReminders } from './salon-notices'
import { enterpriseSeats, seatLedger } from './seat-ledger'
import { audienceAllows, enterpriseKeyFor, registrationWindowState } from './seat-rules'

async function voidLateRegistrations(store: DocumentStore, session: SessionRecord, regs: RegistrationRecord[], now: Date) {
  const at = now.toISOString()
  const col = registrations(store).col
  for (const reg of regs) {
    if (!(await col.updateOne(reg._id, { $set: { status: 'void', endedAt: at, updatedAt: at } }, { status: { $in: ['confirmed', 'held', 'waiting'] } }))) continue
    await enterpriseSeats(store).release(session._id, reg.enterpriseKey)
    await cancelReminders(store, reg._id, now)
  }
}

/** Why a session takes no registration now, as a typed error the client can show as is. */
export function assertOpenForRegistration(session: SessionRecord, now: Date): void {
  if (session.status === 'draft') throw notFound('活动不存在或尚未发布')
  if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED', '该活动已取消，无法报名')
  const state = registrationWindowState(now, { opensAt: new Date(session.registrationOpensAt), closesAt: new Date(session.registrationClosesAt) })
  if (state === 'not_open') throw new AppError('REGISTRATION_CLOSED', `报名尚未开始，将于 ${formatShanghai(session.registrationOpensAt)} 开放`)
  if (state === 'closed' || now.getTime() >= new Date(session.startsAt).getTime()) throw new AppError('REGISTRATION_CLOSED', '报名已截止')
}

function checkAnswers(session: SessionRecord, input: RegisterInput) {
  const answers = new Map(input.answers.map((a) => [a.questionId, a.answer]))
  const missing = session.questions.filter((q) => q.required && !answers.get(q.questionId))
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `请回答：${missing[0]!.text}`,
      missing.map((q) => ({ path: ['answers', q.questionId], message: `请回答：${q.text}` })),
    )
  }
  return session.questions.map((q) => ({ questionId: q.questionId, answer: answers.get(q.questionId) ?? null }))
}

/**
 * Registers each named attendee: a free seat makes a confirmed registration, otherwise a place on
 * the waiting list. Order of effects (each a conditional write, none read-then-write):
 *  1. one enterprise slot per attendee (bounded increment; all or none for this request);
 *  2. per attendee, an arrival key and a seat claim from the ledger (free ≥ 1 and open);
 *  3. the registration, insert-unless-exists by its request-derived id — a concurrent duplicate
 *     gives back what it claimed.
 * A crash between 2 and 3 can only leave a seat unused, never oversell.
 */
export interface Registered {
  records: RegistrationRecord[]
  /** Waiting-list positions computed during this sign-up, so the answer need not count the line again. */
  positions: Map<string, number>
}

export async function registerForSession(store: DocumentStore, caller: Caller, input: RegisterInput, now: Date): Promise<Registered> {
  const session = await sessions(store).mustGet(input.sessionId)
  const regs = registrations(store)
  const ids = input.attendees.map((_, i) => registrationIdFor(session._id, caller.userId, input.requestKey, i))
  const existing = await regs.col.getByIds(ids)
  if (existing.length === ids.length) return { records: ids.map((id) => existing.find((r) => r._id === id)!), positions: new Map() }

  assertOpenForRegistration(session, now)
  const user = await loadUser(store, caller)
  const enterprise = user.enterpriseId ? await store.collection<EnterpriseRecord>(ENTERPRISES).getById(user.enterpriseId) : null
  if (!audienceAllows(session.audience, enterprise !== null)) {
    throw new AppError('AUDIENCE_RESTRICTED', '本场活动仅限已认证企业报名，请先完成企业登记')
  }
  const answers = checkAnswers(session, input)
  const enterpriseKey = enterpriseKeyFor(user._id, enterprise?._id ?? null)

  const pending = ids.map((id, i) => ({ id, attendee: input.attendees[i]! })).filter((p) => !existing.some((r) => r._id === p.id))
  const quota = enterpriseSeats(store)
  let claimed = 0
  for (; claimed < pending.length; claimed++) {
    if (!(await quota.claim(session._id, enterpriseKey, session.perEnterpriseLimit))) break
  }
  if (claimed < pending.length) {
    for (let i = 0; i < claimed; i++) await quota.release(session._id, enterpriseKey)
    const who = enterprise ? '每家企业' : '每人'
    throw new AppError('ENTERPRISE_LIMIT_REACHED', `${who}本场最多报名 ${session.perEnterpriseLimit} 人（含候补），名额已用完`)
  }

  const ledger = seatLedger(store)
  // Someone already waiting goes first: a newcomer does not take a seat freed for the line.
  const lineExists = (await regs.firstWaiting(session._id)) !== null
  const results: RegistrationRecord[] = [...existing]
  let joinedLine = false
  const positions = new Map<string, number>()
  for (const { id, attendee } of pending) {
    const arrivalKey = nextArrivalKey(now)
    const seated = !lineExists && (await ledger.claimConfirmed(session._id))
    const at = now.toISOString()
    const record: RegistrationRecord = {
      _id: id,
      sessionId: session._id,
      userId: user._id,
      enterpriseKey,
      enterpriseName: enterprise?.name ?? null,
      attendeeName: attendee.name,
      answers,
      status: seated ? 'confirmed' : 'waiting',
      arrivalKey,
      holdExpiresAt: null,
      confirmedAt: seated ? at : null,
      endedAt: null,
      checkedInAt: null,
      checkedInBy: null,
      feedback: null,
      createdAt: at,
      updatedAt: at,
    }
    if (!(await regs.col.insertUnlessExists(record))) {
      if (seated) await ledger.releaseConfirmed(session._id)
      await quota.release(session._id, enterpriseKey)
      const winner = await regs.get(id)
      if (winner) results.push(winner)
      continue
    }
    results.push(record)
    if (seated) {
      await notifyRegistrant(store, record, session, {
        event: 'confirmed',
        statusLabel: '报名成功',
        title: `报名成功：${session.title}`,
        summary: `${record.attendeeName}已报名，活动时间 ${formatShanghai(session.startsAt)}。电子票可在“我的报名”中查看。`,
        at: now,
      })
      await scheduleReminders(store, record, session, now)
    } else {
      joinedLine = true
      const position = (await regs.positionOf(record)) ?? 0
      positions.set(record._id, position)
      await notifyRegistrant(store, record, session, {
        event: 'waiting',
        statusLabel: '已候补',
        title: `已加入候补：${session.title}`,
        summary: `名额已满，${record.attendeeName}已加入候补，当前第 ${position} 位。有席位空出时将按顺序通知，您可随时退出候补。`,
        at: now,
      })
    }
  }
  // Cancelled while this request was in flight: the cancellation's void pass may have run before
  // these rows existed, so they void themselves (the seats stay counted; a cancelled ledger is closed).
  if ((await ledger.get(session._id))?.open === false) {
    await voidLateRegistrations(store, session, results, now)
    throw new AppError('SESSION_CANCELLED', '该活动已取消，无法报名')
  }
  // A seat freed while this request joined the line must not stay free.
  if (joinedLine) await offerFreedSeats(store, session, now)
  const order = new Map(ids.map((id, i) => [id, i]))
  const fresh = await regs.col.getByIds(ids)
  return { records: fresh.sort((a, b) => (order.get(a._id) ?? 0) - (order.get(b._id) ?? 0)), positions }
}
