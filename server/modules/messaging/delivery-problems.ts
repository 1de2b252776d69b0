import type { DeliveryProblem } from '../../../types/messaging/schemas'
import { invalidState, notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { outboxOf } from './dispatcher/outbox-transitions'
import type { OutboxRecord } from './records'

export type ProblemStatus = 'dead' | 'failed' | 'uncertain'
const PROBLEM_STATUSES: ProblemStatus[] = ['dead', 'failed', 'uncertain']

export function toDeliveryProblem(row: OutboxRecord): DeliveryProblem {
  return {
    deliveryId: row._id,
    status: row.status,
    templateKey: row.templateKey,
    recipientUserId: row.recipientUserId,
    sourceKind: row.sourceKind,
    sourceId: row.sourceId,
    attempts: row.attempts,
    lastError: row.lastError,
    updatedAt: row.updatedAt,
  }
}

export async function listDeliveryProblems(store: DocumentStore, status: ProblemStatus | undefined, page: number, pageSize: number) {
  const filter = { status: { $in: status ? [status] : PROBLEM_STATUSES } }
  const [items, total] = await Promise.all([
    outboxOf(store).find(filter, { orderBy: [['updatedAt', 'desc']], skip: (page - 1) * pageSize, limit: pageSize }),
    outboxOf(store).count(filter),
  ])
  return { items: items.map(toDeliveryProblem), total }
}

/**
 * Puts a dead or failed row back to pending with its attempts reset. Never an uncertain row: it
 * may already have reached the user, and a second push is worse than a missing one.
 */
export async function requeueDelivery(store: DocumentStore, deliveryId: string, now: Date): Promise<DeliveryProblem> {
  const outbox = outboxOf(store)
  const at = now.toISOString()
  const requeued = await outbox.updateOne(
    deliveryId,
    { $set: { status: 'pending', attempts: 0, notBefore: at, lastError: null, updatedAt: at } },
    { status: { $in: ['dead', 'failed'] } },
  )
  const row = await outbox.getById(deliveryId)
  if (!row) throw notFound('没有找到这条推送记录')
  if (!requeued) {
    throw invalidState(row.status === 'uncertain' ? '该推送可能已送达用户，为避免重复推送不能重发' : '只有发送失败的推送可以重新发送')
  }
  return toDeliveryProblem(row)
}
