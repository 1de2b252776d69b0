import { randomBytes } from 'node:crypto'
import type { Role } from '../../../types/roles'
import type { AuditTrail, AuditWriteEvent } from '../../core/audit'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { AUDIT_LOG, type AuditEntryRecord } from './records'

/** Whose writes and sign-ins are kept: everyone acting for the bureau or on a case, not the public. */
export const AUDITED_ROLES: readonly Role[] = ['staff', 'expert', 'agency', 'admin']

export function isAudited(roles: readonly Role[]): boolean {
  return roles.some((role) => AUDITED_ROLES.includes(role))
}

function entryId(at: Date): string {
  return `aud_${at.toISOString().replace(/[^0-9]/g, '')}_${randomBytes(6).toString('hex')}`
}

function entry(caller: Caller, at: Date, fields: Pick<AuditEntryRecord, 'kind' | 'functionName' | 'action' | 'records' | 'outcome' | 'failureCode'>): AuditEntryRecord {
  return {
    _id: entryId(at),
    at: at.toISOString(),
    actorUserId: caller.userId,
    actorRoles: [...caller.roles],
    ...fields,
    recordIds: [...new Set(fields.records.map((r) => r.slice(r.indexOf('/') + 1)).filter((id) => id !== '*'))],
  }
}

/** The runtime's audit hook over the store: one insert per entry, nothing else ever touches the log. */
export function createAuditTrail(store: DocumentStore): AuditTrail {
  const log = () => store.collection<AuditEntryRecord>(AUDIT_LOG)
  return {
    collection: AUDIT_LOG,
    async recordWrite(event: AuditWriteEvent) {
      if (!isAudited(event.caller.roles)) return
      await log().insert(entry(event.caller, event.at, { kind: 'write', functionName: event.functionName, action: event.action, records: event.records, outcome: event.outcome, failureCode: event.failureCode }))
    },
    async recordSignIn(caller: Caller, via: string, at: Date) {
      if (!isAudited(caller.roles)) return
      await log().insert(entry(caller, at, { kind: 'sign_in', functionName: 'session', action: via, records: [], outcome: 'ok', failureCode: null }))
    },
  }
}
