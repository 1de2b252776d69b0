import type { Audience } from '../../../types/salons/schemas'

/**
 * The pure rules of seats, holds and the waiting list. No I/O: the ledger (seat-ledger.ts) applies
 * them with conditional writes, and the unit tests pin them on exact instants.
 */

const HOUR = 3600_000
export const DEFAULT_HOLD_MS = 24 * HOUR
/** When the session starts within a day, an offered seat is held for less, so it can still pass on. */
export const SHORT_HOLD_MS = 2 * HOUR
export const SHORT_HOLD_THRESHOLD_MS = 24 * HOUR

/**
 * Until when an offered seat waits for its holder: 24 h, or 2 h when the session starts within a
 * day — never past the start. Null when the session has started: nothing is offered any more.
 */
export function holdExpiryFor(now: Date, startsAt: Date): Date | null {
  const untilStart = startsAt.getTime() - now.getTime()
  if (untilStart <= 0) return null
  const hold = untilStart <= SHORT_HOLD_THRESHOLD_MS ? SHORT_HOLD_MS : DEFAULT_HOLD_MS
  return new Date(now.getTime() + Math.min(hold, untilStart))
}

export type WindowState = 'not_open' | 'open' | 'closed'

export function registrationWindowState(now: Date, window: { opensAt: Date; closesAt: Date }): WindowState {
  if (now.getTime() < window.opensAt.getTime()) return 'not_open'
  if (now.getTime() >= window.closesAt.getTime()) return 'closed'
  return 'open'
}

/** A confirmed attendee may cancel until `cutoffHours` before the start. */
export function canCancelSeat(now: Date, startsAt: Date, cutoffHours: number): boolean {
  return now.getTime() <= startsAt.getTime() - cutoffHours * HOUR
}

/**
 * Whose seats count together against the per-enterprise limit: the verified enterprise of the
 * caller, or — for sessions open to everyone — the person alone when they have none.
 */
export function enterpriseKeyFor(userId: string, enterpriseId: string | null): string {
  return enterpriseId ? `ent:${enterpriseId}` : `user:${userId}`
}

export function audienceAllows(audience: Audience, hasVerifiedEnterprise: boolean): boolean {
  return audience === 'everyone' || hasVerifiedEnterprise
}

/**
 * Arrival keys order the waiting list. They sort as text: the server's instant (fixed width),
 * then a per-process counter (fixed width), then a process id — unique without coordination, so
 * no request ever waits on a shared sequence document (CloudBase would serialise every
 * registration on it). A position on the list is the rank of the key among the active waiters.
 */
export function createArrivalKeys(processId: string) {
  let counter = 0
  return (now: Date): string => {
    counter += 1
    return `${now.toISOString()}|${counter.toString(36).padStart(8, '0')}|${processId}`
  }
}

/** Seat counts stay a partition of capacity: every ledger update moves units between two of them. */
export function isPartition(counts: { capacity: number; confirmed: number; held: number; free: number }): boolean {
  return (
    counts.confirmed >= 0 &&
    counts.held >= 0 &&
    counts.free >= 0 &&
    counts.confirmed + counts.held + counts.free === counts.capacity
  )
}

/** The seats to add to `free` when staff change capacity; refused when it would drop below the taken seats. */
export function capacityChange(current: { capacity: number; free: number }, nextCapacity: number): { delta: number; allowed: boolean } {
  const delta = nextCapacity - current.capacity
  return { delta, allowed: current.free + delta >= 0 }
}
