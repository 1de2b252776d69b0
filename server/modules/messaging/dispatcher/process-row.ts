import type { Update } from '../../../ports/document-store'
import type { SendResult, SubscribeMessage } from '../../../ports/messenger'
import { markMessageWithdrawn } from '../message-center'
import { buildPushMessage, PushPayloadError } from '../push-fields/build-push-message'
import { consumeQuota, refundQuota } from '../quota-ledger'
import { deferForQuietHours } from '../quiet-hours'
import type { OutboxRecord } from '../records'
import { retryDelayMs } from '../retry-policy'
import { templateFor } from '../template-config'
import type { DispatchContext, RowOutcome } from './dispatch-context'
import { finishUnsent, markSendStarted, recordSendResult, release } from './outbox-transitions'
import { pauseSending } from './send-pause'

/**
 * Delivers one row this run has claimed (status `sending`, lease held by `owner`). The message
 * center entry was already written for the whole batch; this decides the WeChat push:
 *   template and payload → quota (conditional decrement) → send_started → send → result.
 * Nothing is sent unless markSendStarted succeeded; every later write is conditional on the lease
 * owner, so a row recovered or cancelled meanwhile is left to whoever holds it now.
 */
export async function processRow(ctx: DispatchContext, row: OutboxRecord, owner: string, openid: string | undefined): Promise<RowOutcome> {
  const { outbox, settings } = ctx

  // Claims beyond the limit come from runs that kept dying on this row: stop before sending again.
  if (row.attempts > settings.retry.maxAttempts) {
    return unsent(ctx, row, owner, 'dead', 'gave up after repeated interrupted attempts', row.quotaConsumed)
  }
  const template = templateFor(ctx.templates, row.templateKey)
  if (!template) return unsent(ctx, row, owner, 'failed', `template ${row.templateKey} is not configured`, row.quotaConsumed)
  if (!openid) return unsent(ctx, row, owner, 'failed', 'recipient has no user record', row.quotaConsumed)

  let message: SubscribeMessage
  try {
    message = buildPushMessage(ctx.templates, template, openid, row.payload)
  } catch (error) {
    if (!(error instanceof PushPayloadError)) throw error
    return unsent(ctx, row, owner, 'failed', `payload: ${error.message}`, row.quotaConsumed)
  }

  // One-time templates spend one unit per push; a retried row reuses the unit it reserved before
  // (recorded on the row together with send_started). Known gap: a crash between this decrement and
  // send_started costs the user one unit (the retry takes another); it can never cause a second
  // push, and WeChat's own count stays right — our ledger is only ever too low, never too high.
  const oneTime = template.kind === 'one_time'
  let takenNow = false
  if (oneTime && !row.quotaConsumed) {
    if (!(await consumeQuota(ctx.store, row.recipientUserId, template.templateId))) {
      return unsent(ctx, row, owner, 'skipped_no_quota', null, false)
    }
    takenNow = true
  }
  const reserved = oneTime && (takenNow || row.quotaConsumed)

  // Checked against the clock now, not when the row was claimed: the lease must still hold.
  if (!(await markSendStarted(outbox, row._id, owner, ctx.clock.now(), reserved))) {
    // Not ours any more: nothing was sent, so a unit taken just now goes back.
    if (takenNow) await refundQuota(ctx.store, row.recipientUserId, template.templateId)
    await noteIfCancelled(ctx, row)
    return 'lost'
  }

  const result = await ctx.messenger.send(message)
  return recordResult(ctx, row, owner, result, reserved, template.templateId)
}

async function recordResult(
  ctx: DispatchContext,
  row: OutboxRecord,
  owner: string,
  result: SendResult,
  reserved: boolean,
  templateId: string,
): Promise<RowOutcome> {
  const { outbox, settings } = ctx
  const now = ctx.clock.now()
  const write = (update: Update) => recordSendResult(outbox, row._id, owner, update)
  if (result.ok) {
    await write(release('sent', now, { sentAt: now.toISOString(), lastError: null }))
    return 'sent'
  }
  const lastError = `${result.kind} ${result.errCode ?? ''}: ${result.message}`.slice(0, 300)
  const refund = async () => {
    if (reserved) await refundQuota(ctx.store, row.recipientUserId, templateId)
  }
  switch (result.kind) {
    case 'refused':
      // 43101: WeChat says no quota / refused. Our ledger was optimistic; restore nothing.
      await write(release('skipped_refused', now, { lastError }))
      return 'refused'
    case 'permanent':
      // The request was rejected as such, so WeChat kept the user's unit: give ours back too.
      if (await write(release('failed', now, { lastError, quotaConsumed: false }))) await refund()
      return 'failed'
    case 'ambiguous':
      // It may have been delivered: never retry (at most once), keep the unit spent.
      await write(release('uncertain', now, { lastError }))
      return 'uncertain'
    case 'transient': {
      if (row.attempts >= settings.retry.maxAttempts) {
        if (await write(release('dead', now, { lastError, quotaConsumed: false }))) await refund()
        return 'dead'
      }
      const retryAt = deferForQuietHours(new Date(now.getTime() + retryDelayMs(row.attempts, settings.retry)), row.urgent, settings.quietHours)
      await write(release('pending', now, { lastError, notBefore: retryAt.toISOString(), quotaConsumed: reserved }))
      return 'retried'
    }
    case 'rate_limited': {
      // 45009: the whole app is over its limit. Pause every dispatcher; this row was not sent and
      // keeps its reserved unit; the attempt does not count.
      const until = new Date(now.getTime() + settings.rateLimitPauseMs)
      await pauseSending(ctx.store, until, lastError, now)
      await write({
        ...release('pending', now, { lastError, notBefore: until.toISOString(), quotaConsumed: reserved }),
        $inc: { attempts: -1 },
      })
      return 'rate_limited'
    }
  }
}

/** Ends a held row without a push. `refundable`: a unit reserved on an earlier attempt goes back. */
async function unsent(
  ctx: DispatchContext,
  row: OutboxRecord,
  owner: string,
  status: 'dead' | 'failed' | 'skipped_no_quota',
  lastError: string | null,
  refundable: boolean,
): Promise<RowOutcome> {
  if (!(await finishUnsent(ctx.outbox, row._id, owner, status, ctx.clock.now(), { lastError, quotaConsumed: false }))) {
    await noteIfCancelled(ctx, row)
    return 'lost'
  }
  // The template that reserved the unit may since have been removed from the configuration.
  const template = refundable ? templateFor(ctx.templates, row.templateKey) : null
  if (template) await refundQuota(ctx.store, row.recipientUserId, template.templateId)
  return status
}

/**
 * A withdrawal cancels held rows too. If it happened after this run wrote the message-center entry
 * (and after the withdrawal flagged existing entries), flag this entry here so it shows the notice.
 */
async function noteIfCancelled(ctx: DispatchContext, row: OutboxRecord): Promise<void> {
  const current = await ctx.outbox.getById(row._id)
  if (current?.status === 'cancelled') await markMessageWithdrawn(ctx.store, row.dedupeKey)
}
