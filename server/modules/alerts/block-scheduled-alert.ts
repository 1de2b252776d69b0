import type { DocumentStore } from '../../ports/document-store'
import type { ContentRecord } from '../content/records'
import { enqueueNotification } from '../messaging/enqueue-notification'
import { alertUrgency } from '../messaging/push-timing'
import { alertPayload, alertPushSnapshot } from './alert-push'
import { dispatchRepository } from './dispatch-repository'
import type { AlertDispatchRecord } from './records'

export const BLOCKED_NOTICE_SOURCE = 'alert_blocked'

export function blockedReasonFor(hosts: readonly string[]): string {
  return `链接域名${hosts.map((host) => `「${host}」`).join('')}已不在允许列表中，未发布。请修改链接后重新保存，或在「链接允许列表」中重新添加该域名，系统会自动发布`
}

/** The staff page of one alert (its stats and schedule), where the reason is shown. */
function alertStatsPage(contentId: string): string {
  return `packages/alerts-admin/stats/index?id=${encodeURIComponent(contentId)}`
}

/**
 * Marks a due schedule the timer may not publish as blocked and tells the people behind it — the
 * one who scheduled it and the author — once. The notices go first with dedupe keys fixed by the
 * schedule and revision, then the record is marked under the condition that it is still unmarked:
 * a crash in between re-sends nothing new next tick, and racing timers mark (and notify) once.
 * Returns whether this call marked it.
 */
export async function blockScheduledAlert(
  store: DocumentStore,
  dispatch: AlertDispatchRecord,
  content: ContentRecord,
  hosts: readonly string[],
  now: Date,
): Promise<boolean> {
  if (dispatch.blockedAt) return false
  const reason = blockedReasonFor(hosts)
  const recipients = [...new Set([dispatch.scheduledBy, content.createdBy].filter((id): id is string => !!id && !id.startsWith('system:')))]
  const scheduleKey = `${Date.parse(dispatch.publishAt ?? '') || 0}`
  const push = alertPushSnapshot(content)
  for (const recipientUserId of recipients) {
    await enqueueNotification(
      store,
      {
        recipientUserId,
        templateKey: 'alert_published',
        notice: 'publication_blocked',
        urgency: alertUrgency(content.kind === 'risk_alert' ? content.severity : null),
        payload: { ...alertPayload(content._id, push, now.toISOString()), summary: '定时发布未成功：链接域名已不在允许列表中' },
        dedupeKey: `alert-blocked:${content._id}:${scheduleKey}:r${content.revision}:${recipientUserId}`,
        inbox: { title: `定时发布未成功：${content.title}`, summary: reason, page: alertStatsPage(content._id) },
        // Not the alert's own source id: its delivery stats count only the announcement to subscribers.
        source: { kind: BLOCKED_NOTICE_SOURCE, id: `${content._id}:blocked` },
      },
      { now },
    )
  }
  const at = now.toISOString()
  return dispatchRepository(store).collection.updateOne(
    dispatch._id,
    { $set: { blockedAt: at, blockedReason: reason, updatedAt: at } },
    { state: 'scheduled', blockedAt: null },
  )
}
