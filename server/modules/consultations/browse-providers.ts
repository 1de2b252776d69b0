import type { ProviderRef } from '../../../types/consultations/availability'
import type { ProviderCard } from '../../../types/consultations/schemas'
import { dayjs, SHANGHAI } from '../../../types/time'
import { notFound } from '../../core/app-error'
import type { DocumentStore } from '../../ports/document-store'
import { availabilityOf, busyOf } from './availability-repository'
import { loadProvider, loadProviders, type ProviderInfo } from './providers'
import type { AvailabilityRecord } from './records'
import { generateSlots, type CalendarView } from './slot-generation'

export interface ProviderFilter {
  topic?: string
  ipType?: string
  country?: string
  kind?: 'expert' | 'agency'
}

function matches(record: AvailabilityRecord, filter: ProviderFilter): boolean {
  const { rules } = record
  if (filter.kind && record.providerKind !== filter.kind) return false
  if (filter.topic && !rules.topics.some((t) => t === filter.topic)) return false
  if (filter.ipType && !rules.ipTypes.some((t) => t === filter.ipType)) return false
  if (filter.country && rules.countries.length > 0 && !rules.countries.some((c) => c === filter.country)) return false
  return true
}

async function cardOf(store: DocumentStore, provider: ProviderInfo, record: AvailabilityRecord, now: Date, calendar: CalendarView): Promise<ProviderCard> {
  const busy = await busyOf(store, provider.key, now)
  const [nextSlot] = generateSlots({ rules: record.rules, now, calendar, busy, limit: 1 })
  return {
    provider: provider.summary,
    modes: record.rules.modes,
    topics: record.rules.topics,
    ipTypes: record.rules.ipTypes,
    countries: record.rules.countries,
    nextSlot: nextSlot ?? null,
  }
}

const bookable = (p: ProviderInfo | undefined): p is ProviderInfo => !!p && p.active && p.userId !== null

/** Providers open for booking that match the filter, those with the soonest free slot first. */
export async function listProviderCards(store: DocumentStore, filter: ProviderFilter, now: Date, calendar: CalendarView): Promise<ProviderCard[]> {
  const records = (await availabilityOf(store).find({ open: true }, { limit: 1000 })).filter((r) => matches(r, filter))
  const refs: ProviderRef[] = records.map((r) => ({ kind: r.providerKind, id: r.providerId }))
  const providers = new Map((await loadProviders(store, refs)).map((p) => [p.key, p]))
  const cards = await Promise.all(
    records.flatMap((r) => {
      const provider = providers.get(r._id)
      return bookable(provider) ? [cardOf(store, provider, r, now, calendar)] : []
    }),
  )
  const soonest = (c: ProviderCard) => c.nextSlot?.startAt ?? '9999'
  return cards.sort((a, b) => soonest(a).localeCompare(soonest(b)) || a.provider.name.localeCompare(b.provider.name, 'zh'))
}

/** One provider's free slots over `days` Shanghai days from `from` (default today). */
export async function listProviderSlots(
  store: DocumentStore,
  ref: ProviderRef,
  window: { from?: string; days: number },
  now: Date,
  calendar: CalendarView,
) {
  const provider = await loadProvider(store, ref)
  const record = provider ? await availabilityOf(store).getById(provider.key) : null
  if (!bookable(provider ?? undefined) || !provider || !record || !record.rules.open) throw notFound('该专家或机构暂不接受预约')
  const from = window.from ? dayjs.tz(window.from, SHANGHAI) : dayjs(now).tz(SHANGHAI).startOf('day')
  const busy = await busyOf(store, provider.key, now)
  const slots = generateSlots({ rules: record.rules, now, calendar, busy, from: from.toDate(), until: from.add(window.days, 'day').toDate() })
  return { provider: provider.summary, card: await cardOf(store, provider, record, now, calendar), slots }
}
