import type { z } from 'zod'
import type { updateEnterpriseInputSchema } from '../../../types/users/enterprise-edit'
import { conflict, forbidden, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { newOutboxRecord } from '../messaging/enqueue-notification'
import { NOTIFICATION_OUTBOX } from '../messaging/records'
import { diffFields } from '../revisions/diff-fields'
import { newRevisionRecord } from '../revisions/new-revision-record'
import { REVISIONS } from '../revisions/records'
import { ENTERPRISES, type EnterpriseRecord } from '../users/records'

type EnterpriseEdit = z.output<typeof updateEnterpriseInputSchema>

const LABELS = { name: '企业名称', industry: '所属行业', exportMarkets: '出口市场' } as const

const isStaff = (caller: Caller) => caller.roles.includes('staff') || caller.roles.includes('admin')

/** Staff, or a liaison on the enterprise's record. */
export async function assertMayEditEnterprise(store: DocumentStore, caller: Caller, enterpriseId: string): Promise<EnterpriseRecord> {
  const enterprise = await store.collection<EnterpriseRecord>(ENTERPRISES).getById(enterpriseId)
  if (!enterprise) throw notFound('没有找到该企业')
  if (!isStaff(caller) && !enterprise.liaisonUserIds.includes(caller.userId)) throw forbidden('只有局工作人员或该企业的联络员可以修改企业信息')
  return enterprise
}

/**
 * The one way the enterprise's name, industry and markets change: a separate, audited edit by staff
 * or one of its liaisons. Record, revision and a notice to the other liaisons are written in one
 * by-id transaction, and only if nobody saved since the editor loaded the record.
 */
export async function updateEnterprise(store: DocumentStore, caller: Caller, edit: EnterpriseEdit, now: Date): Promise<EnterpriseRecord> {
  await assertMayEditEnterprise(store, caller, edit.enterpriseId)
  const at = now.toISOString()
  return store.runTransaction(async (tx) => {
    const current = await tx.get<EnterpriseRecord>(ENTERPRISES, edit.enterpriseId)
    if (!current) throw notFound('没有找到该企业')
    const revision = current.revision ?? 0
    if (revision !== edit.expectedRevision) throw conflict('企业信息刚被他人修改，请刷新后在最新内容上重新修改')
    const next = { name: edit.name, industry: edit.industry, exportMarkets: edit.exportMarkets }
    const changes = diffFields(current, { ...current, ...next }, LABELS)
    if (changes.length === 0) return current
    const record: EnterpriseRecord = { ...current, ...next, revision: revision + 1, updatedAt: at, updatedBy: caller.userId }
    await tx.set(ENTERPRISES, record)
    await tx.set(REVISIONS, newRevisionRecord(record._id, record.revision ?? 1, changes, { entityType: 'enterprise', action: 'update', actorUserId: caller.userId, at, note: edit.note }))
    for (const liaisonUserId of current.liaisonUserIds) {
      if (liaisonUserId === caller.userId) continue
      await tx.set(
        NOTIFICATION_OUTBOX,
        newOutboxRecord(
          {
            recipientUserId: liaisonUserId,
            templateKey: 'application_reviewed',
            notice: 'enterprise_edited',
            payload: { enterpriseName: record.name, resultLabel: '信息变更', reason: changes.map((c) => c.label).join('、'), reviewedAt: at },
            dedupeKey: `enterprise:${record._id}:r${record.revision}:${liaisonUserId}`,
            inbox: {
              title: '企业登记信息已修改',
              summary: `${record.name} 的${changes.map((c) => c.label).join('、')}已修改。如非本企业授权的修改，请联系工作人员。`,
              page: 'packages/account/profile/index',
            },
            source: { kind: 'enterprise', id: record._id },
          },
          { now },
        ),
      )
    }
    return record
  })
}
