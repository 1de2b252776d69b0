import type { SqliteDocumentStore } from '../../adapters/sqlite/sqlite-document-store'
import type { Collection, DocumentStore, StoredDocument } from '../../ports/document-store'
import { outboxOf } from './dispatcher/outbox-transitions'
import type { NotificationRequest } from './enqueue-notification'
import { planFanoutPage } from './fanout-planner'
import { ANY_TOPIC, TOPIC_SUBSCRIPTIONS, type TopicSubscriptionRecord } from './records'
import { memoryStore } from './testing/messaging-fixture'
import { expandCountries, subscriberFilter, type AlertTargeting } from './topic-filter'

const NOW = new Date('2026-11-25T02:00:00.000Z')
const COUNTRIES = ['US', 'DE', 'EU', 'JP', 'NG', ANY_TOPIC]
const IP_TYPES = ['patent', 'trademark', ANY_TOPIC]
const INDUSTRIES = ['hair_products', 'electronics', ANY_TOPIC]

let store: SqliteDocumentStore
beforeEach(() => {
  store = memoryStore()
})
afterEach(() => store.close())

/** Deterministic subscribers covering every combination of the topic values above, many times over. */
function subscribers(n: number): TopicSubscriptionRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    _id: `u_${String(i).padStart(6, '0')}`,
    userId: `u_${String(i).padStart(6, '0')}`,
    status: i % 17 === 0 ? 'stopped' : 'active',
    countries: [COUNTRIES[i % COUNTRIES.length]],
    ipTypes: [IP_TYPES[i % IP_TYPES.length]],
    industries: [INDUSTRIES[(i >> 3) % INDUSTRIES.length]],
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  }))
}

/** The rule, written the obvious way, to check the indexed query against. */
function matches(s: TopicSubscriptionRecord, t: AlertTargeting): boolean {
  const hit = (mine: string[], theirs: readonly string[]) => theirs.length === 0 || mine.some((v) => v === ANY_TOPIC || theirs.includes(v))
  return s.status === 'active' && hit(s.countries, expandCountries(t.countries)) && hit(s.ipTypes, t.ipTypes) && hit(s.industries, t.industries)
}

const toRequest = (alertId: string) => (s: TopicSubscriptionRecord): NotificationRequest => ({
  recipientUserId: s.userId,
  templateKey: 'alert_published',
  notice: 'alert',
  payload: { alertId, title: '预警', publishedAt: NOW.toISOString() },
  dedupeKey: `alert:${alertId}:${s.userId}`,
  inbox: { title: '预警', summary: '摘要' },
  source: { kind: 'alert', id: alertId },
})

/** Counts calls per collection method, to prove the planner makes no per-subscriber round trips. */
function countingStore(inner: DocumentStore, calls: Map<string, number>): DocumentStore {
  return {
    runTransaction: (work) => inner.runTransaction(work),
    collection<T extends StoredDocument>(name: string): Collection<T> {
      const target = inner.collection<T>(name)
      return new Proxy(target, {
        get(obj, prop, receiver) {
          const value: unknown = Reflect.get(obj, prop, receiver)
          if (typeof value !== 'function') return value
          return (...args: unknown[]) => {
            const key = `${name}.${String(prop)}`
            calls.set(key, (calls.get(key) ?? 0) + 1)
            return (value as (...a: unknown[]) => unknown).apply(obj, args)
          }
        },
      })
    },
  }
}

async function planAll(s: DocumentStore, targeting: AlertTargeting, alertId: string, pageSize?: number) {
  let cursor: string | null = null
  let matched = 0
  let created = 0
  let pages = 0
  for (;;) {
    const page = await planFanoutPage(s, targeting, cursor, toRequest(alertId), { now: NOW }, pageSize)
    matched += page.matched
    created += page.created
    pages++
    cursor = page.cursor
    if (page.done) return { matched, created, pages }
  }
}

/** A server that answers at most `cap` rows per read whatever the limit asked (CloudBase's get cap). */
function cappedStore(inner: DocumentStore, cap: number): DocumentStore {
  return {
    runTransaction: (work) => inner.runTransaction(work),
    collection<T extends StoredDocument>(name: string): Collection<T> {
      const target = inner.collection<T>(name)
      return new Proxy(target, {
        get(obj, prop, receiver) {
          if (prop === 'find') return async (...args: Parameters<Collection<T>['find']>) => (await obj.find(...args)).slice(0, cap)
          const value: unknown = Reflect.get(obj, prop, receiver)
          return typeof value === 'function' ? value.bind(obj) : value
        },
      })
    },
  }
}

describe('fan-out planner', () => {
  it('walks every subscriber when the server answers pages smaller than asked', async () => {
    const all = subscribers(450)
    await store.collection(TOPIC_SUBSCRIPTIONS).insertMany(all)
    const targeting: AlertTargeting = { countries: [], ipTypes: [], industries: [] }
    const expected = all.filter((s) => matches(s, targeting))
    const result = await planAll(cappedStore(store, 100), targeting, 'a-capped')
    expect(result.matched).toBe(expected.length)
    expect(await outboxOf(store).count({ sourceId: 'a-capped' })).toBe(expected.length)
    expect(result.pages).toBe(Math.ceil(expected.length / 100) + 1) // the last read is the empty one
  })

  it('finds exactly the matching active subscribers, in pages of at most 1000, with batched writes', async () => {
    const all = subscribers(2600)
    for (let i = 0; i < all.length; i += 1000) await store.collection(TOPIC_SUBSCRIPTIONS).insertMany(all.slice(i, i + 1000))
    const targeting: AlertTargeting = { countries: ['US'], ipTypes: [], industries: ['hair_products'] }
    const expected = all.filter((s) => matches(s, targeting))

    const calls = new Map<string, number>()
    const result = await planAll(countingStore(store, calls), targeting, 'a1')
    expect(result.matched).toBe(expected.length)
    expect(result.created).toBe(expected.length)
    expect(await outboxOf(store).count({ sourceId: 'a1' })).toBe(expected.length)
    // A handful of calls per page, none per subscriber.
    const total = [...calls.values()].reduce((a, b) => a + b, 0)
    expect(total).toBeLessThanOrEqual(result.pages * 6)
  })

  it('is idempotent: re-planning after a crash creates nothing twice', async () => {
    const all = subscribers(1200)
    for (let i = 0; i < all.length; i += 600) await store.collection(TOPIC_SUBSCRIPTIONS).insertMany(all.slice(i, i + 600))
    const targeting: AlertTargeting = { countries: [], ipTypes: ['patent'], industries: [] }
    const first = await planFanoutPage(store, targeting, null, toRequest('a2'), { now: NOW }, 100) // "crash" after one page
    const rerun = await planAll(store, targeting, 'a2', 250)
    const expected = all.filter((s) => matches(s, targeting)).length
    expect(first.created).toBe(100)
    expect(rerun.matched).toBe(expected)
    expect(rerun.created).toBe(expected - 100)
    expect(await outboxOf(store).count({ sourceId: 'a2' })).toBe(expected)
  })

  it('matches the EU as a bloc and its member states both ways, and "any" on every dimension', async () => {
    const rows = subscribers(60)
    await store.collection(TOPIC_SUBSCRIPTIONS).insertMany(rows)
    for (const countries of [['DE'], ['EU'], ['FR'], ['JP']]) {
      const targeting = { countries, ipTypes: ['trademark'], industries: [] }
      const found = await store.collection<TopicSubscriptionRecord>(TOPIC_SUBSCRIPTIONS).find(subscriberFilter(targeting))
      expect(found.map((s) => s._id).sort()).toEqual(rows.filter((s) => matches(s, targeting)).map((s) => s._id))
    }
    expect(expandCountries(['FR'])).toEqual(['FR', 'EU'])
    expect(expandCountries(['EU'])).toContain('DE')
    expect(expandCountries(['US'])).toEqual(['US'])
  })
})
