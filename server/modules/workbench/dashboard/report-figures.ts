import { ipTypeName } from '../../../../types/catalog/ip-types'
import { regionName } from '../../../../types/catalog/regions'
import { serviceTypeName } from '../../../../types/catalog/service-types'
import { EU_HELPDESK_WITHIN_3_DAYS, WORKING_DAY_MINUTES, type BreakdownRow, type Dashboard } from '../../../../types/workbench/dashboard'
import type { PeriodRange } from '../../../../types/workbench/period'
import type { Collection, DocumentStore, Filter, GroupRow } from '../../../ports/document-store'
import { REPORTS, type ReportRecord } from '../../reports/records'
import { OPEN_STATUSES } from '../../reports/status-machine'
import { durationStats } from './duration-stats'

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole)

function breakdown(rows: GroupRow[], label: (key: string) => string, missing = '未填写'): BreakdownRow[] {
  return rows.map((row) => ({ key: row.key === null ? null : String(row.key), label: row.key === null ? missing : label(String(row.key)), count: row.count }))
}

/** Reports submitted in the period: counts by service, IP type, country (a report counts once per country) and district. */
async function reportBreakdowns(reports: Collection<ReportRecord>, submitted: Filter): Promise<Dashboard['reports']> {
  const [total, services, ipTypes, countries, districts] = await Promise.all([
    reports.count(submitted),
    reports.group(submitted, { by: 'serviceType' }),
    reports.group(submitted, { by: 'ipType' }),
    reports.group(submitted, { by: 'countries', unwind: true }),
    reports.group(submitted, { by: 'district' }),
  ])
  return {
    total,
    byServiceType: breakdown(services, serviceTypeName),
    byIpType: breakdown(ipTypes, ipTypeName),
    byCountry: breakdown(countries, regionName),
    byDistrict: breakdown(districts, (d) => d),
  }
}

/** First responses of the period's reports: median, p90 and the shares within 1 and 3 working days. */
async function firstResponse(reports: Collection<ReportRecord>, submitted: Filter): Promise<Dashboard['firstResponse']> {
  const field = 'sla.firstResponseWorkingMinutes'
  const within = (days: number) => reports.count({ $and: [submitted, { [field]: { $gte: 0, $lte: days * WORKING_DAY_MINUTES } }] })
  const [stats, oneDay, threeDays] = await Promise.all([durationStats(reports, submitted, field), within(1), within(3)])
  return {
    ...stats,
    withinOneDay: { count: oneDay, rate: rate(oneDay, stats.count) },
    withinThreeDays: { count: threeDays, rate: rate(threeDays, stats.count) },
    euHelpdeskWithinThreeDays: EU_HELPDESK_WITHIN_3_DAYS,
  }
}

/** Ratings given in the period (by when they were given): share of 4 and 5, and the average. */
async function satisfaction(reports: Collection<ReportRecord>, range: PeriodRange): Promise<Dashboard['satisfaction']> {
  const rated: Filter = { 'rating.ratedAt': { $gte: range.from, $lt: range.to } }
  const [totals, satisfied] = await Promise.all([
    reports.group(rated, { by: null, sum: ['rating.score'] }),
    reports.count({ ...rated, 'rating.score': { $gte: 4 } }),
  ])
  const ratings = totals[0]?.count ?? 0
  const sum = totals[0]?.sums['rating.score'] ?? 0
  return { ratings, satisfied, rate: rate(satisfied, ratings), average: ratings === 0 ? null : sum / ratings }
}

/** Open cases right now, per assignee (names from one report each), and those waiting for one. */
async function openByAssignee(reports: Collection<ReportRecord>): Promise<BreakdownRow[]> {
  const open: Filter = { status: { $in: [...OPEN_STATUSES] } }
  const rows = await reports.group(open, { by: 'assignee.id' })
  return Promise.all(
    rows.map(async (row) => {
      if (row.key === null) return { key: null, label: '待分派', count: row.count }
      const sample = await reports.findOne({ ...open, 'assignee.id': row.key })
      return { key: String(row.key), label: sample?.assignee?.name ?? String(row.key), count: row.count }
    }),
  )
}

export async function reportFigures(store: DocumentStore, range: PeriodRange) {
  const reports = store.collection<ReportRecord>(REPORTS)
  const submitted: Filter = { createdAt: { $gte: range.from, $lt: range.to } }
  const breached: Filter = { $and: [submitted, { $or: [{ 'sla.firstResponseBreachedAt': { $ne: null } }, { 'sla.resolutionBreachedAt': { $ne: null } }] }] }
  const [breakdowns, first, resolution, breachedCount, ratings, load] = await Promise.all([
    reportBreakdowns(reports, submitted),
    firstResponse(reports, submitted),
    durationStats(reports, submitted, 'sla.resolutionWorkingMinutes'),
    reports.count(breached),
    satisfaction(reports, range),
    openByAssignee(reports),
  ])
  return {
    reports: breakdowns,
    firstResponse: first,
    resolution,
    sla: { breached: breachedCount, rate: rate(breachedCount, breakdowns.total) },
    satisfaction: ratings,
    openByAssignee: load,
  }
}
