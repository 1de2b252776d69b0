import type { BookingRecord } from '../../consultations/records'
import type { RegistrationRecord, SessionRecord } from '../../salons/records'

/** A complete consultation booking with the given fields (the dashboard reads stored fields only). */
export function bookingRecord(id: string, fields: Partial<BookingRecord>): BookingRecord {
  const startAt = fields.startAt ?? '2026-11-12T02:00:00.000Z'
  return {
    _id: id,
    idempotencyKey: `key-${id}`,
    providerKey: 'agency:agc_b',
    providerKind: 'agency',
    providerId: 'agc_b',
    providerName: '乙机构',
    providerSubtitle: '',
    providerUserId: 'usr_b',
    enterpriseId: 'ent_test',
    enterpriseName: '测试企业',
    liaisonUserId: 'usr_liaison',
    endAt: new Date(new Date(startAt).getTime() + 3_600_000).toISOString(),
    day: startAt.slice(0, 10),
    claimId: `claim-${id}`,
    holdsOpenPlace: false,
    mode: 'phone',
    topic: 'dispute_response',
    questions: '测试用的咨询问题。',
    reportId: null,
    status: 'confirmed',
    statusReason: null,
    version: 1,
    address: null,
    location: null,
    phone: null,
    meetingLink: null,
    outcomeNote: null,
    rating: null,
    ratingComment: null,
    history: [],
    createdAt: '2026-11-01T02:00:00.000Z',
    updatedAt: startAt,
    ...fields,
    startAt,
  }
}

/** A complete salon session with the given fields. */
export function sessionRecord(id: string, fields: Partial<SessionRecord>): SessionRecord {
  const startsAt = fields.startsAt ?? '2026-11-12T06:00:00.000Z'
  return {
    _id: id,
    title: `沙龙 ${id}`,
    topic: 'dispute_response',
    description: null,
    speakers: [],
    coverFileId: null,
    endsAt: new Date(new Date(startsAt).getTime() + 7_200_000).toISOString(),
    place: null,
    onlineUrl: null,
    capacity: 50,
    perEnterpriseLimit: 2,
    registrationOpensAt: '2026-10-01T00:00:00.000Z',
    registrationClosesAt: startsAt,
    cancelCutoffHours: 2,
    audience: 'everyone',
    questions: [],
    status: 'published',
    cancelReason: null,
    createdBy: 'usr_staff',
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
    ...fields,
    startsAt,
  }
}

/** A complete salon registration of one attendee with the given fields. */
export function registrationRecord(id: string, sessionId: string, fields: Partial<RegistrationRecord>): RegistrationRecord {
  return {
    _id: id,
    sessionId,
    userId: `usr_${id}`,
    enterpriseKey: `ent_${id}`,
    enterpriseName: null,
    attendeeName: `参会人${id}`,
    answers: [],
    status: 'confirmed',
    arrivalKey: `2026-11-01T00:00:00.000Z|${id}`,
    holdExpiresAt: null,
    confirmedAt: '2026-11-01T00:00:00.000Z',
    endedAt: null,
    checkedInAt: null,
    checkedInBy: null,
    feedback: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...fields,
  }
}
