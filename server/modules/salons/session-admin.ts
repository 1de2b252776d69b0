import type { SessionInput } from '../../../types/salons/schemas'
import { formatShanghai } from '../../../types/time'
import { AppError, conflict, invalidState } from '../../core/app-error'
import { newId } from '../../core/new-id'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { offerFreedSeats } from './offer-seats'
import type { RegistrationRecord, SessionRecord } from './records'
import { registrations, sessions } from './registration-repository'
import { cancelReminders, notifyRegistrant, scheduleReminders } from './salon-notices'
import { enterpriseSeats, seatLedger } from './seat-ledger'
import { capacityChange } from './seat-rules'

function checkTimes(input: SessionInput) {
  const issues: { path: string[]; message: string }[] = []
  const t = (iso: string) => new Date(iso).getTime()
  if (t(input.endsAt) <= t(input.startsAt)) issues.push({ path: ['endsAt'], message: '结束时间应晚于开始时间' })
  if (t(input.registrationClosesAt) <= t(input.registrationOpensAt)) issues.push({ path: ['registrationClosesAt'], message: '报名截止应晚于报名开始' })
  if (t(input.registrationClosesAt) > t(input.startsAt)) issues.push({ path: ['registrationClosesAt'], message: '报名截止不能晚于活动开始' })
  if (!input.place && !input.onlineUrl) issues.push({ path: ['place'], message: '请填写活动地点或线上链接' })
  const ids = input.questions.map((q) => q.questionId)
  if (new Set(ids).size !== ids.length) issues.push({ path: ['questions'], message: '报名问题编号重复' })
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues[0]!.message, issues)
}

function fields(input: SessionInput) {
  return {
    title: input.title,
    topic: input.topic,
    description: input.description,
    speakers: input.speakers,
    coverFileId: input.coverFileId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place,
    onlineUrl: input.onlineUrl,
    capacity: input.capacity,
    perEnterpriseLimit: input.perEnterpriseLimit,
    registrationOpensAt: input.registrationOpensAt,
    registrationClosesAt: input.registrationClosesAt,
    cancelCutoffHours: input.cancelCutoffHours,
    audience: input.audience,
    questions: input.questions,
  }
}

export async function createSession(store: DocumentStore, caller: Caller, input: SessionInput, now: Date): Promise<SessionRecord> {
  checkTimes(input)
  const at = now.toISOString()
  const record: SessionRecord = { _id: newId('ss'), ...fields(input), status: 'draft', cancelReason: null, createdBy: caller.userId, createdAt: at, updatedAt: at }
  await seatLedger(store).create(record._id, record.capacity, now)
  await sessions(store).col.insert(record)
  return record
}

export async function publishSession(store: DocumentStore, sessionId: string, now: Date): Promise<SessionRecord> {
  const repo = sessions(store)
  const session = await repo.mustGet(sessionId)
  if (session.status === 'published') return session
  if (session.status === 'cancelled') throw invalidState('已取消的活动不能发布')
  await repo.col.updateOne(sessionId, { $set: { status: 'published', updatedAt: now.toISOString() } }, { status: 'draft' })
  return repo.mustGet(sessionId)
}

async function activeRegistrations(store: DocumentStore, sessionId: string): Promise<RegistrationRecord[]> {
  const all: RegistrationRecord[] = []
  const col = registrations(store).col
  for (let skip = 0; ; skip += 1000) {
    const page = await col.find({ sessionId, status: { $in: ['confirmed', 'held', 'waiting'] } }, { orderBy: [['arrivalKey', 'asc']], limit: 1000, skip })
    all.push(...page)
    if (page.length < 1000) return all
  }
}

/**
 * Staff edit a session. Capacity changes move `capacity` and `free` together in one conditional
 * update (never below the seats taken); registrants are told when the time or the place changes
 * and their reminders are rescheduled.
 */
export async function updateSession(store: DocumentStore, sessionId: string, input: SessionInput, now: Date): Promise<SessionRecord> {
  checkTimes(input)
  const repo = sessions(store)
  const before = await repo.mustGet(sessionId)
  if (before.status === 'cancelled') throw invalidState('已取消的活动不能修改')
  const ledger = seatLedger(store)
  const seats = await ledger.get(sessionId)
  if (!seats) throw new Error(`seat ledger missing for ${sessionId}`)
  const change = capacityChange(seats, input.capacity)
  if (!change.allowed || !(await ledger.resize(sessionId, change.delta))) {
    throw conflict(`已有 ${seats.confirmed + seats.held} 人占用席位，名额不能少于此数`)
  }
  const at = now.toISOString()
  const applied = await repo.col.updateOne(sessionId, { $set: { ...fields(input), updatedAt: at } }, { updatedAt: before.updatedAt, status: before.status })
  if (!applied) {
    await ledger.resize(sessionId, -change.delta)
    throw conflict('活动刚被其他人修改，请刷新后再试')
  }
  const after = await repo.mustGet(sessionId)
  const timeChanged = before.startsAt !== after.startsAt || before.endsAt !== after.endsAt
  const placeChanged = JSON.stringify(before.place) !== JSON.stringify(after.place) || before.onlineUrl !== after.onlineUrl
  if (after.status === 'published' && (timeChanged || placeChanged)) {
    const what = [timeChanged ? `时间改为 ${formatShanghai(after.startsAt)}` : null, placeChanged ? `地点改为 ${after.place?.name ?? '线上'}` : null]
      .filter(Boolean)
      .join('，')
    for (const reg of await activeRegistrations(store, sessionId)) {
      await notifyRegistrant(store, reg, after, {
        event: `changed.${now.getTime()}`,
        statusLabel: '活动变更',
        title: `活动变更：${after.title}`,
        summary: `您报名的活动${what}。`,
        at: now,
        kind: 'session_changed',
      })
      if (timeChanged && reg.status === 'confirmed') {
        await cancelReminders(store, reg._id, now)
        await scheduleReminders(store, reg, after, now)
      }
    }
  }
  if (change.delta > 0) await offerFreedSeats(store, after, now)
  return after
}

/**
 * Cancels the session: the ledger closes first (no seat claim can land afterwards), then every
 * active registration becomes void by a conditional update, its reminders stop and its
 * registrant is told. Tickets of void registrations are refused at check-in.
 */
export async function cancelSession(store: DocumentStore, sessionId: string, reason: string, now: Date): Promise<SessionRecord> {
  const repo = sessions(store)
  const session = await repo.mustGet(sessionId)
  const at = now.toISOString()
  await seatLedger(store).close(sessionId, now)
  await repo.col.updateOne(sessionId, { $set: { status: 'cancelled', cancelReason: reason, updatedAt: at } }, { status: { $ne: 'cancelled' } })
  const cancelled = await repo.mustGet(sessionId)
  const regs = registrations(store)
  for (const reg of await activeRegistrations(store, sessionId)) {
    if (!(await regs.col.updateOne(reg._id, { $set: { status: 'void', endedAt: at, holdExpiresAt: null, updatedAt: at } }, { status: reg.status }))) continue
    await enterpriseSeats(store).release(sessionId, reg.enterpriseKey)
    await cancelReminders(store, reg._id, now)
    if (session.status === 'published') {
      await notifyRegistrant(store, reg, cancelled, {
        event: 'session_cancelled',
        statusLabel: '活动取消',
        title: `活动取消：${cancelled.title}`,
        summary: `很抱歉，您报名的活动已取消（${reason}），电子票作废。`,
        at: now,
        kind: 'session_cancelled',
      })
    }
  }
  return cancelled
}
