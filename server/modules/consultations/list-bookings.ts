import { dayjs, SHANGHAI } from '../../../types/time'
import type { Caller } from '../../core/caller'
import type { DocumentStore, Filter } from '../../ports/document-store'
import { loadUser } from '../users/load-user'
import { CONSULTATION_BOOKINGS, type BookingRecord } from './records'

const bookings = (store: DocumentStore) => store.collection<BookingRecord>(CONSULTATION_BOOKINGS)
const MAX_LISTED = 200

/**
 * Upcoming: confirmed bookings that have not ended, soonest first. Past: everything else (ended,
 * cancelled, attended), latest first.
 */
async function scoped(store: DocumentStore, base: Filter, scope: 'upcoming' | 'past', now: Date): Promise<BookingRecord[]> {
  const at = now.toISOString()
  if (scope === 'upcoming') {
    return bookings(store).find({ ...base, status: 'confirmed', endAt: { $gt: at } }, { orderBy: [['startAt', 'asc']], limit: MAX_LISTED })
  }
  return bookings(store).find(
    { ...base, $or: [{ status: { $ne: 'confirmed' } }, { endAt: { $lte: at } }] },
    { orderBy: [['startAt', 'desc']], limit: MAX_LISTED },
  )
}

/** The caller's enterprise's bookings (every liaison of it sees them). */
export async function listEnterpriseBookings(store: DocumentStore, caller: Caller, scope: 'upcoming' | 'past', now: Date) {
  const user = await loadUser(store, caller)
  if (!user.enterpriseId) return []
  return scoped(store, { enterpriseId: user.enterpriseId }, scope, now)
}

/** Bookings with the provider the caller's account acts for. */
export function listBookingsOfProviderUser(store: DocumentStore, caller: Caller, scope: 'upcoming' | 'past', now: Date) {
  return scoped(store, { providerUserId: caller.userId }, scope, now)
}

/** Staff: every booking, filtered by provider, Shanghai date and status, latest first. */
export async function listAllBookings(
  store: DocumentStore,
  filter: { providerId?: string; date?: string; status?: string; page: number; pageSize: number },
) {
  const where: Filter = {}
  if (filter.providerId) where.providerId = filter.providerId
  if (filter.status) where.status = filter.status
  if (filter.date) {
    const start = dayjs.tz(filter.date, SHANGHAI)
    where.startAt = { $gte: start.toDate().toISOString(), $lt: start.add(1, 'day').toDate().toISOString() }
  }
  const [items, total] = await Promise.all([
    bookings(store).find(where, { orderBy: [['startAt', 'desc']], limit: filter.pageSize, skip: (filter.page - 1) * filter.pageSize }),
    bookings(store).count(where),
  ])
  return { items, total, page: filter.page, pageSize: filter.pageSize }
}
