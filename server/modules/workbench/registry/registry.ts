import type { District } from '../../../../types/catalog/districts'
import type { RegistryEntry } from '../../../../types/workbench/registry'
import { invalidState, notFound } from '../../../core/app-error'
import type { DocumentStore, Filter } from '../../../ports/document-store'
import { REPORTS, type ReportRecord } from '../../reports/records'
import { toReportSummary } from '../../reports/report-view'
import { ENTERPRISES, USERS, type EnterpriseRecord, type UserRecord } from '../../users/records'
import { enterpriseConsultations, enterpriseSalons } from './enterprise-activity'
import { toRegistryEntries } from './registry-view'

const enterprises = (store: DocumentStore) => store.collection<EnterpriseRecord>(ENTERPRISES)

async function entryFor(store: DocumentStore, enterpriseId: string): Promise<RegistryEntry> {
  const enterprise = await enterprises(store).getById(enterpriseId)
  if (!enterprise) throw notFound('没有找到该企业')
  const [entry] = await toRegistryEntries(store, [enterprise])
  return entry
}

export async function listRegistry(store: DocumentStore, query: { page: number; pageSize: number; keyOnly: boolean; district?: District }) {
  const filter: Filter = {}
  if (query.keyOnly) filter.keyEnterprise = true
  if (query.district) filter.district = query.district
  const [rows, total] = await Promise.all([
    enterprises(store).find(filter, { orderBy: [['verifiedAt', 'desc']], skip: (query.page - 1) * query.pageSize, limit: query.pageSize }),
    enterprises(store).count(filter),
  ])
  return { items: await toRegistryEntries(store, rows), total, page: query.page, pageSize: query.pageSize }
}

export async function updateRegistryEntry(store: DocumentStore, input: { enterpriseId: string; keyEnterprise?: boolean; district?: District | null }, now: Date) {
  const set: Record<string, unknown> = { updatedAt: now.toISOString() }
  if (input.keyEnterprise !== undefined) set.keyEnterprise = input.keyEnterprise
  if (input.district !== undefined) set.district = input.district
  if (!(await enterprises(store).getById(input.enterpriseId))) throw notFound('没有找到该企业')
  await enterprises(store).updateOne(input.enterpriseId, { $set: set })
  return entryFor(store, input.enterpriseId)
}

/**
 * Ends a liaison's access at once: in one by-id transaction the enterprise drops the user and the
 * user loses the liaison role and the enterprise (the caller resolver reads roles on every call,
 * so the very next call is refused). Reports stay with the enterprise, visible to its other liaisons.
 */
export async function revokeLiaison(store: DocumentStore, input: { enterpriseId: string; userId: string }, now: Date) {
  const at = now.toISOString()
  await store.runTransaction(async (tx) => {
    const enterprise = await tx.get<EnterpriseRecord>(ENTERPRISES, input.enterpriseId)
    if (!enterprise) throw notFound('没有找到该企业')
    if (!enterprise.liaisonUserIds.includes(input.userId)) throw invalidState('该用户已不是这家企业的联络员')
    await tx.update(ENTERPRISES, enterprise._id, { $pull: { liaisonUserIds: [input.userId] }, $set: { updatedAt: at } })
    const user = await tx.get<UserRecord>(USERS, input.userId)
    if (user && user.enterpriseId === enterprise._id) {
      await tx.update(USERS, user._id, { $pull: { roles: ['liaison'] }, $set: { enterpriseId: null, updatedAt: at } })
    }
  })
  return entryFor(store, input.enterpriseId)
}

/** One enterprise: its registry row, its latest reports, its consultations and its salon attendance. */
export async function enterpriseOverview(store: DocumentStore, enterpriseId: string, now: Date) {
  const enterprise = await entryFor(store, enterpriseId)
  const reports = store.collection<ReportRecord>(REPORTS)
  const [latest, reportTotal, consultations, salons] = await Promise.all([
    reports.find({ enterpriseId }, { orderBy: [['createdAt', 'desc']], limit: 50 }),
    reports.count({ enterpriseId }),
    enterpriseConsultations(store, enterpriseId),
    enterpriseSalons(store, enterpriseId, now),
  ])
  return { enterprise, reports: latest.map(toReportSummary), reportTotal, consultations, salons }
}
