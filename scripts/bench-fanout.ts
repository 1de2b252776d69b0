// Fan-out and dispatch throughput on this machine (npm run bench:fanout): seeds 100,000 subscribers
// into a temporary SQLite store, plans one alert's notifications through the fan-out planner, then
// delivers them through the dispatcher with the local recording messenger. Each is printed next to
// its floor measured in the same run (bench-fanout-floors.ts) and the ratio. Prints figures only.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalRecordingMessenger } from '../server/adapters/wechat-messenger/local-recording-messenger'
import { createSqliteDocumentStore } from '../server/adapters/sqlite/sqlite-document-store'
import { dispatchDue } from '../server/modules/messaging/dispatcher/dispatch-due'
import { DEFAULT_DISPATCHER_SETTINGS } from '../server/modules/messaging/dispatcher/dispatcher-settings'
import { outboxOf } from '../server/modules/messaging/dispatcher/outbox-transitions'
import { messengerFloor, rawInsertFloor, readAll, recordedPushes, timed, type Timing } from './bench-fanout-floors'
import { planFanoutPage } from '../server/modules/messaging/fanout-planner'
import { quotaIdFor } from '../server/modules/messaging/ids'
import {
  ANY_TOPIC,
  MESSAGING_COLLECTIONS,
  NOTIFICATION_OUTBOX,
  SUBSCRIBE_QUOTAS,
  TOPIC_SUBSCRIPTIONS,
  type OutboxRecord,
  type QuotaRecord,
  type TopicSubscriptionRecord,
} from '../server/modules/messaging/records'
import { loadTemplateConfig } from '../server/modules/messaging/template-config'
import { recipientOpenids } from '../server/modules/users/recipient-openids'
import { USERS, USERS_COLLECTIONS, type UserRecord } from '../server/modules/users/records'
import { systemClock } from '../server/platform/system-clock'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000)
const COUNTRIES = ['US', 'DE', 'EU', 'JP', 'GB', 'NG', 'VN', ANY_TOPIC]
const IP_TYPES = ['patent', 'trademark', 'copyright', ANY_TOPIC]
const INDUSTRIES = ['hair_products', 'electronics', 'textiles', 'equipment', ANY_TOPIC]
/** A targeted alert (delivered end to end) and an alert for everyone (planned only, to show scale). */
const TARGETED = { countries: ['US'], ipTypes: ['trademark'], industries: ['hair_products'] }
const EVERYONE = { countries: [], ipTypes: [], industries: [] }
const NOW = new Date(Date.UTC(2026, 10, 25, 2)) // 10:00 in Shanghai: no quiet-hours deferral

const dir = mkdtempSync(join(tmpdir(), 'oipa-bench-'))
const store = createSqliteDocumentStore({ file: join(dir, 'bench.sqlite'), collections: [...MESSAGING_COLLECTIONS, ...USERS_COLLECTIONS] })
const templates = loadTemplateConfig(undefined, 'development')
const alertTemplateId = templates.templates.alert_published?.templateId ?? ''
const fmt = (n: number) => Math.round(n).toLocaleString('en-US')
const seconds = (ms: number) => (ms / 1000).toFixed(2)
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ')
const rate = (t: Timing) => `${fmt(t.count)} in ${seconds(t.ms)} s = ${fmt(t.count / (t.ms / 1000))}/s (CPU ${seconds(t.cpuMs)} s)`
const ratio = (t: Timing, floor: Timing) => `${(t.ms / floor.ms).toFixed(2)}× wall, ${(t.cpuMs / floor.cpuMs).toFixed(2)}× CPU`

async function seed(): Promise<void> {
  const at = new Date().toISOString()
  for (let start = 0; start < SUBSCRIBERS; start += 1000) {
    const users: UserRecord[] = []
    const subscriptions: TopicSubscriptionRecord[] = []
    const quotas: QuotaRecord[] = []
    for (let i = start; i < Math.min(start + 1000, SUBSCRIBERS); i++) {
      const userId = `u_${i.toString(16).padStart(24, '0')}`
      users.push({ _id: userId, openid: `bench-openid-${i}`, displayName: `用户${i}`, roles: [], privacyConsent: null, enterpriseId: null, pendingApplicationId: null, createdAt: at, updatedAt: at })
      subscriptions.push({
        _id: userId,
        userId,
        status: i % 20 === 0 ? 'stopped' : 'active',
        countries: [COUNTRIES[i % COUNTRIES.length], COUNTRIES[(i >> 3) % COUNTRIES.length]].filter((c, k, all) => all.indexOf(c) === k),
        ipTypes: [IP_TYPES[(i >> 1) % IP_TYPES.length]],
        industries: [INDUSTRIES[(i >> 2) % INDUSTRIES.length]],
        createdAt: at,
        updatedAt: at,
      })
      // Two thirds of the subscribers have accepted one alert send.
      if (i % 3 !== 0) {
        quotas.push({ _id: quotaIdFor(userId, alertTemplateId), userId, templateId: alertTemplateId, kind: 'one_time', remaining: 1, acceptedTotal: 1, lastResult: 'accept', lastResultAt: at, updatedAt: at })
      }
    }
    await store.collection<UserRecord>(USERS).insertMany(users)
    await store.collection<TopicSubscriptionRecord>(TOPIC_SUBSCRIPTIONS).insertMany(subscriptions)
    await store.collection<QuotaRecord>(SUBSCRIBE_QUOTAS).insertMany(quotas)
  }
}

async function fanOut(alertId: string, targeting: typeof TARGETED): Promise<{ matched: number; planned: Timing; pages: number }> {
  let cursor: string | null = null
  let matched = 0
  let planned = 0
  let pages = 0
  const time = await timed(0, async () => {
    for (;;) {
      const page = await planFanoutPage(
        store,
        targeting,
        cursor,
        (s) => ({
          recipientUserId: s.userId,
          templateKey: 'alert_published',
          notice: 'alert',
          payload: { alertId, title: '美国对假发产品发起337调查', summary: '涉案企业请在20日内应诉', severityLabel: '警示', publishedAt: NOW.toISOString() },
          dedupeKey: `alert:${alertId}:${s.userId}`,
          inbox: { title: '美国对假发产品发起337调查', summary: '涉案企业请在20日内应诉', page: `packages/alerts/detail/index?id=${alertId}` },
          source: { kind: 'alert', id: alertId },
        }),
        { now: NOW },
      )
      matched += page.matched
      planned += page.created
      pages++
      cursor = page.cursor
      if (page.done) break
    }
  })
  return { matched, planned: { ...time, count: planned }, pages }
}

async function dispatchAll(): Promise<{ rows: Timing; sent: number; skipped: number; runs: number }> {
  const messenger = createLocalRecordingMessenger(store, systemClock)
  const settings = { ...DEFAULT_DISPATCHER_SETTINGS, budgetMs: 3_600_000, maxBatchesPerRun: 1_000_000 }
  let sent = 0
  let skipped = 0
  let runs = 0
  const time = await timed(0, async () => {
    for (;;) {
      const report = await dispatchDue({ store, outbox: outboxOf(store), messenger, templates, settings, clock: systemClock, openidsOf: recipientOpenids })
      runs++
      sent += report.sent
      skipped += report.skippedNoQuota
      if (report.claimed === 0) break
    }
  })
  return { rows: { ...time, count: sent + skipped }, sent, skipped, runs }
}

async function main(): Promise<void> {
  console.log(`bench:fanout — ${fmt(SUBSCRIBERS)} subscribers, SQLite at ${dir}`)
  console.log(`  machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${load()} at start`)
  const seeded = await timed(SUBSCRIBERS, seed)
  console.log(`  seeded users, subscriptions, quotas      ${seconds(seeded.ms)} s`)

  const fan = await fanOut('bench-targeted', TARGETED)
  console.log(`targeted alert (US × trademark × hair products; "any" and EU rules included)`)
  console.log(`  subscribers matched                      ${fmt(fan.matched)} of ${fmt(SUBSCRIBERS)} (${fan.pages} pages of ≤ 1000, the last one empty)`)
  console.log(`  rows planned                             ${rate(fan.planned)}`)
  const again = await fanOut('bench-targeted', TARGETED)
  console.log(`  re-planning it (idempotent)              ${fmt(again.planned.count)} new rows in ${seconds(again.planned.ms)} s`)

  const sent = await dispatchAll()
  console.log(`  dispatched rows                          ${rate(sent.rows)}`)
  console.log(`    (${fmt(sent.sent)} pushed, ${fmt(sent.skipped)} message center only; batch ${DEFAULT_DISPATCHER_SETTINGS.batchSize}, ${DEFAULT_DISPATCHER_SETTINGS.concurrency} in flight, ${sent.runs} runs)`)
  const pushes = await recordedPushes(store)
  const sendFloor = await messengerFloor(store, pushes, DEFAULT_DISPATCHER_SETTINGS.concurrency)
  console.log(`  floor: the messenger alone, same pushes  ${rate(sendFloor)}`)
  console.log(`  dispatch ÷ floor                         ${ratio(sent.rows, sendFloor)} (the dispatch also writes every row's message-center entry and 4–5 conditional updates per row)`)

  const all = await fanOut('bench-everyone', EVERYONE)
  console.log(`alert for every subscriber (planned only)`)
  console.log(`  subscribers scanned / matched            ${fmt(SUBSCRIBERS)} / ${fmt(all.matched)} (active ones)`)
  console.log(`  rows planned                             ${rate(all.planned)}`)
  const rows = await readAll<OutboxRecord>(store, NOTIFICATION_OUTBOX, { sourceId: 'bench-everyone' })
  const outboxSpec = MESSAGING_COLLECTIONS.find((spec) => spec.name === NOTIFICATION_OUTBOX)
  if (!outboxSpec) throw new Error('no outbox collection spec')
  const insertFloor = await rawInsertFloor(join(dir, 'floor.sqlite'), outboxSpec, rows)
  console.log(`  floor: raw better-sqlite3, same rows     ${rate(insertFloor)}`)
  console.log(`    (same table, same ${outboxSpec.indexes.length} indexes, one prepared statement, one transaction)`)
  console.log(`  planning ÷ floor                         ${ratio(all.planned, insertFloor)}`)
  const left = await outboxOf(store).count({ sourceId: 'bench-targeted', status: { $in: ['pending', 'sending', 'send_started'] } })
  console.log(`targeted alert rows left unsent            ${fmt(left)}`)
  console.log(`load average ${load()} at end`)
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => {
    store.close()
    rmSync(dir, { recursive: true, force: true })
  })
