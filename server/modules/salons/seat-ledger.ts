import { createHash } from 'node:crypto'
import { adjustCounter } from '../../core/bounded-counter'
import type { DocumentStore, Update } from '../../ports/document-store'
import { SALON_ENTERPRISE_SEATS, SALON_SEATS, type EnterpriseSeatRecord, type SeatLedgerRecord } from './records'

type SeatPart = 'confirmed' | 'held' | 'free'

/**
 * The seat ledger: one document per session, changed only by single conditional updates that move
 * one seat from one part of the capacity to another. The condition `from ≥ 1` is the whole
 * guarantee — two callers can never both take the last free seat, on SQLite or on CloudBase —
 * and because each update adds to one part what it takes from another, confirmed + held + free
 * = capacity at every instant, whatever interleaves.
 */
export function seatLedger(store: DocumentStore) {
  const seats = store.collection<SeatLedgerRecord>(SALON_SEATS)

  function move(sessionId: string, from: SeatPart, to: SeatPart, requireOpen: boolean): Promise<boolean> {
    const update: Update = { $inc: { [from]: -1, [to]: 1 } }
    return seats.updateOne(sessionId, update, requireOpen ? { [from]: { $gte: 1 }, open: true } : { [from]: { $gte: 1 } })
  }

  async function mustMove(sessionId: string, from: SeatPart, to: SeatPart): Promise<void> {
    // A release always follows the registration's own conditional status change, which proves the
    // seat is in `from`; failing here means the ledger and the registrations disagree.
    if (!(await move(sessionId, from, to, false))) throw new Error(`seat ledger ${sessionId}: no ${from} seat to move to ${to}`)
  }

  return {
    get: (sessionId: string) => seats.getById(sessionId),
    create: (sessionId: string, capacity: number, now: Date) =>
      seats.insertUnlessExists({ _id: sessionId, capacity, confirmed: 0, held: 0, free: capacity, open: true, updatedAt: now.toISOString() }),
    /** A free seat becomes a confirmed one (registration). */
    claimConfirmed: (sessionId: string) => move(sessionId, 'free', 'confirmed', true),
    /** A free seat is held for the first in line (promotion). */
    claimHeld: (sessionId: string) => move(sessionId, 'free', 'held', true),
    releaseConfirmed: (sessionId: string) => mustMove(sessionId, 'confirmed', 'free'),
    releaseHeld: (sessionId: string) => mustMove(sessionId, 'held', 'free'),
    confirmHeld: (sessionId: string) => mustMove(sessionId, 'held', 'confirmed'),
    /** Capacity and free change together; refused when it would take back seats already taken. */
    resize: (sessionId: string, delta: number) =>
      delta === 0 ? Promise.resolve(true) : seats.updateOne(sessionId, { $inc: { capacity: delta, free: delta } }, { free: { $gte: -delta } }),
    /** No claim can land after this (session cancelled). */
    close: (sessionId: string, now: Date) => seats.updateOne(sessionId, { $set: { open: false, updatedAt: now.toISOString() } }, { open: true }),
  }
}

export type SeatLedger = ReturnType<typeof seatLedger>

export function enterpriseSeatIdFor(sessionId: string, enterpriseKey: string): string {
  return `es_${createHash('sha256').update(`${sessionId}\u0000${enterpriseKey}`).digest('hex').slice(0, 32)}`
}

/**
 * Active registrations per enterprise and session, claimed by a bounded conditional increment
 * (`active ≤ limit − 1`), so concurrent sign-ups from one enterprise cannot exceed the limit.
 */
export function enterpriseSeats(store: DocumentStore) {
  const col = store.collection<EnterpriseSeatRecord>(SALON_ENTERPRISE_SEATS)
  return {
    async claim(sessionId: string, enterpriseKey: string, limit: number): Promise<boolean> {
      const id = enterpriseSeatIdFor(sessionId, enterpriseKey)
      await col.insertUnlessExists({ _id: id, sessionId, enterpriseKey, active: 0 })
      return adjustCounter(col, id, 'active', 1, { max: limit })
    },
    async release(sessionId: string, enterpriseKey: string): Promise<void> {
      await adjustCounter(col, enterpriseSeatIdFor(sessionId, enterpriseKey), 'active', -1, { min: 0 })
    },
    async active(sessionId: string, enterpriseKey: string): Promise<number> {
      return (await col.getById(enterpriseSeatIdFor(sessionId, enterpriseKey)))?.active ?? 0
    },
  }
}
