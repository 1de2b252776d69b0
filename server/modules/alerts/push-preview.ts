import type { PushPreview } from '../../../types/alerts/push-preview'
import { notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { contentRepository } from '../content/content-repository'
import { buildPushMessage } from '../messaging/push-fields/build-push-message'
import { TOPIC_SUBSCRIPTIONS } from '../messaging/records'
import type { TemplateConfig } from '../messaging/template-config'
import { subscriberFilter } from '../messaging/topic-filter'
import { alertPayload, alertPushSnapshot } from './alert-push'

/** Names of the payload fields the alert template draws from, as the card's keywords read. */
const LINE_LABELS: Record<string, string> = { title: '预警标题', severityLabel: '预警等级', summary: '内容摘要', publishedAt: '发布时间' }

/**
 * The push a publication now would send: the dispatch snapshot and payload of the real flow, the
 * template filled by the dispatcher's own `buildPushMessage`, so the preview is the real text.
 */
export async function previewAlertPush(store: DocumentStore, templates: TemplateConfig, contentId: string, publishAt: Date): Promise<PushPreview> {
  const content = await contentRepository(store).get(contentId)
  if (!content) throw notFound('该内容不存在，请返回列表刷新')
  const push = alertPushSnapshot(content)
  const payload = alertPayload(content._id, push, publishAt.toISOString())
  const subscriberCount = await store.collection(TOPIC_SUBSCRIPTIONS).count(subscriberFilter(content))
  const template = templates.templates.alert_published
  const inbox = { title: push.title, summary: push.summary }
  if (!template) return { templateTitle: null, lines: [], inbox, subscriberCount }
  const message = buildPushMessage(templates, template, 'preview', payload)
  const lines = Object.entries(template.fields).map(([dataKey, source]) => ({
    label: 'from' in source ? (LINE_LABELS[source.from] ?? dataKey) : dataKey,
    value: message.data[dataKey]?.value ?? '',
  }))
  return { templateTitle: template.title, lines, inbox, subscriberCount }
}
