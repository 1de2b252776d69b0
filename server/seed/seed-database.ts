import type { Runtime } from '../core/runtime'
import { seedAgencies } from './seed-agencies'
import { seedDemoUsers } from './demo-users'

/** First-run data: the published agencies always; demo accounts in development mode only. */
export async function seedDatabase(runtime: Runtime): Promise<{ agencies: number; demoUsers: boolean }> {
  const now = runtime.clock.now()
  const agencies = await seedAgencies(runtime.store, now)
  const demo = runtime.config.mode === 'development'
  if (demo) await seedDemoUsers(runtime.store, now)
  return { agencies, demoUsers: demo }
}
