import type { DocumentStore } from '../../ports/document-store'
import { EXPERTS, type ExpertRecord } from '../experts/records'
import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { Candidate } from './assignment-rules'
import { REPORTS, type ReportRecord } from './records'
import { LOAD_STATUSES } from './status-machine'

/**
 * Experts of the pool who offer this service, with their open load. Agencies are not loaded yet:
 * directory records carry no linked account to work a case (the rule engine already handles them).
 */
export async function loadCandidates(store: DocumentStore, serviceType: ServiceTypeCode): Promise<Candidate[]> {
  const experts = await store.collection<ExpertRecord>(EXPERTS).find({ serviceTypes: { $contains: serviceType } }, { limit: 1000 })
  return Promise.all(experts.map((e) => toCandidate(store, e)))
}

async function toCandidate(store: DocumentStore, e: ExpertRecord): Promise<Candidate> {
  const reports = store.collection<ReportRecord>(REPORTS)
  return {
    kind: 'expert',
    id: e._id,
    name: e.name,
    userId: e.userId,
    active: e.status === 'active',
    serviceTypes: e.serviceTypes,
    ipTypes: e.ipTypes,
    countries: e.countries,
    maxOpenCases: e.maxOpenCases,
    openCases: await reports.count({ 'assignee.kind': 'expert', 'assignee.id': e._id, status: { $in: [...LOAD_STATUSES] } }),
  }
}

/** One named expert with its load, for a staff reassignment (staff may override the matching rules). */
export async function loadCandidate(store: DocumentStore, kind: 'expert' | 'agency', id: string): Promise<Candidate | null> {
  if (kind !== 'expert') return null
  const expert = await store.collection<ExpertRecord>(EXPERTS).getById(id)
  return expert ? toCandidate(store, expert) : null
}
