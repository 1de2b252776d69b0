import type { CheckInResult } from '../../../types/salons/schemas'
import { formatShanghai } from '../../../types/time'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import type { RegistrationRecord } from './records'
import { registrations, sessions } from './registration-repository'
import { notifyRegistrant } from './salon-notices'
import { verifyTicket } from './ticket-signature'

type Refusal = NonNullable<CheckInResult['refusal']>

function refuse(refusal: Refusal, message: string, reg: RegistrationRecord | null = null): CheckInResult {
  return {
    admitted: false,
    refusal,
    message,
    attendeeName: reg?.attendeeName ?? null,
    enterpriseName: reg?.enterpriseName ?? null,
    checkedInAt: reg?.checkedInAt ?? null,
  }
}

/**
 * Staff admit one attendee at the door, by a scanned ticket code or by a registration picked from
 * a name search. The code's MAC names the session, so a ticket for another session is refused;
 * the registration must be confirmed right now (cancelled and void tickets are refused even if
 * the code is genuine); and the check-in itself is one conditional update on `checkedInAt: null`,
 * so of two scanners reading the same ticket at once exactly one admits it.
 */
export async function checkIn(
  store: DocumentStore,
  caller: Caller,
  input: { sessionId: string; ticketCode?: string; registrationId?: string },
  secret: string,
  now: Date,
): Promise<CheckInResult> {
  const session = await sessions(store).mustGet(input.sessionId)
  let registrationId = input.registrationId ?? null
  if (input.ticketCode !== undefined) {
    const claim = verifyTicket(secret, input.ticketCode)
    if (!claim) return refuse('forged', '无效票码：不是本系统签发的电子票')
    if (claim.sessionId !== session._id) return refuse('other_session', '不是本场活动的电子票')
    registrationId = claim.registrationId
  }
  if (!registrationId) return refuse('forged', '请扫描电子票或按姓名查找')
  const regs = registrations(store)
  const reg = await regs.get(registrationId)
  if (!reg || reg.sessionId !== session._id) return refuse('other_session', '不是本场活动的报名')
  if (session.status === 'cancelled' || reg.status === 'void') return refuse('session_cancelled', '活动已取消，电子票作废', reg)
  if (reg.status === 'cancelled') return refuse('cancelled', '该报名已取消，电子票作废', reg)
  if (reg.status !== 'confirmed') return refuse('not_confirmed', '该报名尚未确认席位，不能签到', reg)
  if (reg.checkedInAt) return refuse('already_checked_in', `已于 ${formatShanghai(reg.checkedInAt, 'HH:mm')} 签到过，请勿重复使用`, reg)

  const at = now.toISOString()
  const admitted = await regs.col.updateOne(
    reg._id,
    { $set: { checkedInAt: at, checkedInBy: caller.userId, updatedAt: at } },
    { status: 'confirmed', checkedInAt: null },
  )
  const current = (await regs.get(reg._id)) ?? reg
  if (!admitted) {
    if (current.checkedInAt) return refuse('already_checked_in', `已于 ${formatShanghai(current.checkedInAt, 'HH:mm')} 签到过，请勿重复使用`, current)
    return refuse('cancelled', '该报名已取消，电子票作废', current)
  }
  // The feedback invitation waits in the outbox until the session ends (the dispatcher sends it then).
  await notifyRegistrant(store, current, session, {
    event: 'feedback',
    statusLabel: '请您评价',
    title: `活动评价：${session.title}`,
    summary: `感谢${current.attendeeName}参加，请在电子票页面为本场活动打分并提出建议。`,
    at: now,
    notBefore: new Date(session.endsAt),
  })
  return { admitted: true, refusal: null, message: '已签到', attendeeName: current.attendeeName, enterpriseName: current.enterpriseName, checkedInAt: at }
}
