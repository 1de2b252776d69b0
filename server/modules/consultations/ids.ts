import { createHash } from 'node:crypto'
import type { ProviderRef } from '../../../types/consultations/availability'

const digest = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 24)

export const providerKeyOf = (ref: ProviderRef) => `${ref.kind}_${ref.id}`
/** Same liaison, same idempotency key: same booking id, so a retried request finds its booking. */
export const bookingIdFor = (liaisonUserId: string, idempotencyKey: string) => `bk_${digest(`${liaisonUserId}\u0000${idempotencyKey}`)}`
/** The slot's claim: provider + start instant in ms, so two bookings of one slot share one id. */
export const slotClaimIdFor = (providerKey: string, startAt: string) => `slot_${digest(providerKey)}_${Date.parse(startAt)}`
export const dayCounterIdFor = (providerKey: string, day: string) => `day_${digest(providerKey)}_${day}`
export const openCounterIdFor = (enterpriseId: string) => `open_${enterpriseId}`
