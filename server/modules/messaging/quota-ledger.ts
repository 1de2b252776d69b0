import type { SubscribeResult, TemplateQuota } from '../../../types/messaging/schemas'
import { adjustCounter } from '../../core/bounded-counter'
import type { DocumentStore } from '../../ports/document-store'
import { quotaIdFor, subscribeRequestIdFor } from './ids'
import { SUBSCRIBE_QUOTAS, SUBSCRIBE_REQUESTS, type QuotaRecord, type SubscribeRequestRecord } from './records'
import { listTemplates, type TemplateConfig } from './template-config'

const REMAINING = 'remaining' satisfies keyof QuotaRecord

/**
 * The one-time subscribe quota per user × WeChat template.
 *  - Incremented ONLY from recorded wx.requestSubscribeMessage answers ("accept" adds one send),
 *    and each request id counts once, so a retried call cannot add a second send.
 *  - Decremented atomically when the dispatcher claims a send: one conditional update
 *    (remaining ≥ 1 → remaining − 1), never read-then-write, so two dispatchers cannot both spend
 *    the last unit.
 *  - Long-term templates have no ledger: one acceptance allows every later send.
 * The ledger is our view; WeChat's is the truth. If they disagree WeChat answers 43101 and the
 * dispatcher marks the row skipped without restoring anything.
 */
export async function recordSubscribeResults(
  store: DocumentStore,
  config: TemplateConfig,
  userId: string,
  requestId: string,
  results: Record<string, SubscribeResult>,
  now: Date,
): Promise<{ recorded: boolean; ignoredTemplateIds: string[] }> {
  const at = now.toISOString()
  const kindById = new Map(listTemplates(config).map((t) => [t.templateId, t.kind]))
  const known = Object.entries(results).filter(([id]) => kindById.has(id))
  const ignoredTemplateIds = Object.keys(results).filter((id) => !kindById.has(id))

  const request: SubscribeRequestRecord = {
    _id: subscribeRequestIdFor(userId, requestId),
    userId,
    requestId,
    results: Object.fromEntries(known),
    recordedAt: at,
  }
  // One transaction (ids only, at most 1 + 3 documents): the request record and its increments land
  // together or not at all. Written separately, a crash after the record lost the accepted sends
  // for good (the retry saw the record and did nothing).
  const recorded = await store.runTransaction(async (tx) => {
    if (await tx.get<SubscribeRequestRecord>(SUBSCRIBE_REQUESTS, request._id)) return false
    for (const [templateId, result] of known) {
      const kind = kindById.get(templateId) ?? 'one_time'
      const _id = quotaIdFor(userId, templateId)
      const grants = result === 'accept' && kind === 'one_time' ? 1 : 0
      const current = await tx.get<QuotaRecord>(SUBSCRIBE_QUOTAS, _id)
      if (current) {
        // One update per template: the increment and the last answer land together.
        await tx.update(SUBSCRIBE_QUOTAS, _id, {
          ...(grants ? { $inc: { remaining: 1, acceptedTotal: 1 } } : {}),
          $set: { kind, lastResult: result, lastResultAt: at, updatedAt: at },
        })
      } else {
        await tx.set<QuotaRecord>(SUBSCRIBE_QUOTAS, {
          _id,
          userId,
          templateId,
          kind,
          remaining: grants,
          acceptedTotal: grants,
          lastResult: result,
          lastResultAt: at,
          updatedAt: at,
        })
      }
    }
    await tx.set(SUBSCRIBE_REQUESTS, request)
    return true
  })
  if (!recorded) return { recorded: false, ignoredTemplateIds }
  return { recorded: true, ignoredTemplateIds }
}

/** Spends one unit if one is left; false when none is (the push is skipped, the message center still has it). */
export function consumeQuota(store: DocumentStore, userId: string, templateId: string): Promise<boolean> {
  return adjustCounter(store.collection<QuotaRecord>(SUBSCRIBE_QUOTAS), quotaIdFor(userId, templateId), REMAINING, -1, { min: 0 })
}

/** Gives back a unit that was taken for a send that certainly did not reach WeChat. */
export async function refundQuota(store: DocumentStore, userId: string, templateId: string): Promise<void> {
  await adjustCounter(store.collection<QuotaRecord>(SUBSCRIBE_QUOTAS), quotaIdFor(userId, templateId), REMAINING, 1)
}

/** The caller's quota for every configured template (remaining null for long-term templates). */
export async function listQuotas(store: DocumentStore, config: TemplateConfig, userId: string): Promise<TemplateQuota[]> {
  const templates = listTemplates(config)
  const records = await store.collection<QuotaRecord>(SUBSCRIBE_QUOTAS).getByIds(templates.map((t) => quotaIdFor(userId, t.templateId)))
  const byTemplate = new Map(records.map((r) => [r.templateId, r]))
  return templates.map((t) => {
    const record = byTemplate.get(t.templateId)
    return {
      key: t.key,
      templateId: t.templateId,
      kind: t.kind,
      remaining: t.kind === 'long_term' ? null : (record?.remaining ?? 0),
      lastResult: record?.lastResult ?? null,
      lastResultAt: record?.lastResultAt ?? null,
    }
  })
}
