import type { AuditEntry } from '../../../types/workbench/audit'
import { dayjs, SHANGHAI } from '../../../types/time'
import type { DocumentStore, Filter } from '../../ports/document-store'
import { USERS, type UserRecord } from '../users/records'
import { AUDIT_LOG, type AuditEntryRecord } from './records'

export interface AuditQuery {
  actorUserId?: string
  recordId?: string
  from?: string
  to?: string
  page: number
  pageSize: number
}

export async function listAuditLog(store: DocumentStore, query: AuditQuery) {
  const filter: Filter = {}
  if (query.actorUserId) filter.actorUserId = query.actorUserId
  if (query.recordId) filter.recordIds = { $contains: query.recordId }
  const at: { $gte?: string; $lt?: string } = {}
  if (query.from) at.$gte = dayjs.tz(query.from, SHANGHAI).toISOString()
  if (query.to) at.$lt = dayjs.tz(query.to, SHANGHAI).add(1, 'day').toISOString()
  if (at.$gte || at.$lt) filter.at = at
  const log = store.collection<AuditEntryRecord>(AUDIT_LOG)
  const [rows, total] = await Promise.all([
    log.find(filter, { orderBy: [['at', 'desc']], skip: (query.page - 1) * query.pageSize, limit: query.pageSize }),
    log.count(filter),
  ])
  const users = await store.collection<UserRecord>(USERS).getByIds([...new Set(rows.map((r) => r.actorUserId))])
  const names = new Map(users.map((u) => [u._id, u.displayName]))
  const items: AuditEntry[] = rows.map((r) => ({
    entryId: r._id,
    at: r.at,
    kind: r.kind,
    actorUserId: r.actorUserId,
    actorName: names.get(r.actorUserId) ?? r.actorUserId,
    actorRoles: r.actorRoles,
    functionName: r.functionName,
    action: r.action,
    records: r.records,
    outcome: r.outcome,
    failureCode: r.failureCode,
  }))
  return { items, total, page: query.page, pageSize: query.pageSize }
}
