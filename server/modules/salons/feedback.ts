import { invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import type { RegistrationRecord } from './records'
import { registrations, sessions } from './registration-repository'

/** After the session starts, an attendee who checked in rates it once (a conditional update on `feedback: null`). */
export async function submitFeedback(
  store: DocumentStore,
  caller: Caller,
  input: { registrationId: string; rating: number; comment: string | null },
  now: Date,
): Promise<RegistrationRecord> {
  const regs = registrations(store)
  const reg = await regs.get(input.registrationId)
  if (!reg || reg.userId !== caller.userId) throw notFound('报名记录不存在')
  const session = await sessions(store).mustGet(reg.sessionId)
  if (now.getTime() < new Date(session.startsAt).getTime()) throw invalidState('活动开始后才能评价')
  if (!reg.checkedInAt) throw invalidState('签到参加活动后才能评价')
  const at = now.toISOString()
  const applied = await regs.col.updateOne(
    reg._id,
    { $set: { feedback: { rating: input.rating, comment: input.comment, at }, updatedAt: at } },
    { feedback: null },
  )
  if (!applied) throw invalidState('您已评价过本场活动')
  return (await regs.get(reg._id)) ?? reg
}
