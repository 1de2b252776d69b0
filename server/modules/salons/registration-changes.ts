import { formatShanghai } from '../../../types/time'
import { AppError, invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { offerFreedSeats } from './offer-seats'
import type { RegistrationRecord } from './records'
import { registrations, sessions } from './registration-repository'
import { cancelReminders, notifyRegistrant, scheduleReminders } from './salon-notices'
import { enterpriseSeats, seatLedger } from './seat-ledger'
import { canCancelSeat } from './seat-rules'

async function ownRegistration(store: DocumentStore, caller: Caller, registrationId: string): Promise<RegistrationRecord> {
  const reg = await registrations(store).get(registrationId)
  if (!reg || reg.userId !== caller.userId) throw notFound('报名记录不存在')
  return reg
}

/**
 * The registrant ends a registration: cancels a confirmed seat (until the cutoff), declines an
 * offered seat, or leaves the waiting list (any time). The status change is conditional on the
 * status just read, so it races safely with a promotion, a hold expiry or check-in; only the
 * caller whose change applied moves the seat and the enterprise slot, then offers the seat on.
 */
export async function cancelRegistration(store: DocumentStore, caller: Caller, registrationId: string, now: Date): Promise<RegistrationRecord> {
  const regs = registrations(store)
  for (let attempt = 0; attempt < 3; attempt++) {
    const reg = await ownRegistration(store, caller, registrationId)
    const session = await sessions(store).mustGet(reg.sessionId)
    const at = now.toISOString()
    if (reg.status === 'confirmed') {
      if (reg.checkedInAt) throw invalidState('已签到，无法取消报名')
      if (!canCancelSeat(now, new Date(session.startsAt), session.cancelCutoffHours)) {
        throw invalidState(`活动开始前 ${session.cancelCutoffHours} 小时内不能取消报名`)
      }
    } else if (reg.status !== 'held' && reg.status !== 'waiting') {
      return reg
    }
    const next = reg.status === 'waiting' ? 'left' : 'cancelled'
    const applied = await regs.col.updateOne(
      reg._id,
      { $set: { status: next, endedAt: at, holdExpiresAt: null, updatedAt: at } },
      { status: reg.status, checkedInAt: null },
    )
    if (!applied) continue // promoted, expired or checked in meanwhile: decide again on the new status
    const ledger = seatLedger(store)
    if (reg.status === 'confirmed') await ledger.releaseConfirmed(session._id)
    if (reg.status === 'held') await ledger.releaseHeld(session._id)
    await enterpriseSeats(store).release(session._id, reg.enterpriseKey)
    await cancelReminders(store, reg._id, now)
    if (reg.status !== 'waiting') await offerFreedSeats(store, session, now)
    return (await regs.get(reg._id)) ?? reg
  }
  throw new AppError('CONFLICT', '报名状态正在变化，请稍后重试')
}

/** The holder takes the offered seat — only while the hold has not expired (the timer's condition is the mirror image). */
export async function confirmHold(store: DocumentStore, caller: Caller, registrationId: string, now: Date): Promise<RegistrationRecord> {
  const regs = registrations(store)
  const reg = await ownRegistration(store, caller, registrationId)
  if (reg.status === 'confirmed') return reg
  const at = now.toISOString()
  const applied = await regs.col.updateOne(
    reg._id,
    { $set: { status: 'confirmed', confirmedAt: at, holdExpiresAt: null, updatedAt: at } },
    { status: 'held', holdExpiresAt: { $gt: at } },
  )
  if (!applied) {
    const current = await regs.get(reg._id)
    if (current?.status === 'confirmed') return current
    if (current?.status === 'expired' || current?.status === 'held') {
      throw new AppError('HOLD_EXPIRED', '保留时间已过，席位已让给下一位候补者')
    }
    throw invalidState('该报名没有待确认的席位')
  }
  const session = await sessions(store).mustGet(reg.sessionId)
  await seatLedger(store).confirmHeld(session._id)
  const confirmed = (await regs.get(reg._id)) ?? reg
  await notifyRegistrant(store, confirmed, session, {
    event: 'confirmed',
    statusLabel: '报名成功',
    title: `报名成功：${session.title}`,
    summary: `${confirmed.attendeeName}已确认递补席位，活动时间 ${formatShanghai(session.startsAt)}。`,
    at: now,
  })
  await scheduleReminders(store, confirmed, session, now)
  return confirmed
}

/**
 * Timer: every hold past its expiry becomes `expired` (conditional on still being held and due,
 * so a holder confirming at the same moment either wins entirely or loses entirely), its seat
 * returns to free and goes to the next in line.
 */
export async function expireHolds(store: DocumentStore, now: Date): Promise<{ expired: number; offered: number }> {
  const regs = registrations(store)
  const at = now.toISOString()
  const due = await regs.col.find({ status: 'held', holdExpiresAt: { $lte: at } }, { orderBy: [['holdExpiresAt', 'asc']], limit: 200 })
  let expired = 0
  const touched = new Set<string>()
  for (const reg of due) {
    const applied = await regs.col.updateOne(
      reg._id,
      { $set: { status: 'expired', endedAt: at, holdExpiresAt: null, updatedAt: at } },
      { status: 'held', holdExpiresAt: { $lte: at } },
    )
    if (!applied) continue
    expired += 1
    touched.add(reg.sessionId)
    await seatLedger(store).releaseHeld(reg.sessionId)
    await enterpriseSeats(store).release(reg.sessionId, reg.enterpriseKey)
    const session = await sessions(store).mustGet(reg.sessionId)
    await notifyRegistrant(store, reg, session, {
      event: `expired.${new Date(reg.holdExpiresAt ?? at).getTime()}`,
      statusLabel: '递补过期',
      title: `递补席位已过期：${session.title}`,
      summary: `${reg.attendeeName}的递补席位未在保留时间内确认，已让给下一位候补者。`,
      at: now,
    })
  }
  let offered = 0
  // Also sessions with a free seat and a line but no expiry now: a crashed offer is retried here.
  const open = await sessions(store).col.find({ status: 'published', startsAt: { $gt: at } }, { limit: 200 })
  for (const session of open) {
    if (!touched.has(session._id) && (await regs.waitingCount(session._id)) === 0) continue
    offered += await offerFreedSeats(store, session, now)
  }
  return { expired, offered }
}

