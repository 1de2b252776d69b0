import type { DocumentStore } from '../../ports/document-store'
import { AGENCIES, type AgencyRecord } from '../directory/records'
import { EXPERTS, type ExpertRecord } from '../experts/records'
import type { ServiceTypeCode } from '../../../types/catalog/service-types'
import type { Candidate } from './assignment-rules'
import { REPORTS, type ReportRecord } from './records'
import { LOAD_STATUSES } from './status-machine'

/**
 * Open cases an agency takes at once: directory records carry no capacity of their own, and an
 * agency is a firm rather than one person, so it gets a larger default than an expert.
 */
const AGENCY_MAX_OPEN_CASES = 20

/**
 * Experts of the pool and designated agencies that offer this service, with their open load.
 * An agency without a linked case-handling account stays a candidate with `userId: null`, which the
 * rule engine skips (and says so in its reasons).
 */
export async function loadCandidates(store: DocumentStore, serviceType: ServiceTypeCode): Promise<Candidate[]> {
  const [experts, agencies] = await Promise.all([
    store.collection<ExpertRecord>(EXPERTS).find({ serviceTypes: { $contains: serviceType } }, { limit: 1000 }),
    store.collection<AgencyRecord>(AGENCIES).find({ services: { $contains: serviceType } }, { limit: 1000 }),
  ])
  return Promise.all([...experts.map((e) => toCandidate(store, e)), ...agencies.map((a) => agencyCandidate(store, a))])
}

function openCasesOf(store: DocumentStore, kind: 'expert' | 'agency', id: string): Promise<number> {
  return store
    .collection<ReportRecord>(REPORTS)
    .count({ 'assignee.kind': kind, 'assignee.id': id, status: { $in: [...LOAD_STATUSES] } })
}

async function agencyCandidate(store: DocumentStore, a: AgencyRecord): Promise<Candidate> {
  return {
    kind: 'agency',
    id: a._id,
    name: a.name,
    userId: a.caseHandlerUserId ?? null,
    active: a.status === 'active',
    serviceTypes: a.services,
    ipTypes: a.ipTypes,
    countries: a.countries,
    maxOpenCases: AGENCY_MAX_OPEN_CASES,
    openCases: await openCasesOf(store, 'agency', a._id),
  }
}

async function toCandidate(store: DocumentStore, e: ExpertRecord): Promise<Candidate> {
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
    openCases: await openCasesOf(store, 'expert', e._id),
  }
}

/** One named expert or agency with its load, for a staff reassignment (staff may override the matching rules). */
export async function loadCandidate(store: DocumentStore, kind: 'expert' | 'agency', id: string): Promise<Candidate | null> {
  if (kind === 'agency') {
    const agency = await store.collection<AgencyRecord>(AGENCIES).getById(id)
    return agency ? agencyCandidate(store, agency) : null
  }
  const expert = await store.collection<ExpertRecord>(EXPERTS).getById(id)
  return expert ? toCandidate(store, expert) : null
}
