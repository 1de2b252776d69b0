import type { AlertSchedule } from '../../../types/alerts/schemas'
import { AppError, invalidState, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { contentRepository } from '../content/content-repository'
import { dispatchRepository } from './dispatch-repository'
import type { AlertDispatchRecord } from './records'
import { stopAlertDeliveries } from './stop-alert-deliveries'

const MIN_LEAD_MS = 60_000
const MAX_LEAD_MS = 180 * 86_400_000

export function toAlertSchedule(record: AlertDispatchRecord): AlertSchedule {
  return {
    contentId: record._id,
    state: record.state,
    publishAt: record.publishAt,
    publishedAt: record.publishedAt,
    urgent: record.urgent,
    matched: record.matched,
    withdrawnAt: record.withdrawnAt,
    blockedReason: record.blockedReason ?? null,
  }
}

/**
 * Schedules a draft (or a withdrawn item) to be published by the alerts timer at `publishAt`.
 * What gets published is the item as it is then: editing the draft meanwhile is fine.
 */
export async function scheduleAlert(store: DocumentStore, caller: Caller, contentId: string, publishAt: Date, now: Date): Promise<AlertSchedule> {
  const lead = publishAt.getTime() - now.getTime()
  if (lead < MIN_LEAD_MS) {
    throw new AppError('VALIDATION_FAILED', '定时发布时间至少要晚于现在 1 分钟', [{ path: ['publishAt'], message: '请选择 1 分钟之后的时间' }])
  }
  if (lead > MAX_LEAD_MS) {
    throw new AppError('VALIDATION_FAILED', '定时发布时间不能超过 180 天', [{ path: ['publishAt'], message: '请选择 180 天以内的时间' }])
  }
  const content = await contentRepository(store).get(contentId)
  if (!content) throw notFound('没有找到该内容，可能已被删除')
  if (content.status === 'published') throw invalidState('该内容已发布，无需定时发布')

  const dispatches = dispatchRepository(store)
  // A withdrawn publication's unsent notifications must be stopped before the record leaves `withdrawn`.
  if ((await dispatches.get(contentId))?.state === 'withdrawn') await stopAlertDeliveries(store, contentId, now)
  const at = now.toISOString()
  // A new time is a new attempt: any earlier block is forgotten (the timer checks again when due).
  const schedule = {
    state: 'scheduled' as const,
    publishAt: publishAt.toISOString(),
    scheduledBy: caller.userId,
    blockedAt: null,
    blockedReason: null,
    updatedAt: at,
  }
  const created = await dispatches.collection.insertUnlessExists({
    _id: contentId,
    publication: 0,
    publishedAt: null,
    urgent: false,
    targeting: { countries: [], ipTypes: [], industries: [] },
    push: { title: content.title, summary: content.summary, label: '' },
    cursor: null,
    matched: 0,
    planned: 0,
    fanoutOwner: null,
    fanoutLeaseUntil: null,
    fanoutDoneAt: null,
    withdrawnAt: null,
    deliveriesStoppedAt: null,
    createdAt: at,
    ...schedule,
  })
  // An existing record may be rescheduled unless a publication is being announced right now.
  if (!created && !(await dispatches.collection.updateOne(contentId, { $set: schedule }, { state: { $in: ['scheduled', 'withdrawn'] } }))) {
    throw invalidState('该内容正在发布推送中，不能定时发布')
  }
  const record = await dispatches.get(contentId)
  if (!record) throw notFound('没有找到该内容的发布计划')
  return toAlertSchedule(record)
}

/** Cancels a schedule that has not fired yet; the item stays a draft (or withdrawn). */
export async function cancelAlertSchedule(store: DocumentStore, contentId: string, now: Date): Promise<boolean> {
  const dispatches = dispatchRepository(store).collection
  // Never published: the record only held the schedule.
  if (await dispatches.deleteOne(contentId, { state: 'scheduled', publication: 0 })) return true
  // Published before and withdrawn, then scheduled again: back to withdrawn (deliveries already stopped).
  return dispatches.updateOne(
    contentId,
    { $set: { state: 'withdrawn', publishAt: null, scheduledBy: null, updatedAt: now.toISOString() } },
    { state: 'scheduled' },
  )
}
