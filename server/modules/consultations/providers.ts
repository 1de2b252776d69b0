import type { ProviderRef } from '../../../types/consultations/availability'
import type { ProviderSummary } from '../../../types/consultations/schemas'
import type { Location } from '../../../types/directory/schemas'
import { forbidden, notFound } from '../../core/app-error'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { AGENCIES, type AgencyRecord } from '../directory/records'
import { EXPERTS, type ExpertRecord } from '../experts/records'
import { providerKeyOf } from './ids'

/** An expert or agency as a consultation provider. */
export interface ProviderInfo {
  ref: ProviderRef
  key: string
  summary: ProviderSummary
  /** The account that acts for it; null: nobody can take bookings for it yet. */
  userId: string | null
  active: boolean
  address: string | null
  location: Location | null
  phone: string | null
}

export const isStaff = (caller: Caller) => caller.roles.includes('staff') || caller.roles.includes('admin')

function fromExpert(e: ExpertRecord): ProviderInfo {
  const ref = { kind: 'expert' as const, id: e._id }
  return {
    ref,
    key: providerKeyOf(ref),
    summary: { ...ref, name: e.name, subtitle: `${e.title} · ${e.affiliation}` },
    userId: e.userId,
    active: e.status === 'active',
    address: null,
    location: null,
    phone: null,
  }
}

function fromAgency(a: AgencyRecord): ProviderInfo {
  const ref = { kind: 'agency' as const, id: a._id }
  return {
    ref,
    key: providerKeyOf(ref),
    summary: { ...ref, name: a.name, subtitle: `协助机构 · ${a.district}` },
    userId: a.caseHandlerUserId ?? null,
    active: a.status === 'active',
    address: a.address,
    location: a.location,
    phone: a.phone,
  }
}

export async function loadProvider(store: DocumentStore, ref: ProviderRef): Promise<ProviderInfo | null> {
  if (ref.kind === 'expert') {
    const expert = await store.collection<ExpertRecord>(EXPERTS).getById(ref.id)
    return expert ? fromExpert(expert) : null
  }
  const agency = await store.collection<AgencyRecord>(AGENCIES).getById(ref.id)
  return agency ? fromAgency(agency) : null
}

export async function loadProviders(store: DocumentStore, refs: readonly ProviderRef[]): Promise<ProviderInfo[]> {
  const expertIds = refs.filter((r) => r.kind === 'expert').map((r) => r.id)
  const agencyIds = refs.filter((r) => r.kind === 'agency').map((r) => r.id)
  const [experts, agencies] = await Promise.all([
    expertIds.length ? store.collection<ExpertRecord>(EXPERTS).getByIds(expertIds) : Promise.resolve([]),
    agencyIds.length ? store.collection<AgencyRecord>(AGENCIES).getByIds(agencyIds) : Promise.resolve([]),
  ])
  return [...experts.map(fromExpert), ...agencies.map(fromAgency)]
}

/** The expert record or agency the caller's account acts for, if any. */
export async function providerOfUser(store: DocumentStore, caller: Caller): Promise<ProviderInfo | null> {
  if (caller.roles.includes('expert')) {
    const expert = await store.collection<ExpertRecord>(EXPERTS).findOne({ userId: caller.userId })
    if (expert) return fromExpert(expert)
  }
  if (caller.roles.includes('agency')) {
    const agency = await store.collection<AgencyRecord>(AGENCIES).findOne({ caseHandlerUserId: caller.userId })
    if (agency) return fromAgency(agency)
  }
  return null
}

/**
 * The provider an availability action is about: the caller's own when `ref` is absent; a named
 * one only for staff or the provider's own account.
 */
export async function targetProvider(store: DocumentStore, caller: Caller, ref: ProviderRef | undefined): Promise<ProviderInfo> {
  if (!ref) {
    const own = await providerOfUser(store, caller)
    if (!own) throw notFound('您的账号还没有关联专家或机构，请联系工作人员')
    return own
  }
  const provider = await loadProvider(store, ref)
  if (!provider) throw notFound('没有找到该专家或机构')
  if (!isStaff(caller) && provider.userId !== caller.userId) throw forbidden('只能设置自己的咨询时段')
  return provider
}
