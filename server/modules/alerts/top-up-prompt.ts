import type { DocumentStore } from '../../ports/document-store'
import { listQuotas } from '../messaging/quota-ledger'
import { TOPIC_SUBSCRIPTIONS, type TopicSubscriptionRecord } from '../messaging/records'
import type { TemplateConfig } from '../messaging/template-config'

/**
 * Whether to offer more alert notifications right now: the user follows topics, the alert template
 * is one-time, and no sends are left. Then the client shows a button whose tap handler calls
 * wx.requestSubscribeMessage with these ids (a tap is required) and records the answer.
 */
export async function topUpPrompt(store: DocumentStore, templates: TemplateConfig, userId: string) {
  const subscription = await store.collection<TopicSubscriptionRecord>(TOPIC_SUBSCRIPTIONS).getById(userId)
  if (subscription?.status !== 'active') return null
  const alertQuota = (await listQuotas(store, templates, userId)).find((q) => q.key === 'alert_published')
  if (!alertQuota || alertQuota.kind !== 'one_time' || (alertQuota.remaining ?? 0) > 0) return null
  return { templateIds: [alertQuota.templateId], message: '您关注的预警推送次数已用完，点击继续接收下一条预警通知' }
}
