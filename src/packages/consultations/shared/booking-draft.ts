import Taro from '@tarojs/taro'
import type { ConsultationMode } from '../../../../types/consultations/availability'
import type { ServiceTypeCode } from '../../../../types/catalog/service-types'

/** What the booking form holds; kept per provider so leaving the page loses nothing. */
export interface BookingDraft {
  /** Made once per draft: a double tap or a retry after a timeout returns the same booking. */
  idempotencyKey: string
  mode: ConsultationMode | null
  topic: ServiceTypeCode | null
  questions: string
}

const keyOf = (providerKey: string) => `consultation-draft:${providerKey}`

export function newBookingKey(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2)).slice(0, 64).padEnd(8, '0')
}

export function emptyBookingDraft(): BookingDraft {
  return { idempotencyKey: newBookingKey(), mode: null, topic: null, questions: '' }
}

export function loadBookingDraft(providerKey: string): BookingDraft {
  try {
    const raw: unknown = Taro.getStorageSync(keyOf(providerKey))
    if (typeof raw !== 'string' || raw === '') return emptyBookingDraft()
    const parsed = JSON.parse(raw) as Partial<BookingDraft>
    if (typeof parsed.idempotencyKey !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(parsed.idempotencyKey)) return emptyBookingDraft()
    return {
      idempotencyKey: parsed.idempotencyKey,
      mode: parsed.mode ?? null,
      topic: parsed.topic ?? null,
      questions: typeof parsed.questions === 'string' ? parsed.questions : '',
    }
  } catch {
    return emptyBookingDraft()
  }
}

export function saveBookingDraft(providerKey: string, draft: BookingDraft): void {
  try {
    Taro.setStorageSync(keyOf(providerKey), JSON.stringify(draft))
  } catch {
    // Storage unavailable: the form still works, only the draft is not kept.
  }
}

export function clearBookingDraft(providerKey: string): void {
  try {
    Taro.removeStorageSync(keyOf(providerKey))
  } catch {
    // Nothing to clear.
  }
}
