import type { AvailabilityRules, ProviderRef } from '../../../types/consultations/availability'
import type { Caller } from '../../core/caller'
import type { DocumentStore } from '../../ports/document-store'
import { availabilityOf, rulesOf } from './availability-repository'
import { targetProvider } from './providers'

export async function getAvailability(store: DocumentStore, caller: Caller, ref: ProviderRef | undefined) {
  const provider = await targetProvider(store, caller, ref)
  const { rules, configured } = await rulesOf(store, provider.key)
  return { provider: provider.summary, configured, rules }
}

/**
 * Replaces the provider's rules (the provider's own account, or staff on its behalf). Existing
 * bookings stay as they are: new rules only shape the slots offered from now on.
 */
export async function saveAvailability(store: DocumentStore, caller: Caller, ref: ProviderRef | undefined, rules: AvailabilityRules, now: Date) {
  const provider = await targetProvider(store, caller, ref)
  const record = {
    _id: provider.key,
    providerKind: provider.ref.kind,
    providerId: provider.ref.id,
    open: rules.open,
    rules,
    updatedAt: now.toISOString(),
    updatedByUserId: caller.userId,
  }
  const collection = availabilityOf(store)
  // One document per provider, last save wins (an editor's whole form): insert, else replace.
  if (!(await collection.insertUnlessExists(record))) await collection.replaceOne(record)
  return { provider: provider.summary, configured: true, rules }
}
