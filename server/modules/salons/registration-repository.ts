import { createHash, randomBytes } from 'node:crypto'
import type { DocumentStore } from '../../ports/document-store'
import { SALON_REGISTRATIONS, SALON_SESSIONS, type RegistrationRecord, type SessionRecord } from './records'
import { createArrivalKeys } from './seat-rules'
import { notFound } from '../../core/app-error'

/** This process's arrival keys (see createArrivalKeys): a random process id keeps instances apart. */
export const nextArrivalKey = createArrivalKeys(randomBytes(4).toString('hex'))

/** `sreg_<hash>` of (session, user, request key, attendee index): a retried sign-up finds its rows. */
export function registrationIdFor(sessionId: string, userId: string, requestKey: string, index: number): string {
  return `sreg_${createHash('sha256').update(`salon:${sessionId}:${userId}:${requestKey}:${index}`).digest('hex').slice(0, 24)}`
}

export function registrations(store: DocumentStore) {
  const col = store.collection<RegistrationRecord>(SALON_REGISTRATIONS)
  return {
    col,
    get: (id: string) => col.getById(id),
    /** 1 = next in line: the rank of the arrival key among those still waiting. */
    async positionOf(reg: RegistrationRecord): Promise<number | null> {
      if (reg.status !== 'waiting') return null
      return (await col.count({ sessionId: reg.sessionId, status: 'waiting', arrivalKey: { $lt: reg.arrivalKey } })) + 1
    },
    firstWaiting: (sessionId: string) => col.findOne({ sessionId, status: 'waiting' }, { orderBy: [['arrivalKey', 'asc']] }),
    waitingCount: (sessionId: string) => col.count({ sessionId, status: 'waiting' }),
  }
}

export function sessions(store: DocumentStore) {
  const col = store.collection<SessionRecord>(SALON_SESSIONS)
  return {
    col,
    async mustGet(sessionId: string): Promise<SessionRecord> {
      const session = await col.getById(sessionId)
      if (!session) throw notFound('活动不存在或已删除')
      return session
    },
  }
}
