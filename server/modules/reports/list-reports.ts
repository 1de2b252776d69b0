import type { ReportStatus, ReportSummary } from '../../../types/reports/schemas'
import type { Caller } from '../../core/caller'
import type { DocumentStore, Filter, FindOptions } from '../../ports/document-store'
import { loadUser } from '../users/load-user'
import { reportRepository } from './report-repository'
import { toReportSummary } from './report-view'

export interface ReportPage {
  items: ReportSummary[]
  total: number
  page: number
  pageSize: number
}

type Order = FindOptions['orderBy']
const NEWEST_FIRST: Order = [['createdAt', 'desc'], ['_id', 'asc']]
/** Nearest legal deadline abroad first; reports without one after them, newest first. */
const MOST_URGENT_FIRST: Order = [['legalDueSortKey', 'asc'], ['createdAt', 'desc'], ['_id', 'asc']]

async function pageOf(store: DocumentStore, filter: Filter, page: number, pageSize: number, orderBy: Order = NEWEST_FIRST): Promise<ReportPage> {
  const repo = reportRepository(store)
  const [records, total] = await Promise.all([
    repo.find(filter, { orderBy, skip: (page - 1) * pageSize, limit: pageSize }),
    repo.count(filter),
  ])
  return { items: records.map(toReportSummary), total, page, pageSize }
}

const withStatus = (filter: Filter, status: ReportStatus | undefined): Filter => (status ? { ...filter, status } : filter)

/** The reports of the caller's enterprise (all its liaisons'); none without a verified enterprise. */
export async function listMyReports(store: DocumentStore, caller: Caller, status: ReportStatus | undefined, page: number, pageSize: number): Promise<ReportPage> {
  const user = await loadUser(store, caller)
  if (!user.enterpriseId) return { items: [], total: 0, page, pageSize }
  return pageOf(store, withStatus({ enterpriseId: user.enterpriseId }, status), page, pageSize)
}

/** Reports currently assigned to the caller: the assignee's inbox, most urgent legal deadline first. */
export function listAssignedReports(store: DocumentStore, caller: Caller, status: ReportStatus | undefined, page: number, pageSize: number): Promise<ReportPage> {
  return pageOf(store, withStatus({ 'assignee.userId': caller.userId }, status), page, pageSize, MOST_URGENT_FIRST)
}

export interface StaffReportFilters {
  status?: ReportStatus
  serviceType?: string
  escalatedOnly: boolean
  assigneeUserId?: string
}

/** Every report, for staff, with filters. */
export function listAllReports(store: DocumentStore, filters: StaffReportFilters, page: number, pageSize: number): Promise<ReportPage> {
  const filter: Filter = withStatus({}, filters.status)
  if (filters.serviceType) filter.serviceType = filters.serviceType
  if (filters.escalatedOnly) filter.escalated = true
  if (filters.assigneeUserId) filter['assignee.userId'] = filters.assigneeUserId
  return pageOf(store, filter, page, pageSize)
}
