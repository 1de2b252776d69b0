import type { DocumentStore } from '../../../ports/document-store'
import { DISPATCHER_STATE, type DispatcherStateRecord } from '../records'

const PAUSE_ID = 'wechat_send_pause'

/** Until when all sending is paused (after 45009), or null. Shared by every dispatcher instance. */
export async function readSendPause(store: DocumentStore, now: Date): Promise<Date | null> {
  const state = await store.collection<DispatcherStateRecord>(DISPATCHER_STATE).getById(PAUSE_ID)
  const until = state?.pausedUntil ? new Date(state.pausedUntil) : null
  return until && until > now ? until : null
}

/** Pauses sending until `until` unless a longer pause is already set (one conditional update). */
export async function pauseSending(store: DocumentStore, until: Date, reason: string, now: Date): Promise<void> {
  const states = store.collection<DispatcherStateRecord>(DISPATCHER_STATE)
  const at = now.toISOString()
  await states.insertUnlessExists({ _id: PAUSE_ID, pausedUntil: null, reason: null, updatedAt: at })
  const iso = until.toISOString()
  await states.updateOne(
    PAUSE_ID,
    { $set: { pausedUntil: iso, reason, updatedAt: at } },
    { $or: [{ pausedUntil: null }, { pausedUntil: { $lt: iso } }] },
  )
}
