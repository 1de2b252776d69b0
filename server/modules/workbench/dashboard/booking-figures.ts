import type { Dashboard } from '../../../../types/workbench/dashboard'
import type { PeriodRange } from '../../../../types/workbench/period'
import type { DocumentStore, Filter } from '../../../ports/document-store'
import { MAX_FIND_LIMIT } from '../../../ports/document-store'
import { CONSULTATION_BOOKINGS, type BookingRecord } from '../../consultations/records'
import { SALON_REGISTRATIONS, SALON_SESSIONS, type RegistrationRecord, type SessionRecord } from '../../salons/records'

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole)

/**
 * Consultations whose slot started in the period (one cohort, on the existing startAt index):
 * counted by final status in one grouped count; ratings (given only to attended ones) summed in
 * the database. Confirmed bookings not yet marked count nowhere.
 */
export async function consultationFigures(store: DocumentStore, range: PeriodRange): Promise<Dashboard['consultations']> {
  const bookings = store.collection<BookingRecord>(CONSULTATION_BOOKINGS)
  const started: Filter = { startAt: { $gte: range.from, $lt: range.to } }
  const rated: Filter = { ...started, status: 'attended', rating: { $ne: null } }
  const [byStatus, ratingTotals, satisfied] = await Promise.all([
    bookings.group(started, { by: 'status' }),
    bookings.group(rated, { by: null, sum: ['rating'] }),
    bookings.count({ ...started, status: 'attended', rating: { $gte: 4 } }),
  ])
  const countOf = (status: BookingRecord['status']) => byStatus.find((row) => row.key === status)?.count ?? 0
  const count = ratingTotals[0]?.count ?? 0
  const sum = ratingTotals[0]?.sums.rating ?? 0
  return {
    held: countOf('attended'),
    noShows: countOf('no_show'),
    cancelled: countOf('cancelled'),
    ratings: { count, average: count === 0 ? null : sum / count, satisfied, rate: rate(satisfied, count) },
  }
}

/**
 * Salons held in the period: published sessions that started in it (cancelled ones were not held).
 * A registration counts when its seat is confirmed (as in the session's own stats), attended when it
 * was checked in. Registrations carry no start time (a session can be moved), so they are matched by
 * session id — a period holds far fewer than MAX_FIND_LIMIT sessions.
 */
export async function salonFigures(store: DocumentStore, range: PeriodRange): Promise<Dashboard['salons']> {
  const held = await store
    .collection<SessionRecord>(SALON_SESSIONS)
    .find({ status: 'published', startsAt: { $gte: range.from, $lt: range.to } }, { limit: MAX_FIND_LIMIT, orderBy: [['startsAt', 'asc']] })
  if (held.length === 0) return { sessions: 0, registrations: 0, attended: 0, attendanceRate: null }
  const confirmed: Filter = { sessionId: { $in: held.map((s) => s._id) }, status: 'confirmed' }
  const registrations = store.collection<RegistrationRecord>(SALON_REGISTRATIONS)
  const [seats, attended] = await Promise.all([
    registrations.group(confirmed, { by: null }),
    registrations.count({ ...confirmed, checkedInAt: { $ne: null } }),
  ])
  const total = seats[0]?.count ?? 0
  return { sessions: held.length, registrations: total, attended, attendanceRate: rate(attended, total) }
}
