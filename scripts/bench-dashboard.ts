// Dashboard speed on this machine (npm run bench:dashboard): seeds 50,000 reports over three
// years and 2,000 enterprises into a temporary SQLite store (with the indexes the specs declare),
// then builds the dashboard for one year, one quarter and one month. Prints figures only.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DISTRICTS } from '../types/catalog/districts'
import { IP_TYPES } from '../types/catalog/ip-types'
import type { RegionCode } from '../types/catalog/regions'
import { SERVICE_TYPES } from '../types/catalog/service-types'
import type { Period } from '../types/workbench/period'
import { createSqliteDocumentStore } from '../server/adapters/sqlite/sqlite-document-store'
import { ALERTS_COLLECTIONS } from '../server/modules/alerts/records'
import { MESSAGING_COLLECTIONS } from '../server/modules/messaging/records'
import { REPORTS, REPORTS_COLLECTIONS, type ReportRecord } from '../server/modules/reports/records'
import { ENTERPRISES, USERS_COLLECTIONS, type EnterpriseRecord } from '../server/modules/users/records'
import { buildDashboard } from '../server/modules/workbench/dashboard/build-dashboard'
import { reportRecord } from '../server/modules/workbench/testing/seed-records'

const REPORT_COUNT = Number(process.env.BENCH_REPORTS ?? 50_000)
const ENTERPRISE_COUNT = Number(process.env.BENCH_ENTERPRISES ?? 2_000)
const COUNTRIES: RegionCode[] = ['US', 'DE', 'JP', 'GB', 'FR', 'VN', 'NG', 'BR', 'AU', 'KR']
const START = Date.UTC(2024, 0, 1)
const SPAN = Date.UTC(2026, 11, 31) - START

const dir = mkdtempSync(join(tmpdir(), 'oipa-bench-dashboard-'))
const store = createSqliteDocumentStore({
  file: join(dir, 'bench.sqlite'),
  collections: [...REPORTS_COLLECTIONS, ...MESSAGING_COLLECTIONS, ...ALERTS_COLLECTIONS, ...USERS_COLLECTIONS],
})

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
let state = 42
const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]

async function seed(): Promise<void> {
  const at = new Date(START).toISOString()
  const enterprises: EnterpriseRecord[] = Array.from({ length: ENTERPRISE_COUNT }, (_, i) => ({
    _id: `ent_${i}`,
    name: `企业${i}`,
    creditCode: `CODE${String(i).padStart(14, '0')}`,
    industry: 'hair_products',
    exportMarkets: ['US'],
    liaisonUserIds: [`usr_${i}`],
    district: pick(DISTRICTS),
    keyEnterprise: i % 10 === 0,
    verifiedAt: at,
    updatedAt: at,
  }))
  for (let i = 0; i < enterprises.length; i += 1000) await store.collection<EnterpriseRecord>(ENTERPRISES).insertMany(enterprises.slice(i, i + 1000))
  for (let start = 0; start < REPORT_COUNT; start += 1000) {
    const batch: ReportRecord[] = []
    for (let i = start; i < Math.min(start + 1000, REPORT_COUNT); i++) {
      const enterprise = pick(enterprises)
      const createdAt = new Date(START + Math.floor(random() * SPAN)).toISOString()
      const responded = random() < 0.9
      const resolved = responded && random() < 0.7
      const rated = resolved && random() < 0.6
      batch.push(
        reportRecord(`rpt_${i}`, {
          createdAt,
          enterpriseId: enterprise._id,
          district: enterprise.district ?? null,
          serviceType: pick(SERVICE_TYPES).code,
          ipType: pick(IP_TYPES).code,
          countries: random() < 0.2 ? [pick(COUNTRIES), pick(COUNTRIES)].filter((c, k, all) => all.indexOf(c) === k) : [pick(COUNTRIES)],
          status: rated ? 'closed' : resolved ? 'resolved' : responded ? 'in_progress' : 'unassigned',
          assignee: responded ? { kind: 'expert', id: `exp_${i % 40}`, name: `专家${i % 40}`, userId: `usr_exp_${i % 40}` } : null,
          rating: rated ? { score: 1 + Math.floor(random() * 5), comment: null, ratedAt: createdAt } : null,
          sla: {
            firstResponseWorkingMinutes: responded ? Math.floor(random() * 2400) : null,
            resolutionWorkingMinutes: resolved ? Math.floor(random() * 20000) : null,
            firstResponseBreachedAt: random() < 0.05 ? createdAt : null,
          },
        }),
      )
    }
    await store.collection<ReportRecord>(REPORTS).insertMany(batch)
  }
}

async function time(label: string, period: Period): Promise<void> {
  await buildDashboard(store, period) // warm the statement cache and the page cache
  const runs = 3
  const started = performance.now()
  const cpu = process.cpuUsage()
  let total = 0
  for (let i = 0; i < runs; i++) total = (await buildDashboard(store, period)).reports.total
  const ms = (performance.now() - started) / runs
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000 / runs
  // CPU time too: on a shared machine the wall time mostly measures waiting for a core.
  console.log(`${label.padEnd(18)} ${String(total).padStart(6)} reports  ${ms.toFixed(0).padStart(5)} ms wall  ${cpuMs.toFixed(0).padStart(5)} ms CPU per dashboard (mean of ${runs})`)
}

async function main(): Promise<void> {
  const seedStart = performance.now()
  await seed()
  console.log(`seeded ${REPORT_COUNT.toLocaleString('en-US')} reports over 2024–2026 and ${ENTERPRISE_COUNT.toLocaleString('en-US')} enterprises in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`)
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`)
  await time('year 2025', { kind: 'year', year: 2025 })
  await time('quarter 2026 Q2', { kind: 'quarter', year: 2026, quarter: 2 })
  await time('month 2026-11', { kind: 'month', year: 2026, month: 11 })
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => {
    store.close()
    rmSync(dir, { recursive: true, force: true })
  })
