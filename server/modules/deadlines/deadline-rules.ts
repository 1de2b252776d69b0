import { createHash } from 'node:crypto'
import type { DeadlineRule, DeadlineRuleFields } from '../../../types/deadlines/schemas'
import type { RegionCode } from '../../../types/catalog/regions'
import { AppError, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { createVersioned, updateVersioned } from '../revisions/versioned-write'
import { toDeadlineRule } from './compute-deadline'
import { DEADLINE_RULES, type DeadlineRuleRecord } from './records'
import { ruleChanges } from './rule-fields'

/** Bad input with the field to mark ("legalDeadline.triggerDate"), in the envelope's issue shape. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ path: field.split('.'), message }])
}

export function deadlineRules(store: DocumentStore) {
  return store.collection<DeadlineRuleRecord>(DEADLINE_RULES)
}

export async function listDeadlineRules(store: DocumentStore, region: RegionCode | undefined, now: Date): Promise<{ items: DeadlineRule[] }> {
  const records = await deadlineRules(store).find(region ? { regions: { $contains: region } } : {}, {
    orderBy: [['office', 'asc'], ['procedure', 'asc'], ['_id', 'asc']],
    limit: 1000,
  })
  return { items: records.map((r) => toDeadlineRule(r, now)) }
}

export async function loadDeadlineRule(store: DocumentStore, ruleId: string): Promise<DeadlineRuleRecord> {
  const rule = await deadlineRules(store).getById(ruleId)
  if (!rule) throw notFound('没有找到所选的期限规则，请刷新后重新选择')
  return rule
}

function checkConsistent(fields: DeadlineRuleFields): void {
  if (!fields.period && fields.maxWithExtensions) throw fieldError('maxWithExtensions', '没有期限的规则不能填写延期后最长期限')
}

/**
 * Staff create a rule or correct one. Every write records a revision (who, when, what changed,
 * why); reports already computed keep the revision they used and show that a newer one exists.
 */
export async function saveDeadlineRule(
  store: DocumentStore,
  caller: Caller,
  input: { ruleId: string | null; expectedRevision?: number; fields: DeadlineRuleFields; reason: string | null },
  now: Date,
): Promise<DeadlineRule> {
  checkConsistent(input.fields)
  const at = now.toISOString()
  if (input.ruleId === null) {
    const id = `dl_${createHash('sha256').update(`${input.fields.office}:${input.fields.procedure}:${at}:${caller.userId}`).digest('hex').slice(0, 16)}`
    const record: DeadlineRuleRecord = { _id: id, ...input.fields, revision: 1, createdAt: at, updatedAt: at, createdBy: caller.userId, updatedBy: caller.userId }
    const created = await createVersioned(store, DEADLINE_RULES, record, ruleChanges(null, record), {
      entityType: 'deadline_rule',
      action: 'create',
      actorUserId: caller.userId,
      at,
      note: input.reason,
    })
    return toDeadlineRule(created, now)
  }
  if (input.expectedRevision === undefined) throw fieldError('expectedRevision', '缺少版本号，请重新打开后再编辑')
  const { record } = await updateVersioned<DeadlineRuleRecord>(store, {
    collection: DEADLINE_RULES,
    id: input.ruleId,
    expectedRevision: input.expectedRevision,
    subject: '该期限规则',
    change(current) {
      const next: DeadlineRuleRecord = { ...current, ...input.fields }
      return { next, changes: ruleChanges(current, next) }
    },
    meta: { entityType: 'deadline_rule', action: 'update', actorUserId: caller.userId, at, note: input.reason },
  })
  return toDeadlineRule(record, now)
}
