// Booking throughput through the local gateway (npm run bench:booking): HTTP → function entry →
// handler → SQLite, as the app calls it. Two runs: 200 parallel requests for ONE slot (exactly one
// may win), and 1,000 bookings spread over many providers' slots (all should win). Prints figures.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { bookConsultation, listSlots, saveAvailability } from '../types/consultations/contracts'
import { DEFAULT_AVAILABILITY } from '../types/consultations/availability'
import type { ActionContract } from '../types/contract'
import { readGatewayConfig } from '../server/gateway/gateway-config'
import { issueSessionToken } from '../server/gateway/session-token'
import { startGateway } from '../server/gateway/start-gateway'
import { EXPERTS, type ExpertRecord } from '../server/modules/experts/records'
import { ENTERPRISES, USERS, type EnterpriseRecord, type UserRecord } from '../server/modules/users/records'
import { userIdForOpenid } from '../server/modules/users/user-id'
import { PRIVACY_GUIDE_VERSION } from '../types/users/schemas'
import { FixedClock } from '../tests/support/fixed-clock'

const SPREAD = Number(process.env.BENCH_SPREAD ?? 1000)
const PARALLEL_ONE_SLOT = 200
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50)
const PROVIDERS = 25
const NOW = '2026-11-25T02:00:00.000Z' // Wednesday 10:00 Shanghai

const dir = mkdtempSync(join(tmpdir(), 'oipa-bench-booking-'))
const clock = new FixedClock(NOW)
const config = readGatewayConfig({ GATEWAY_PORT: '0', DATA_DIR: dir, APP_MODE: 'development', H5_DIR: join(dir, 'no-h5') }, process.cwd())

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

async function main() {
  const gateway = await startGateway(config, clock, () => {})
  const store = gateway.runtime.store
  const token = (openid: string) => issueSessionToken(config.sessionSecret, openid, new Date(Date.parse(NOW) + 86_400_000))
  async function call(contract: ActionContract, data: unknown, openid: string): Promise<{ ok: boolean; data?: unknown; code?: string }> {
    const response = await fetch(`${gateway.url}/api/functions/${contract.functionName}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token(openid)}` },
      body: JSON.stringify({ action: contract.action, data }),
    })
    return (await response.json()) as { ok: boolean; data?: unknown; code?: string }
  }

  // Providers: experts linked to expert accounts, each open weekdays 09–12 and 14–17.
  const at = new Date(NOW).toISOString()
  const user = (openid: string, roles: UserRecord['roles'], enterpriseId: string | null): UserRecord => ({
    _id: userIdForOpenid(openid),
    openid,
    displayName: openid,
    roles,
    privacyConsent: { version: PRIVACY_GUIDE_VERSION, at },
    enterpriseId,
    pendingApplicationId: null,
    createdAt: at,
    updatedAt: at,
  })
  const providerOpenids = Array.from({ length: PROVIDERS }, (_, i) => `bench-expert-${i}`)
  await store.collection<UserRecord>(USERS).insertMany(providerOpenids.map((o) => user(o, ['expert'], null)))
  await store.collection<ExpertRecord>(EXPERTS).insertMany(
    providerOpenids.map((openid, i) => ({
      _id: `bench_expert_${i}`,
      name: `压测专家${i}`,
      title: '律师',
      affiliation: '压测事务所',
      ipTypes: ['trademark'],
      serviceTypes: ['dispute_response'],
      countries: ['US'],
      languages: ['zh'],
      yearsOverseasExperience: 5,
      photoFileId: null,
      intro: null,
      userId: userIdForOpenid(openid),
      maxOpenCases: 5,
      status: 'active',
      statusReason: null,
      searchText: '',
      revision: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: null,
      updatedBy: null,
    })),
  )
  for (const openid of providerOpenids) {
    const saved = await call(saveAvailability, { rules: { ...DEFAULT_AVAILABILITY, minNoticeHours: 0, horizonDays: 30, dailyCap: 6 } }, openid)
    if (!saved.ok) throw new Error(`saveAvailability: ${JSON.stringify(saved)}`)
  }
  // Enterprises (3 open bookings each) with one liaison each.
  const enterprises = Math.ceil((SPREAD + PARALLEL_ONE_SLOT) / 3) + 1
  const liaisons = Array.from({ length: enterprises }, (_, i) => `bench-liaison-${i}`)
  for (let start = 0; start < enterprises; start += 500) {
    const slice = liaisons.slice(start, start + 500)
    await store.collection<EnterpriseRecord>(ENTERPRISES).insertMany(
      slice.map((openid, k) => ({
        _id: `ent_bench_${start + k}`,
        name: `压测企业${start + k}`,
        creditCode: `BENCH${start + k}`,
        industry: 'hair_products',
        exportMarkets: ['US'],
        liaisonUserIds: [userIdForOpenid(openid)],
        verifiedAt: at,
        updatedAt: at,
      })),
    )
    await store.collection<UserRecord>(USERS).insertMany(slice.map((openid, k) => user(openid, ['liaison'], `ent_bench_${start + k}`)))
  }

  const input = (provider: number, startAt: string, key: string) => ({
    idempotencyKey: key,
    provider: { kind: 'expert', id: `bench_expert_${provider}` },
    startAt,
    mode: 'phone',
    topic: 'dispute_response',
    questions: '压测：咨询商标应诉流程。',
  })

  async function run(label: string, requests: Array<() => Promise<{ ok: boolean; code?: string }>>, concurrency: number) {
    const latencies: number[] = []
    let confirmed = 0
    const refusals = new Map<string, number>()
    let next = 0
    const started = performance.now()
    async function worker() {
      while (next < requests.length) {
        const request = requests[next++]
        const t0 = performance.now()
        const result = await request()
        latencies.push(performance.now() - t0)
        if (result.ok) confirmed++
        else refusals.set(result.code ?? '?', (refusals.get(result.code ?? '?') ?? 0) + 1)
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker))
    const elapsed = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    const refused = [...refusals].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'
    console.log(
      `${label}: ${requests.length} requests, confirmed ${confirmed}, refused: ${refused}; ` +
        `${(requests.length / elapsed).toFixed(1)} req/s, p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, total ${elapsed.toFixed(2)} s`,
    )
  }

  // 1) 200 parallel requests for one slot, from 67 enterprises.
  const slotsOf = async (p: number) =>
    ((await call(listSlots, { provider: { kind: 'expert', id: `bench_expert_${p}` }, days: 30 }, liaisons[0])).data as { slots: { startAt: string }[] }).slots
  const target = (await slotsOf(0))[0].startAt
  await run(
    'one slot, 200 parallel',
    Array.from({ length: PARALLEL_ONE_SLOT }, (_, i) => () => call(bookConsultation, input(0, target, `bench-one-${i}`), liaisons[i % 67])),
    PARALLEL_ONE_SLOT,
  )

  // 2) 1,000 bookings spread over the providers' free slots, 3 per enterprise.
  const free: Array<{ provider: number; startAt: string }> = []
  for (let p = 1; p < PROVIDERS && free.length < SPREAD; p++) for (const s of await slotsOf(p)) free.push({ provider: p, startAt: s.startAt })
  if (free.length < SPREAD) throw new Error(`only ${free.length} free slots`)
  await run(
    `spread, ${CONCURRENCY} in flight`,
    free.slice(0, SPREAD).map((slot, i) => () => call(bookConsultation, input(slot.provider, slot.startAt, `bench-spread-${i}`), liaisons[67 + Math.floor(i / 3)])),
    CONCURRENCY,
  )
  await gateway.close()
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
