import { OVERVIEW_LATEST, type EnterpriseConsultations, type EnterpriseSalons } from '../../../../types/workbench/enterprise-activity'
import type { DocumentStore, Filter } from '../../../ports/document-store'
import { CONSULTATION_BOOKINGS, type BookingRecord } from '../../consultations/records'
import { SALON_REGISTRATIONS, SALON_SESSIONS, type RegistrationRecord, type SessionRecord } from '../../salons/records'

// Read the way the dashboard's booking tiles read them (workbench sits above consultations and
// salons and only reads their records; neither module knows the workbench).

/** All of the enterprise's bookings counted by status and rating in the database; the latest listed. */
export async function enterpriseConsultations(store: DocumentStore, enterpriseId: string): Promise<EnterpriseConsultations> {
  const bookings = store.collection<BookingRecord>(CONSULTATION_BOOKINGS)
  const [byStatus, ratings, latest] = await Promise.all([
    bookings.group({ enterpriseId }, { by: 'status' }),
    bookings.group({ enterpriseId, status: 'attended', rating: { $ne: null } }, { by: null, sum: ['rating'] }),
    bookings.find({ enterpriseId }, { orderBy: [['startAt', 'desc']], limit: OVERVIEW_LATEST }),
  ])
  const countOf = (status: BookingRecord['status']) => byStatus.find((row) => row.key === status)?.count ?? 0
  const ratingCount = ratings[0]?.count ?? 0
  return {
    total: byStatus.reduce((sum, row) => sum + row.count, 0),
    held: countOf('attended'),
    noShows: countOf('no_show'),
    cancelled: countOf('cancelled'),
    booked: countOf('confirmed'),
    ratingCount,
    ratingAverage: ratingCount === 0 ? null : (ratings[0]?.sums.rating ?? 0) / ratingCount,
    latest: latest.map((b) => ({
      bookingId: b._id,
      providerName: b.providerName,
      topic: b.topic,
      startAt: b.startAt,
      status: b.status,
      rating: b.rating,
      reportId: b.reportId,
    })),
  }
}

/**
 * Seats people of the enterprise took (registrations carry `ent:<enterpriseId>` as their
 * enterprise key). Confirmed seats and check-ins are grouped by session in the database; a seat
 * counts once its session — published, not cancelled — has started.
 */
export async function enterpriseSalons(store: DocumentStore, enterpriseId: string, now: Date): Promise<EnterpriseSalons> {
  const registrations = store.collection<RegistrationRecord>(SALON_REGISTRATIONS)
  const sessions = store.collection<SessionRecord>(SALON_SESSIONS)
  const mine: Filter = { enterpriseKey: `ent:${enterpriseId}` }
  const confirmed: Filter = { ...mine, status: 'confirmed' }
  const [seatsBySession, checkInsBySession, latest] = await Promise.all([
    registrations.group(confirmed, { by: 'sessionId' }),
    registrations.group({ ...confirmed, checkedInAt: { $ne: null } }, { by: 'sessionId' }),
    registrations.find(mine, { orderBy: [['createdAt', 'desc']], limit: OVERVIEW_LATEST }),
  ])
  const sessionIds = [...new Set([...seatsBySession.map((row) => String(row.key)), ...latest.map((r) => r.sessionId)])]
  const byId = new Map((sessionIds.length ? await sessions.getByIds(sessionIds) : []).map((s) => [s._id, s]))
  const started = (sessionId: string) => {
    const session = byId.get(sessionId)
    return session?.status === 'published' && Date.parse(session.startsAt) <= now.getTime()
  }
  const checkIns = new Map(checkInsBySession.map((row) => [String(row.key), row.count]))
  let sessionsAttended = 0
  let seats = 0
  let attended = 0
  let upcoming = 0
  for (const row of seatsBySession) {
    const sessionId = String(row.key)
    if (started(sessionId)) {
      seats += row.count
      attended += checkIns.get(sessionId) ?? 0
      if ((checkIns.get(sessionId) ?? 0) > 0) sessionsAttended++
    } else if (byId.get(sessionId)?.status === 'published') {
      upcoming += row.count
    }
  }
  return {
    sessionsAttended,
    registrations: seats,
    attended,
    attendanceRate: seats === 0 ? null : attended / seats,
    upcoming,
    latest: latest.map((r) => ({
      registrationId: r._id,
      sessionId: r.sessionId,
      sessionTitle: byId.get(r.sessionId)?.title ?? null,
      startsAt: byId.get(r.sessionId)?.startsAt ?? null,
      attendeeName: r.attendeeName,
      status: r.status,
      checkedIn: r.checkedInAt !== null,
    })),
  }
}
