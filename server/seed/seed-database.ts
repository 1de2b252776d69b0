import type { Runtime } from '../core/runtime'
import { loadCalendarYears } from '../modules/calendar/calendar-store'
import { linkDomainRepository } from '../modules/content/link-domains/link-domain-repository'
import { seedDeadlineRules } from '../modules/deadlines/seed-deadline-rules'
import { backfillLegalDueSortKey } from '../modules/reports/backfill-legal-due'
import { seedAgencies } from './seed-agencies'
import { seedDemoContent } from './demo-content'
import { seedDemoExperts } from './demo-experts'
import { seedDemoUsers } from './demo-users'

/**
 * First-run data: the published agencies and the official working-calendar years always; demo accounts, fictional experts and fictional
 * knowledge items in development mode only.
 */
export async function seedDatabase(runtime: Runtime): Promise<{ agencies: number; demoUsers: boolean }> {
  const now = runtime.clock.now()
  const agencies = await seedAgencies(runtime.store, now)
  // The working calendar's official years (also written on first read where no seed step runs).
  await loadCalendarYears(runtime.store, now)
  // Public rule table (foreign offices' legal deadlines): seeded in every mode, never overwritten.
  await seedDeadlineRules(runtime.store, now)
  // The link allow-list's defaults (also written on first read where no seed step runs).
  await linkDomainRepository(runtime.store).loadAll(now)
  await backfillLegalDueSortKey(runtime.store)
  const demo = runtime.config.mode === 'development'
  if (demo) {
    await seedDemoUsers(runtime.store, now)
    await seedDemoExperts(runtime.store, now)
    await seedDemoContent(runtime.store, now)
  }
  return { agencies, demoUsers: demo }
}
