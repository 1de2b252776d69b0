import type { SessionStatus } from '../../../types/salons/schemas'
import type { DocumentStore, Filter } from '../../ports/document-store'
import { registrations, sessions } from './registration-repository'
import { summaryFor } from './session-view'

/** Published sessions that have not ended, soonest first (attendees), or every session (staff). */
export async function listSessions(
  store: DocumentStore,
  input: { page: number; pageSize: number; status?: SessionStatus },
  now: Date,
  audience: 'public' | 'staff',
) {
  const filter: Filter = audience === 'public' ? { status: 'published', endsAt: { $gt: now.toISOString() } } : input.status ? { status: input.status } : {}
  const col = sessions(store).col
  const [found, total] = await Promise.all([
    col.find(filter, { orderBy: [['startsAt', audience === 'public' ? 'asc' : 'desc']], limit: input.pageSize, skip: (input.page - 1) * input.pageSize }),
    col.count(filter),
  ])
  return { items: await Promise.all(found.map((s) => summaryFor(store, s))), total, page: input.page, pageSize: input.pageSize }
}

export async function listMyRegistrations(store: DocumentStore, userId: string, input: { page: number; pageSize: number }) {
  const col = registrations(store).col
  const filter = { userId }
  const [found, total] = await Promise.all([
    col.find(filter, { orderBy: [['createdAt', 'desc']], limit: input.pageSize, skip: (input.page - 1) * input.pageSize }),
    col.count(filter),
  ])
  const byId = new Map((await sessions(store).col.getByIds([...new Set(found.map((r) => r.sessionId))])).map((s) => [s._id, s]))
  return { found, byId, total }
}
