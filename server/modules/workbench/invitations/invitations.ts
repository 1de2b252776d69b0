import { createHash, randomInt } from 'node:crypto'
import { forbidden, invalidState, notFound } from '../../../core/app-error'
import type { Caller } from '../../../core/caller'
import type { DocumentStore } from '../../../ports/document-store'
import { ENTERPRISES, USERS, type EnterpriseRecord, type UserRecord } from '../../users/records'
import { INVITATIONS, type InvitationRecord } from './records'

/** No 0/O, 1/I/L: codes are read aloud and typed by people. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const DAY = 24 * 3600_000
export const REDEEM_PAGE = 'packages/workbench/redeem/index'

function newCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

/** Only a hash of the code is stored: the log and the database never show a usable code. */
export function invitationIdFor(code: string): string {
  return `inv_${createHash('sha256').update(`invitation:${code}`).digest('hex').slice(0, 32)}`
}

export type InvitationInput =
  | { role: 'expert' | 'agency'; validDays: number }
  | { role: 'liaison'; enterpriseId: string; replaceUserId: string | null; validDays: number }

export async function createInvitation(store: DocumentStore, caller: Caller, input: InvitationInput, now: Date) {
  let enterpriseId: string | null = null
  let replaceUserId: string | null = null
  if (input.role === 'liaison') {
    const enterprise = await store.collection<EnterpriseRecord>(ENTERPRISES).getById(input.enterpriseId)
    if (!enterprise) throw notFound('没有找到该企业')
    if (input.replaceUserId && !enterprise.liaisonUserIds.includes(input.replaceUserId)) throw invalidState('被替换的用户不是这家企业的联络员')
    enterpriseId = enterprise._id
    replaceUserId = input.replaceUserId
  }
  const code = newCode()
  const expiresAt = new Date(now.getTime() + input.validDays * DAY).toISOString()
  await store.collection<InvitationRecord>(INVITATIONS).insert({
    _id: invitationIdFor(code),
    role: input.role,
    enterpriseId,
    replaceUserId,
    createdBy: caller.userId,
    createdAt: now.toISOString(),
    expiresAt,
    status: 'open',
    redeemedBy: null,
    redeemedAt: null,
  })
  return { code, expiresAt, role: input.role, page: `${REDEEM_PAGE}?code=${code}` }
}

/**
 * Single use under concurrency: the claim is ONE conditional update (open and unexpired → redeemed
 * by this user); of two simultaneous redemptions exactly one applies. Then the role is granted —
 * for a liaison, in a by-id transaction with the enterprise (and the replaced liaison's removal).
 */
export async function redeemInvitation(store: DocumentStore, caller: Caller, code: string, now: Date) {
  const invitations = store.collection<InvitationRecord>(INVITATIONS)
  const id = invitationIdFor(code)
  const invitation = await invitations.getById(id)
  if (!invitation) throw notFound('邀请码不存在，请核对后重新输入')
  if (invitation.createdBy === caller.userId) throw forbidden('不能使用自己生成的邀请码')
  if (invitation.status !== 'open') throw invalidState('该邀请码已被使用')
  if (invitation.expiresAt <= now.toISOString()) throw invalidState('该邀请码已过期，请联系工作人员重新邀请')
  if (invitation.role === 'liaison') {
    const user = await store.collection<UserRecord>(USERS).getById(caller.userId)
    if (user?.enterpriseId && user.enterpriseId !== invitation.enterpriseId) throw invalidState('您已是其他企业的联络员，不能再接受该邀请')
  }
  const at = now.toISOString()
  const claimed = await invitations.updateOne(
    id,
    { $set: { status: 'redeemed', redeemedBy: caller.userId, redeemedAt: at } },
    { status: 'open', expiresAt: { $gt: at } },
  )
  if (!claimed) throw invalidState('该邀请码已被使用')

  if (invitation.role !== 'liaison' || !invitation.enterpriseId) {
    await store.collection<UserRecord>(USERS).updateOne(caller.userId, { $addToSet: { roles: [invitation.role] }, $set: { updatedAt: at } })
    return { role: invitation.role, enterpriseName: null }
  }
  const enterpriseId = invitation.enterpriseId
  const name = await store.runTransaction(async (tx) => {
    const enterprise = await tx.get<EnterpriseRecord>(ENTERPRISES, enterpriseId)
    if (!enterprise) throw notFound('邀请对应的企业已不存在')
    const replaced = invitation.replaceUserId
    const liaisons = [...new Set([...enterprise.liaisonUserIds.filter((u) => u !== replaced), caller.userId])]
    await tx.update(ENTERPRISES, enterpriseId, { $set: { liaisonUserIds: liaisons, updatedAt: at } })
    await tx.update(USERS, caller.userId, { $addToSet: { roles: ['liaison'] }, $set: { enterpriseId, updatedAt: at } })
    if (replaced && replaced !== caller.userId) {
      const old = await tx.get<UserRecord>(USERS, replaced)
      if (old && old.enterpriseId === enterpriseId) await tx.update(USERS, replaced, { $pull: { roles: ['liaison'] }, $set: { enterpriseId: null, updatedAt: at } })
    }
    return enterprise.name
  })
  return { role: invitation.role, enterpriseName: name }
}
