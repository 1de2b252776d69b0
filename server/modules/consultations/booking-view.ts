import { CHANGE_CUTOFF_HOURS, type BookingView } from '../../../types/consultations/schemas'
import type { BookingRecord } from './records'

export function changeableUntil(startAt: string): string {
  return new Date(Date.parse(startAt) - CHANGE_CUTOFF_HOURS * 3600_000).toISOString()
}

export function toBookingView(r: BookingRecord): BookingView {
  return {
    bookingId: r._id,
    provider: { kind: r.providerKind, id: r.providerId, name: r.providerName, subtitle: r.providerSubtitle },
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    startAt: r.startAt,
    endAt: r.endAt,
    mode: r.mode,
    topic: r.topic,
    questions: r.questions,
    reportId: r.reportId,
    status: r.status,
    statusReason: r.statusReason,
    version: r.version,
    address: r.mode === 'onsite' ? r.address : null,
    location: r.mode === 'onsite' ? r.location : null,
    phone: r.phone,
    meetingLink: r.mode === 'video' ? r.meetingLink : null,
    changeableUntil: changeableUntil(r.startAt),
    outcomeNote: r.outcomeNote,
    rating: r.rating,
    ratingComment: r.ratingComment,
    history: r.history,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}
