import type { SessionDetail, SessionSummary, Ticket } from '../../../types/salons/schemas'
import type { DocumentStore } from '../../ports/document-store'
import type { RegistrationRecord, SeatLedgerRecord, SessionRecord } from './records'
import { registrations } from './registration-repository'
import { seatLedger } from './seat-ledger'
import { signTicket } from './ticket-signature'

export function summaryOf(session: SessionRecord, seats: SeatLedgerRecord | null, waiting: number): SessionSummary {
  return {
    sessionId: session._id,
    title: session.title,
    topic: session.topic,
    status: session.status,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    placeName: session.place?.name ?? null,
    online: session.onlineUrl !== null,
    seatsLeft: Math.max(0, seats?.free ?? 0),
    capacity: seats?.capacity ?? session.capacity,
    waiting,
    registrationOpensAt: session.registrationOpensAt,
    registrationClosesAt: session.registrationClosesAt,
  }
}

export async function summaryFor(store: DocumentStore, session: SessionRecord): Promise<SessionSummary> {
  const [seats, waiting] = await Promise.all([seatLedger(store).get(session._id), registrations(store).waitingCount(session._id)])
  return summaryOf(session, seats, waiting)
}

/** The ticket view: the signed code only while the seat is confirmed and the session not cancelled. */
export async function ticketOf(store: DocumentStore, reg: RegistrationRecord, secret: string | null, knownPosition?: number): Promise<Ticket> {
  return {
    registrationId: reg._id,
    sessionId: reg.sessionId,
    attendeeName: reg.attendeeName,
    enterpriseName: reg.enterpriseName,
    status: reg.status,
    position: reg.status === 'waiting' && knownPosition ? knownPosition : await registrations(store).positionOf(reg),
    holdExpiresAt: reg.holdExpiresAt,
    ticketCode: reg.status === 'confirmed' && secret ? signTicket(secret, reg.sessionId, reg._id) : null,
    checkedInAt: reg.checkedInAt,
    feedback: reg.feedback ? { rating: reg.feedback.rating, comment: reg.feedback.comment } : null,
    createdAt: reg.createdAt,
  }
}

/**
 * The session as a viewer sees it. The online link is for staff and for people holding a confirmed
 * seat only (`revealOnlineUrl`, or a confirmed registration of the viewer): it is the ticket of an
 * online session.
 */
export async function detailOf(
  store: DocumentStore,
  session: SessionRecord,
  viewerUserId: string | null,
  secret: string | null,
  revealOnlineUrl = false,
): Promise<SessionDetail> {
  const [seats, waiting] = await Promise.all([seatLedger(store).get(session._id), registrations(store).waitingCount(session._id)])
  const mine = viewerUserId
    ? await registrations(store).col.find({ sessionId: session._id, userId: viewerUserId }, { orderBy: [['createdAt', 'asc']], limit: 50 })
    : []
  return {
    ...summaryOf(session, seats, waiting),
    description: session.description,
    speakers: session.speakers,
    coverFileId: session.coverFileId,
    place: session.place,
    onlineUrl: revealOnlineUrl || mine.some((r) => r.status === 'confirmed') ? session.onlineUrl : null,
    perEnterpriseLimit: session.perEnterpriseLimit,
    cancelCutoffHours: session.cancelCutoffHours,
    audience: session.audience,
    questions: session.questions,
    seats: {
      capacity: seats?.capacity ?? session.capacity,
      confirmed: seats?.confirmed ?? 0,
      held: seats?.held ?? 0,
      free: seats?.free ?? 0,
      waiting,
    },
    myRegistrations: await Promise.all(mine.map((r) => ticketOf(store, r, secret))),
  }
}
