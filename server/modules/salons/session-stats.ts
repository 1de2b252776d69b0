import type { ExportFile, TransferFormat } from '../../../types/directory/transfer-schemas'
import { REGISTRATION_STATUS_LABELS, type SessionStats } from '../../../types/salons/schemas'
import { formatShanghai } from '../../../types/time'
import type { DocumentStore } from '../../ports/document-store'
import { writeCsv } from '../directory/csv/write-csv'
import { writeXlsx } from '../directory/xlsx/write-xlsx'
import type { RegistrationRecord, SessionRecord } from './records'
import { registrations, sessions } from './registration-repository'
import { seatLedger } from './seat-ledger'

async function allRegistrations(store: DocumentStore, sessionId: string): Promise<RegistrationRecord[]> {
  const col = registrations(store).col
  const all: RegistrationRecord[] = []
  for (let skip = 0; ; skip += 1000) {
    const page = await col.find({ sessionId }, { orderBy: [['arrivalKey', 'asc']], limit: 1000, skip })
    all.push(...page)
    if (page.length < 1000) return all
  }
}

/** Registrations, attendance, no-shows (after the end) and feedback of one session. */
export async function sessionStats(store: DocumentStore, sessionId: string, now: Date): Promise<SessionStats> {
  const session = await sessions(store).mustGet(sessionId)
  const seats = await seatLedger(store).get(sessionId)
  const regs = await allRegistrations(store, sessionId)
  const confirmed = regs.filter((r) => r.status === 'confirmed')
  const attended = confirmed.filter((r) => r.checkedInAt).length
  const rated = regs.filter((r) => r.feedback)
  const ended = now.getTime() >= new Date(session.endsAt).getTime()
  return {
    sessionId,
    title: session.title,
    seats: {
      capacity: seats?.capacity ?? session.capacity,
      confirmed: seats?.confirmed ?? 0,
      held: seats?.held ?? 0,
      free: seats?.free ?? 0,
      waiting: regs.filter((r) => r.status === 'waiting').length,
    },
    registrations: confirmed.length,
    holding: regs.filter((r) => r.status === 'held').length,
    attended,
    attendanceRate: confirmed.length > 0 ? attended / confirmed.length : null,
    noShows: ended ? confirmed.length - attended : null,
    feedbackCount: rated.length,
    averageRating: rated.length > 0 ? Math.round((rated.reduce((s, r) => s + (r.feedback?.rating ?? 0), 0) / rated.length) * 10) / 10 : null,
    comments: rated
      .filter((r) => r.feedback?.comment)
      .map((r) => ({ rating: r.feedback!.rating, comment: r.feedback!.comment!, at: r.feedback!.at }))
      .slice(0, 200),
  }
}

function rowsOf(session: SessionRecord, regs: RegistrationRecord[]): string[][] {
  const questions = session.questions
  const header = ['参会人', '企业', '状态', '报名时间', '签到时间', '评分', '意见', ...questions.map((q) => q.text)]
  return [
    header,
    ...regs.map((r) => [
      r.attendeeName,
      r.enterpriseName ?? '',
      REGISTRATION_STATUS_LABELS[r.status],
      formatShanghai(r.createdAt),
      r.checkedInAt ? formatShanghai(r.checkedInAt) : '',
      r.feedback ? String(r.feedback.rating) : '',
      r.feedback?.comment ?? '',
      ...questions.map((q) => r.answers.find((a) => a.questionId === q.questionId)?.answer ?? ''),
    ]),
  ]
}

/** The attendee list as CSV or XLSX, through the directory's writers (BOM, formula escaping, text cells). */
export async function exportAttendees(store: DocumentStore, sessionId: string, format: TransferFormat, now: Date): Promise<ExportFile> {
  const session = await sessions(store).mustGet(sessionId)
  const regs = await allRegistrations(store, sessionId)
  const rows = rowsOf(session, regs)
  const baseName = `活动报名名单-${formatShanghai(now, 'YYYYMMDD-HHmm')}`
  if (format === 'xlsx') {
    return {
      format,
      fileName: `${baseName}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      encoding: 'base64',
      content: (await writeXlsx('报名名单', rows)).toString('base64'),
      rowCount: regs.length,
    }
  }
  return { format, fileName: `${baseName}.csv`, mimeType: 'text/csv', encoding: 'utf8', content: writeCsv(rows), rowCount: regs.length }
}

/** Staff name search at the door: active and past registrations whose attendee name contains the text. */
export async function searchAttendees(store: DocumentStore, sessionId: string, name: string) {
  await sessions(store).mustGet(sessionId)
  const filter = name ? { sessionId, attendeeName: { $search: name } } : { sessionId }
  const found = await registrations(store).col.find(filter, { orderBy: [['arrivalKey', 'asc']], limit: 50 })
  return found.map((r) => ({ registrationId: r._id, attendeeName: r.attendeeName, enterpriseName: r.enterpriseName, status: r.status, checkedInAt: r.checkedInAt }))
}
