import type { SessionDetail, SessionInput } from '../../../../types/salons/schemas'
import type { ServiceTypeCode } from '../../../../types/catalog/service-types'
import { dayjs, inShanghai, SHANGHAI } from '../../../../types/time'

/** What the editor holds: Shanghai wall-clock date and times as the pickers give them. */
export interface EditorState {
  title: string
  topic: ServiceTypeCode
  description: string
  /** Speakers from the expert pool (linked to their profile), then free-text names. */
  experts: { expertId: string; name: string }[]
  speakers: string
  date: string
  startTime: string
  endTime: string
  placeName: string
  address: string
  latitude: number
  longitude: number
  onlineUrl: string
  capacity: string
  perEnterpriseLimit: string
  audience: 'everyone' | 'verified_enterprises'
  /** Up to 5 sign-up questions; blank ones are dropped on save. */
  questions: { questionId?: string; text: string; required: boolean }[]
}

/** The bureau's own address: the default place until staff pick another on the map. */
const BUREAU = { name: '许昌市市场监督管理局', address: '许昌市魏都区', latitude: 34.0357, longitude: 113.8523 }

export function emptyEditor(now: Date): EditorState {
  return {
    title: '',
    topic: 'dispute_response',
    description: '',
    experts: [],
    speakers: '',
    date: inShanghai(now).add(7, 'day').format('YYYY-MM-DD'),
    startTime: '09:30',
    endTime: '11:30',
    placeName: BUREAU.name,
    address: BUREAU.address,
    latitude: BUREAU.latitude,
    longitude: BUREAU.longitude,
    onlineUrl: '',
    capacity: '50',
    perEnterpriseLimit: '2',
    audience: 'everyone',
    questions: [{ text: '主要出口市场', required: false }],
  }
}

export function editorFrom(session: SessionDetail): EditorState {
  const start = inShanghai(session.startsAt)
  return {
    title: session.title,
    topic: session.topic,
    description: session.description ?? '',
    experts: session.speakers.flatMap((s) => (s.expertId ? [{ expertId: s.expertId, name: s.name }] : [])),
    speakers: session.speakers
      .filter((s) => !s.expertId)
      .map((s) => s.name)
      .join('、'),
    date: start.format('YYYY-MM-DD'),
    startTime: start.format('HH:mm'),
    endTime: inShanghai(session.endsAt).format('HH:mm'),
    placeName: session.place?.name ?? '',
    address: session.place?.address ?? '',
    latitude: session.place?.latitude ?? BUREAU.latitude,
    longitude: session.place?.longitude ?? BUREAU.longitude,
    onlineUrl: session.onlineUrl ?? '',
    capacity: String(session.capacity),
    perEnterpriseLimit: String(session.perEnterpriseLimit),
    audience: session.audience,
    questions: session.questions.map((q) => ({ questionId: q.questionId, text: q.text, required: q.required })),
  }
}

const instant = (date: string, time: string) => dayjs.tz(`${date}T${time}:00`, SHANGHAI).toDate().toISOString()

/** The action input: registration opens now (or keeps its opening) and closes an hour before the start. */
export function inputFrom(state: EditorState, now: Date, opensAt: string | null): SessionInput {
  const startsAt = instant(state.date, state.startTime)
  return {
    title: state.title,
    topic: state.topic,
    description: state.description.trim() || null,
    speakers: [
      ...state.experts.map((e) => ({ expertId: e.expertId, name: e.name })),
      ...state.speakers
        .split(/[、,，]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((name) => ({ expertId: null, name })),
    ],
    coverFileId: null,
    startsAt,
    endsAt: instant(state.date, state.endTime),
    place: state.placeName.trim() ? { name: state.placeName.trim(), address: state.address.trim(), latitude: state.latitude, longitude: state.longitude } : null,
    onlineUrl: state.onlineUrl.trim() || null,
    capacity: Number(state.capacity),
    perEnterpriseLimit: Number(state.perEnterpriseLimit),
    registrationOpensAt: opensAt ?? now.toISOString(),
    registrationClosesAt: new Date(Date.parse(startsAt) - 3600_000).toISOString(),
    cancelCutoffHours: 2,
    audience: state.audience,
    questions: questionsFrom(state.questions),
  }
}

/**
 * Non-blank questions, at most 5. A saved question keeps its id (registrants' answers refer to it);
 * a new one takes the first free id of q1..q5.
 */
function questionsFrom(questions: EditorState['questions']) {
  const kept = questions.filter((q) => q.text.trim()).slice(0, 5)
  const used = new Set(kept.map((q) => q.questionId).filter(Boolean))
  const free = ['q1', 'q2', 'q3', 'q4', 'q5'].filter((id) => !used.has(id))
  return kept.map((q) => ({ questionId: q.questionId ?? free.shift() ?? 'q5', text: q.text.trim(), required: q.required }))
}
