import type { TransactionScope } from '../../ports/document-store'
import type { ContentLifecycleHooks } from '../content/content-hooks'
import type { ContentRecord } from '../content/records'
import { alertPushSnapshot } from './alert-push'
import { ALERT_DISPATCHES, type AlertDispatchRecord } from './records'

/**
 * The alerts flow's side of content publishing, run inside the content module's publish and
 * withdraw transactions (by id only, no outside calls: CloudBase may re-run them):
 *  - published: the dispatch record switches to `publishing` with a snapshot of what to announce,
 *    so the alerts timer fans it out — it exists if and only if the publication committed;
 *  - withdrawn: the record switches to `withdrawn` with deliveries still to stop; stopping (a
 *    query over the outbox) happens right after commit where the caller can, and in any case on
 *    the next alerts timer tick.
 */
export const alertLifecycleHooks: ContentLifecycleHooks = {
  published: recordPublication,
  withdrawn: recordWithdrawal,
}

async function recordPublication(tx: TransactionScope, content: ContentRecord): Promise<void> {
  const at = content.publishedAt ?? content.updatedAt
  const fields = {
    state: 'publishing' as const,
    publishedAt: at,
    urgent: content.kind === 'risk_alert' && content.severity === 'urgent',
    targeting: { countries: [...content.countries], ipTypes: [...content.ipTypes], industries: [...content.industries] },
    push: alertPushSnapshot(content),
    cursor: null,
    matched: 0,
    planned: 0,
    fanoutOwner: null,
    fanoutLeaseUntil: null,
    fanoutDoneAt: null,
    withdrawnAt: null,
    deliveriesStoppedAt: null,
    blockedAt: null,
    blockedReason: null,
    updatedAt: at,
  }
  const existing = await tx.get<AlertDispatchRecord>(ALERT_DISPATCHES, content._id)
  if (existing) {
    await tx.update(ALERT_DISPATCHES, content._id, { $set: fields, $inc: { publication: 1 } })
    return
  }
  const record: AlertDispatchRecord = { _id: content._id, publishAt: null, scheduledBy: null, publication: 1, createdAt: at, ...fields }
  await tx.set(ALERT_DISPATCHES, record)
}

async function recordWithdrawal(tx: TransactionScope, content: ContentRecord): Promise<void> {
  // An item published before these hooks existed has no record: it has nothing queued either.
  if (!(await tx.get<AlertDispatchRecord>(ALERT_DISPATCHES, content._id))) return
  const at = content.withdrawnAt ?? content.updatedAt
  await tx.update(ALERT_DISPATCHES, content._id, {
    $set: { state: 'withdrawn', withdrawnAt: at, deliveriesStoppedAt: null, fanoutOwner: null, fanoutLeaseUntil: null, updatedAt: at },
  })
}
