import type { ContentKind } from '../../../types/content/schemas'
import { SEVERITY_LABELS, type Severity } from '../../../types/content/severity'
import type { ContentRecord } from '../content/records'
import type { NotificationRequest } from '../messaging/enqueue-notification'
import type { TopicSubscriptionRecord } from '../messaging/records'
import type { AlertDispatchRecord } from './records'
import { ALERT_SOURCE_KIND } from './alert-source-kind'

export { ALERT_SOURCE_KIND }

/**
 * The mini-program page of one alert (client route `packages/alerts/detail/index`). The same path
 * is in the `alert_published` template configuration, and WeChat refuses pushes (41030) to pages
 * the released app does not have.
 */
export function alertPage(contentId: string): string {
  return `packages/alerts/detail/index?id=${encodeURIComponent(contentId)}`
}

/** A "phrase" value (≤ 5 Chinese characters) naming what kind of alert this is. */
const KIND_PHRASES: Record<Exclude<ContentKind, 'risk_alert'>, string> = {
  law_change: '政策变化',
  fee_change: '官费变化',
  country_guide: '国别指南',
  typical_case: '典型案例',
}

export function alertLabel(kind: ContentKind, severity: Severity | null): string {
  return kind === 'risk_alert' ? SEVERITY_LABELS[severity ?? 'info'] : KIND_PHRASES[kind]
}

/** `alert:<id>:<user>` for the first publication; a re-publication is a new announcement. */
export function alertDedupeKey(contentId: string, publication: number, userId: string): string {
  return publication <= 1 ? `alert:${contentId}:${userId}` : `alert:${contentId}:p${publication}:${userId}`
}

/** What a publication announces, snapshotted on the dispatch record when it is published. */
export function alertPushSnapshot(content: Pick<ContentRecord, 'title' | 'summary' | 'kind' | 'severity'>): AlertDispatchRecord['push'] {
  return { title: content.title, summary: content.summary, label: alertLabel(content.kind, content.severity) }
}

/** The `alert_published` payload: the subscribe message and the publish preview both fill the template from it. */
export function alertPayload(alertId: string, push: AlertDispatchRecord['push'], publishedAt: string) {
  return { alertId, title: push.title, summary: push.summary, severityLabel: push.label, publishedAt }
}

/** The notification one subscriber gets for one publication. */
export function alertNotification(dispatch: AlertDispatchRecord, subscriber: TopicSubscriptionRecord): NotificationRequest {
  const { title, summary } = dispatch.push
  return {
    recipientUserId: subscriber.userId,
    templateKey: 'alert_published',
    payload: alertPayload(dispatch._id, dispatch.push, dispatch.publishedAt ?? dispatch.updatedAt),
    dedupeKey: alertDedupeKey(dispatch._id, dispatch.publication, subscriber.userId),
    notice: 'alert',
    // The dispatch records whether the alert is a 紧急预警; the push-timing table decides what that means.
    urgency: dispatch.urgent ? 'urgent' : 'normal',
    inbox: { title, summary, page: alertPage(dispatch._id) },
    source: { kind: ALERT_SOURCE_KIND, id: dispatch._id },
  }
}
