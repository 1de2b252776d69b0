import type { Dashboard } from '../../../../types/workbench/dashboard'
import { periodRange, type Period } from '../../../../types/workbench/period'
import type { DocumentStore } from '../../../ports/document-store'
import { alertReach } from './alert-reach'
import { consultationFigures, salonFigures } from './booking-figures'
import { reportFigures } from './report-figures'

/**
 * Every figure of the dashboard for one period. Reports count in the period they were submitted
 * (their response and resolution times with them); ratings and alert reads count when they happened.
 */
export async function buildDashboard(store: DocumentStore, period: Period): Promise<Dashboard> {
  const range = periodRange(period)
  const [reports, alerts, consultations, salons] = await Promise.all([
    reportFigures(store, range),
    alertReach(store, range),
    consultationFigures(store, range),
    salonFigures(store, range),
  ])
  return { period: range, ...reports, alerts, consultations, salons }
}
